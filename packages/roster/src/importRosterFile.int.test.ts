import { type Actor, systemActor } from '@truongan/core';
import { openPgStore } from '@truongan/testkit';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { importRosterFile } from './importRosterFile.ts';
import { buildPupils, classNames, type FixturePupil, pupilsToCsv, pupilsToXlsx } from './testing/fixtures.ts';
import { openTestSchool, type TestSchool } from './testing/testSchool.ts';

const CLASSES = classNames([10, 11], 3);
const actor = systemActor('test');
const pupils = buildPupils(40, { classes: CLASSES, seed: 7 });
/** The same pupils with one broken row, as a school's first attempt often is. */
const withBadRow = (ps: FixturePupil[], i: number, patch: Partial<FixturePupil>) => ps.map((p, j) => (j === i ? { ...p, ...patch } : p));

const engines = [
  { name: 'sqlite', open: () => openTestSchool({ classes: CLASSES }) },
  { name: 'postgres', open: async () => {
    const { database, cleanup } = await openPgStore(inject('pgUrl'));
    const school = await openTestSchool({ classes: CLASSES, database });
    return { ...school, close: cleanup };
  } },
];

describe.each(engines)('roster import through $name', ({ open }) => {
  let t: TestSchool;
  beforeEach(async () => { t = await open(); });
  afterEach(async () => { await t.close(); });

  const run = (data: Buffer, opts: { dryRun?: boolean; filename?: string; as?: Actor } = {}) => importRosterFile(t.deps, opts.as ?? actor,
    { schoolId: t.schoolId, filename: opts.filename ?? 'ds.csv', data, dryRun: !!opts.dryRun });
  const stored = () => t.deps.repos.people.listStudents({ schoolId: t.schoolId });
  const audits = () => t.deps.repos.audit.list({ limit: 10, action: 'roster.imported' });

  it('dry run lists every bad row and writes nothing', async () => {
    const bad = withBadRow(withBadRow(pupils, 3, { birthDate: '2010-02-30' }), 9, { className: '12A9', motherPhone: '0241234567' });
    const r = await run(pupilsToCsv(bad), { dryRun: true });
    expect(r.problems.map((p) => [p.line, p.column, p.reason])).toEqual([[5, 'Ngày sinh', 'bad_date'], [11, 'Lớp', 'unknown_class'], [11, 'SĐT mẹ', 'bad_phone']]);
    expect(r).toMatchObject({ dryRun: true, rows: 40, valid: 38, created: 38 });
    expect(await stored()).toEqual([]);
    expect(await audits()).toEqual([]);
  });

  it('a real run of a file with one bad row writes nothing at all', async () => {
    const r = await run(pupilsToCsv(withBadRow(pupils, 20, { personalId: pupils[0]!.personalId, birthDate: pupils[0]!.birthDate, sex: pupils[0]!.sex })));
    expect(r.problems).toMatchObject([{ line: 22, reason: 'duplicate_id' }]);
    expect(r).toMatchObject({ dryRun: false, created: 0, guardiansCreated: 0 });
    expect(await stored()).toEqual([]);
    expect(await audits()).toEqual([]);
  });

  it('imports the fixed file with classes, guardians, primary contact and one audit entry', async () => {
    const progress: string[] = [];
    const r = await importRosterFile(t.deps, actor, { schoolId: t.schoolId, filename: 'ds.xlsx', data: await pupilsToXlsx(pupils), dryRun: false,
      onProgress: (p) => progress.push(`${p.phase}:${p.done}/${p.total}`) });
    expect(r).toMatchObject({ format: 'xlsx', rows: 40, valid: 40, created: 40, updated: 0, unchanged: 0, guardiansCreated: 80, problems: [] });
    expect(progress.at(-1)).toBe('write:40/40');
    const students = await stored();
    expect(students).toHaveLength(40);
    const lan = students.find((s) => s.personalId === pupils[0]!.personalId)!;
    expect(lan).toMatchObject({ fullName: pupils[0]!.fullName, birthDate: pupils[0]!.birthDate, className: pupils[0]!.className, learnerId: pupils[0]!.learnerId });
    expect(lan.guardians.map((g) => [g.relationship, g.phone, g.isPrimary])).toEqual([
      ['father', `84${pupils[0]!.fatherPhone.slice(1)}`, true], ['mother', `84${pupils[0]!.motherPhone.slice(1)}`, false]]);
    const [entry] = await audits();
    expect(entry).toMatchObject({ schoolId: t.schoolId, detail: { source: 'ds.xlsx', created: 40, guardiansCreated: 80 } });
  });

  it('re-importing the same pupils (even as CSV instead of XLSX) creates nothing and changes nothing', async () => {
    await run(await pupilsToXlsx(pupils), { filename: 'ds.xlsx' });
    const again = await run(pupilsToCsv(pupils));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 40, guardiansCreated: 0 });
    expect(await stored()).toHaveLength(40);
    const moved = await run(pupilsToCsv(withBadRow(pupils, 0, { className: '11A3' })));
    expect(moved).toMatchObject({ created: 0, updated: 1, unchanged: 39 });
    expect((await stored()).find((s) => s.personalId === pupils[0]!.personalId)!.className).toBe('11A3');
  });

  it('refuses a school admin of another school and a teacher before reading the file', async () => {
    const admin: Actor = { kind: 'user', userId: 'u1', displayName: 'HT', grants: [{ role: 'school_admin', scopeKind: 'school', scopeId: 'other' }], studentIds: [], mfa: true };
    const teacher: Actor = { ...admin, grants: [{ role: 'homeroom_teacher', scopeKind: 'class', scopeId: 'class-10A1' }] };
    for (const who of [admin, teacher]) await expect(run(Buffer.from('not a roster'), { as: who })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await stored()).toEqual([]);
  });
});
