/** Schools run on Vietnam time (UTC+7, no daylight saving), whatever the server's zone. */
export const VN_OFFSET_MINUTES = 7 * 60;

export function vnDate(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

/** Whole years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Parses d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or ISO yyyy-mm-dd into ISO; null if not a real calendar date. */
export function parseVnDate(raw: string): string | null {
  const s = raw.trim();
  let y: number, m: number, d: number;
  let mt = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (mt) { d = Number(mt[1]); m = Number(mt[2]); y = Number(mt[3]); }
  else if ((mt = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) { y = Number(mt[1]); m = Number(mt[2]); d = Number(mt[3]); }
  else return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}
