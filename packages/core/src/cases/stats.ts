import type { CaseStats } from '@truongan/contracts';

/** One row of the case log as the statistics query returns it (see CasesRepo.statsRows). */
export interface CaseStatRow { id: string; schoolId: string; category: string; status: string; createdAt: string; firstResponseAt: string | null; closedAt: string | null }

const hours = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Nearest-rank percentile; median = p50. Null when there is nothing to measure (an honest "no data", not 0). */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return round1(sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

const bump = (m: Record<string, number>, k: string) => { m[k] = (m[k] ?? 0) + 1; };

/** Month in Vietnam time (UTC+7): a report filed at 23:30 on 31 October belongs to October. */
const monthOf = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 7);

/** Every figure comes from the rows; nothing is typed in. */
export function aggregateCases(rows: CaseStatRow[]): CaseStats {
  const s: CaseStats = { total: rows.length, byCategory: {}, bySchool: {}, byMonth: {}, byStatus: {},
    firstResponseHours: { count: 0, median: null, p90: null }, closeHours: { count: 0, median: null, p90: null } };
  const first: number[] = [];
  const close: number[] = [];
  for (const r of rows) {
    bump(s.byCategory, r.category); bump(s.bySchool, r.schoolId); bump(s.byMonth, monthOf(r.createdAt)); bump(s.byStatus, r.status);
    if (r.firstResponseAt) first.push(hours(r.createdAt, r.firstResponseAt));
    if (r.closedAt) close.push(hours(r.createdAt, r.closedAt));
  }
  s.firstResponseHours = { count: first.length, median: percentile(first, 50), p90: percentile(first, 90) };
  s.closeHours = { count: close.length, median: percentile(close, 50), p90: percentile(close, 90) };
  return s;
}
