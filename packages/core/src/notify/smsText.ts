/**
 * SMS length rules. GSM-7 (3GPP TS 23.038): 160 characters in one SMS, 153 per part when concatenated, and
 * the extension table (^{}\[~]|€) costs two. Anything outside the alphabet forces UCS-2: 70, then 67 per
 * part. Vietnamese with accents is UCS-2 and costs about 2.3× more, so schools usually send unaccented text.
 */
const GSM7 = new Set(Array.from('@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'));
const GSM7_EXT = new Set(Array.from('^{}\\[~]|€\f'));

/** "Nguyễn Văn Đức" → "Nguyen Van Duc": NFD strips the tone marks; đ/Đ are letters of their own. */
export function unaccent(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

export interface SmsSize { encoding: 'gsm7' | 'ucs2'; units: number; segments: number }

export function smsSize(text: string): SmsSize {
  const chars = Array.from(text);
  if (chars.every((c) => GSM7.has(c) || GSM7_EXT.has(c))) {
    const units = chars.reduce((n, c) => n + (GSM7_EXT.has(c) ? 2 : 1), 0);
    return { encoding: 'gsm7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  // UCS-2 counts UTF-16 code units: an emoji (surrogate pair) costs two.
  const units = text.length;
  return { encoding: 'ucs2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/**
 * The SMS to send: unaccented GSM-7 unless the school pays for Unicode, cut at a word boundary to at most
 * `maxSegments` parts. The link is kept whole at the end, because a cut link is worse than none.
 */
export function fitSms(body: string, link: string | null, opts: { unicode: boolean; maxSegments: number }): { text: string; size: SmsSize } {
  const conv = (s: string) => (opts.unicode ? s : unaccent(s)).replace(/[^\S\n]+/g, ' ').trim();
  const tail = link ? ` ${link}` : '';
  let main = conv(body);
  const fits = (s: string) => smsSize(s + tail).segments <= opts.maxSegments;
  if (!fits(main)) {
    const words = main.split(' ');
    while (words.length > 1 && !fits(`${words.join(' ')}…`)) words.pop();
    main = `${words.join(' ')}${opts.unicode ? '…' : '...'}`;
    while (!fits(main) && main.length > 1) main = main.slice(0, -1);
  }
  const text = main + tail;
  return { text, size: smsSize(text) };
}
