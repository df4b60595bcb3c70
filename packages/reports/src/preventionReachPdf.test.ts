import type { CampaignReach } from '@truongan/contracts';
import { describe, expect, it } from 'vitest';
import { campaignReachPdf, reachTables } from './preventionReachPdf.ts';

const reach: CampaignReach = {
  campaignId: 'c1', title: 'Không một mình – Cùng nhau an toàn trực tuyến', computedAt: '2026-11-22T03:00:00.000Z',
  schools: [{ schoolId: 's1', schoolName: 'Trường THCS Nguyễn Trãi', wardId: 'w1', students: 1234, studentsAcknowledged: 411, studentsQuizzed: 400,
    averageScorePct: 87.5, guardiansAcknowledged: 12, activities: 2, participants: 960, requiredDone: 1, requiredTotal: 2, reachPct: 33.3, completionPct: 50 },
  { schoolId: 's2', schoolName: 'Trường Tiểu học Ngọc Hà', wardId: 'w1', students: 50, studentsAcknowledged: 0, studentsQuizzed: 0,
    averageScorePct: null, guardiansAcknowledged: 0, activities: 0, participants: 0, requiredDone: 0, requiredTotal: 2, reachPct: 0, completionPct: 0 }],
  areas: [{ wardId: 'w1', wardName: 'Phường Ba Đình', schools: 2, students: 1284, studentsAcknowledged: 411, studentsQuizzed: 400, guardiansAcknowledged: 12,
    activities: 2, participants: 960, requiredDone: 1, requiredTotal: 4, reachPct: 32, completionPct: 25 }],
};

describe('campaign reach PDF', () => {
  it('prints the figures of the reach answer, in Vietnamese number format, with a dash where nobody took the quiz', () => {
    const [schools, wards] = reachTables(reach);
    expect(schools!.rows[0]).toEqual(['Trường THCS Nguyễn Trãi', '1.234', '411', '33,3%', '400', '87,5%', '12', '2', '960', '1/2', '50%']);
    expect(schools!.rows[1]![5]).toBe('—');
    expect(wards!.rows).toEqual([['Phường Ba Đình', '2', '1.284', '411', '32%', '400', '12', '2', '960', '25%']]);
    expect(schools!.columns).toHaveLength(schools!.rows[0]!.length);
  });
  it('renders a PDF with an embedded TrueType font (Vietnamese glyphs, not Helvetica)', async () => {
    const pdf = await campaignReachPdf(reach, { issuer: 'Công an phường Ba Đình' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
    expect(pdf.toString('latin1')).not.toMatch(/\/BaseFont \/Helvetica/);
  });
});
