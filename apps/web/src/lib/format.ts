const TZ = 'Asia/Ho_Chi_Minh';
const localeOf = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'vi-VN');

/** A calendar date (YYYY-MM-DD) as dd/MM/yyyy, with no time-zone shift. */
export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return formatDateTime(iso, lang);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(localeOf(lang), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** An instant as dd/MM/yyyy HH:mm in the school's time zone (date first in both languages). */
export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = Object.fromEntries(new Intl.DateTimeFormat(localeOf(lang), {
    day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TZ,
  }).formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** An instant as HH:mm (24-hour) in the school's time zone, the way a class board shows entry times. */
export function formatTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const parts = Object.fromEntries(new Intl.DateTimeFormat(localeOf(lang), {
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TZ,
  }).formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute}`;
}

/** Today's calendar date (YYYY-MM-DD) in the school's time zone, for date fields and API queries. */
export function todayIso(now = new Date()): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TZ })
    .formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Today in the school's time zone, as dd/MM/yyyy with the weekday. */
export function formatToday(lang: string, now = new Date()): string {
  return new Intl.DateTimeFormat(localeOf(lang), { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TZ }).format(now);
}

export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang)).format(n);
}

/** 84912345678 → 0912 345 678, the way people write it locally. */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const local = phone.startsWith('84') ? `0${phone.slice(2)}` : phone;
  return local.length === 10 ? `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}` : local;
}
