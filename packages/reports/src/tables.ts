import type { CaseReport } from '@truongan/contracts';
import { CATEGORY_VI, fmtNum, STATUS_VI, T } from './labels.ts';

export interface Table { title: string; header: [string, string]; rows: Array<[string, string | number]> }

/** The same tables feed the spreadsheet and the PDF, so the two can never disagree. */
export function reportTables(r: CaseReport): Table[] {
  const name = new Map(r.schools.map((s) => [s.id, s.name]));
  const sorted = (m: Record<string, number>) => Object.entries(m).sort(([a], [b]) => a.localeCompare(b));
  const times = (t: CaseReport['stats']['closeHours']): Array<[string, string | number]> => [[T.measured, t.count], [T.median, fmtNum(t.median)], [T.p90, fmtNum(t.p90)]];
  return [
    { title: T.byCategory, header: ['Loại', T.count], rows: sorted(r.stats.byCategory).map(([k, v]) => [CATEGORY_VI[k] ?? k, v]) },
    // Every school in scope is listed, with 0 where there were no cases: a missing row would hide a school.
    { title: T.bySchool, header: ['Trường', T.count], rows: r.schools.map((s) => [name.get(s.id)!, r.stats.bySchool[s.id] ?? 0]) },
    { title: T.byMonth, header: ['Tháng', T.count], rows: sorted(r.stats.byMonth).map(([k, v]) => [k.split('-').reverse().join('/'), v]) },
    { title: T.byStatus, header: ['Trạng thái', T.count], rows: sorted(r.stats.byStatus).map(([k, v]) => [STATUS_VI[k] ?? k, v]) },
    { title: T.firstResponse, header: ['Chỉ số', 'Giá trị'], rows: times(r.stats.firstResponseHours) },
    { title: T.close, header: ['Chỉ số', 'Giá trị'], rows: times(r.stats.closeHours) },
  ];
}
