/**
 * ZNS template parameters have per-type maximum lengths set when the template is approved (Zalo's
 * template-creation API: customer name 30, phone 15, address 200, code 30, custom label 30, transaction
 * status 30, contact 50, title 5, product/brand 200, amount 20, time 20, OTP 10; see
 * https://developers.zalo.me/docs/zalo-notification-service/ and the SDK typings quoted in the report).
 * A value over the limit makes Zalo refuse the whole message (-112 template data invalid), so values are
 * shortened here and the message always goes out.
 */
export const ZNS_PARAM_LIMITS = { customer_name: 30, custom_label: 30, time: 20, code: 30, product_brand: 200, url: 200 } as const;
export type ZnsParamType = keyof typeof ZNS_PARAM_LIMITS;

const cps = (s: string) => Array.from(s.normalize('NFC'));

/** Cuts by code point (never half a Vietnamese letter), at a word boundary when one is near. */
export function truncateText(value: string, max: number): string {
  const c = cps(value.trim());
  if (c.length <= max) return c.join('');
  const head = c.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${space > max * 0.6 ? head.slice(0, space) : head}…`;
}

/**
 * A person's name that does not fit: keep the given name (last word, what the child is called) and shorten
 * the family and middle names to initials from the left: "Nguyễn Thị Minh Khai Phương Thảo" →
 * "N. T. Minh Khai Phương Thảo" → … → "N. T. M. K. P. Thảo". Only then cut.
 */
export function shortenName(name: string, max: number): string {
  const words = name.normalize('NFC').trim().split(/\s+/);
  for (let i = 0; cps(words.join(' ')).length > max && i < words.length - 1; i++) words[i] = `${cps(words[i]!)[0]}.`;
  return truncateText(words.join(' '), max);
}

export function fitZnsData(data: Record<string, string>, types: Record<string, ZnsParamType>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) {
    const t = types[k] ?? 'custom_label';
    out[k] = t === 'customer_name' ? shortenName(v, ZNS_PARAM_LIMITS[t]) : truncateText(v, ZNS_PARAM_LIMITS[t]);
  }
  return out;
}
