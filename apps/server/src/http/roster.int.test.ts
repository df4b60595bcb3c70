import { buildPupils, pupilsToCsv, pupilsToXlsx } from '@truongan/roster/testing/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../demo/seed.ts';
import { startHarness, type ApiClient, type Harness } from '../testing/harness.ts';

/** The roster upload as the principal's page uses it: NDJSON progress lines, then the result. */
let h: Harness;
let principal: ApiClient;
beforeAll(async () => { h = await startHarness(); principal = await h.signIn('hieutruong'); }, 120_000);
afterAll(async () => { await h?.close(); });

const upload = async (client: ApiClient, file: Buffer, name: string, query: string) => {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(file)]), name);
  const r = await client.call('POST', `/api/schools/${DEMO.school}/roster?${query}`, form);
  const lines = r.text.trim().split('\n').map((l) => { try { return JSON.parse(l); } catch { return l; } });
  return { ...r, lines, last: lines[lines.length - 1] };
};

describe('roster upload', () => {
  it('a dry run lists every bad row and writes nothing; the real run refuses a file with problems', async () => {
    const pupils = buildPupils(40, { classes: ['6A1', '7A1'], seed: 7, firstBirthYear: 2014 });
    pupils[3]!.birthDate = '31/02/2014';
    pupils[9]!.className = '6A9';
    pupils[12]!.motherPhone = '012345';
    const before = await h.ctx.deps.repos.people.countStudents(DEMO.school);
    const dry = await upload(principal, pupilsToCsv(pupils), 'danh-sach.csv', 'dryRun=1');
    expect(dry.status).toBe(200);
    expect(dry.last.result.problems.map((p: any) => p.reason).sort()).toEqual(['bad_date', 'bad_phone', 'unknown_class']);
    const real = await upload(principal, pupilsToCsv(pupils), 'danh-sach.csv', 'dryRun=0');
    expect(real.last.result.created).toBe(0);
    expect(await h.ctx.deps.repos.people.countStudents(DEMO.school)).toBe(before);
  });

  it('imports an XLSX with progress lines, and a re-import updates without duplicating', async () => {
    const pupils = buildPupils(120, { classes: ['6A1', '6A2', '7A1'], seed: 11, firstBirthYear: 2014 });
    const xlsx = await pupilsToXlsx(pupils);
    const before = await h.ctx.deps.repos.people.countStudents(DEMO.school);
    const first = await upload(principal, xlsx, 'danh-sach.xlsx', 'dryRun=0');
    expect(first.lines.some((l: any) => l.progress)).toBe(true);
    expect(first.last.result).toMatchObject({ created: 120, problems: [] });
    const again = await upload(principal, xlsx, 'danh-sach.xlsx', 'dryRun=0');
    expect(again.last.result).toMatchObject({ created: 0, unchanged: 120 });
    expect(await h.ctx.deps.repos.people.countStudents(DEMO.school)).toBe(before + 120);
  });

  it('a corrected parent phone replaces the old guardian, who loses access to the child', async () => {
    const pupils = buildPupils(3, { classes: ['6A2'], seed: 23, firstBirthYear: 2014 });
    await upload(principal, pupilsToCsv(pupils), 'a.csv', 'dryRun=0');
    const student = (await h.ctx.deps.repos.people.listStudents({ schoolId: DEMO.school })).find((s) => s.fullName === pupils[0]!.fullName)!;
    const oldMother = student.guardians.find((g) => g.relationship === 'mother')!;
    pupils[0]!.motherPhone = '0977 000 123';
    const r = await upload(principal, pupilsToCsv(pupils), 'a.csv', 'dryRun=0');
    expect(r.last.result).toMatchObject({ updated: 1, unchanged: 2 });
    const now = await h.ctx.deps.repos.people.guardiansOf(student.id);
    expect(now.map((g) => g.phone)).toContain('84977000123');
    expect(now.map((g) => g.id)).not.toContain(oldMother.id);
    expect(await h.ctx.deps.repos.people.studentIdsOfGuardian(oldMother.id)).not.toContain(student.id);
  });

  it('refuses without permission, and refuses files that are not rosters, with readable errors', async () => {
    const teacher = await h.signIn('gvcn.6a1');
    const denied = await upload(teacher, Buffer.from('a,b\n1,2'), 'x.csv', 'dryRun=1');
    expect([denied.status, denied.body.code]).toEqual([403, 'forbidden']);
    const pdf = await upload(principal, Buffer.from('%PDF-1.4 not a roster'), 'x.pdf', 'dryRun=1');
    expect(pdf.last.error.code).toBe('invalid_input');
    expect(pdf.last.error.message).toMatch(/CSV|XLSX/);
  });
});
