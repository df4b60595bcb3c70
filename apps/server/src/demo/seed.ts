import fs from 'node:fs';
import path from 'node:path';
import { CONSENT_TEXTS, type Deps, type Role, scopeKindOf, seedLessons, systemActor, auditEntry } from '@truongan/core';
import { seedFamilyRegistry } from '@truongan/core';
import type { SchoolLevel } from '@truongan/contracts';
import { mobile, personalId, personName, rng, type Rng } from './names.ts';

export const DEMO = {
  province: 'prov-hanoi', ward: 'ward-ba-dinh', otherWard: 'ward-ngoc-ha',
  school: 'sch-thcs-nguyen-trai', otherSchool: 'sch-th-ngoc-ha', year: 'yr-2026-2027',
  guardianPhone: '84912345678',
};

export interface DemoAccount { username: string; password: string; role: Role; scopeId: string; displayName: string; totpSecret?: string }
export interface DemoCredentials { accounts: DemoAccount[]; guardianPhone: string; school: string; otherSchool: string; createdAt: string }

const schoolYearName = (d: Date) => { const y = d.getUTCMonth() >= 7 ? d.getUTCFullYear() : d.getUTCFullYear() - 1; return { start: y, name: `${y}-${y + 1}` }; };

async function seedTree(deps: Deps, yearStart: number, morningStartsAt = '07:00') {
  const { org } = deps.repos;
  await org.upsertArea({ id: DEMO.province, kind: 'province', parentId: null, name: 'Thành phố Hà Nội', code: '01' });
  await org.upsertArea({ id: DEMO.ward, kind: 'ward', parentId: DEMO.province, name: 'Phường Ba Đình', code: '00004' });
  await org.upsertArea({ id: DEMO.otherWard, kind: 'ward', parentId: DEMO.province, name: 'Phường Ngọc Hà', code: '00006' });
  const orgs = [
    ['org-ca-ba-dinh', 'ward_police', DEMO.ward, 'Công an phường Ba Đình'], ['org-ubnd-ba-dinh', 'ward_committee', DEMO.ward, 'UBND phường Ba Đình'],
    ['org-vhxh-ba-dinh', 'culture_society_office', DEMO.ward, 'Phòng Văn hóa – Xã hội phường Ba Đình'],
    ['org-ca-ngoc-ha', 'ward_police', DEMO.otherWard, 'Công an phường Ngọc Hà'], ['org-so-gddt-hn', 'education_department', DEMO.province, 'Sở Giáo dục và Đào tạo Hà Nội'],
  ] as const;
  for (const [id, kind, areaId, name] of orgs) await org.upsertOrganisation({ id, kind, areaId, name });
  const schools: Array<[string, string, string, SchoolLevel, string]> = [
    [DEMO.school, DEMO.ward, 'Trường THCS Nguyễn Trãi', 'lower_secondary', '024 3823 4567'],
    [DEMO.otherSchool, DEMO.otherWard, 'Trường Tiểu học Ngọc Hà', 'primary', '024 3845 1122'],
  ];
  for (const [id, wardId, name, level, hotline] of schools) {
    await org.upsertSchool({ id, wardId, name, level, code: null, address: `${name.replace('Trường ', '')}, Hà Nội`, hotline });
    await org.upsertSchoolYear({ id: `${DEMO.year}-${id}`, schoolId: id, name: `${yearStart}-${yearStart + 1}`, startsOn: `${yearStart}-09-05`, endsOn: `${yearStart + 1}-05-31` });
    const demoMorning = id === DEMO.school ? morningStartsAt : '07:00';
    await org.upsertDaySession({ id: `${id}-morning`, schoolId: id, name: 'morning', startsAt: demoMorning, endsAt: demoMorning > '11:30' ? '23:59' : '11:30', lateAfterMinutes: 1, absentAfterMinutes: 15 });
    if (demoMorning <= '11:30') await org.upsertDaySession({ id: `${id}-afternoon`, schoolId: id, name: 'afternoon', startsAt: '13:30', endsAt: '17:00', lateAfterMinutes: 1, absentAfterMinutes: 15 });
  }
}

async function seedClassAndStudents(deps: Deps, r: Rng, school: string, className: string, grade: number, size: number, yearStart: number, seq: { n: number }) {
  const classId = `${school}-${className.toLowerCase()}`;
  await deps.repos.org.upsertClass({ id: classId, schoolId: school, schoolYearId: `${DEMO.year}-${school}`, name: className, grade, homeroomTeacherId: null });
  const birthYear = yearStart - 5 - grade; // grade 1 at age 6 in the year the school year starts
  for (let i = 0; i < size; i++) {
    const n = ++seq.n;
    const sex = r.next() < 0.5 ? 'M' : 'F';
    const surname = personName(r, 'M').split(' ')[0]!;
    const studentId = `stu-${school.slice(4, 10)}-${String(n).padStart(4, '0')}`;
    const birthDate = `${birthYear}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    await deps.repos.people.upsertStudent({ id: studentId, schoolId: school, classId, fullName: personName(r, sex, surname), birthDate, sex,
      personalId: personalId(r, sex, birthYear, n), learnerId: `HN${String(100000 + n)}`, status: 'active' });
    const father = { id: `gdn-${studentId}-f`, fullName: personName(r, 'M', surname), phone: mobile(r), email: null };
    const mother = { id: `gdn-${studentId}-m`, fullName: personName(r, 'F'), phone: mobile(r), email: null };
    // The first pupil of the first class has the documented demo phone, so a newcomer can sign in as a parent.
    if (n === 1) mother.phone = DEMO.guardianPhone;
    for (const [g, rel, primary] of [[mother, 'mother', true], [father, 'father', false]] as const) {
      await deps.repos.people.upsertGuardian(g);
      await deps.repos.people.linkGuardian({ guardianId: g.id, studentId, relationship: rel, isPrimary: primary });
    }
    // Realistic consent picture: most families agreed on paper at the start of the year, some said no, some never answered.
    const roll = r.next();
    if (roll < 0.9) {
      const at = new Date(Date.UTC(yearStart, 8, 6 + r.int(0, 20), 1)).toISOString();
      for (const purpose of ['face_recognition', 'snapshot_sharing'] as const) {
        const decision = roll < 0.85 ? 'granted' : 'withdrawn';
        await deps.repos.consents.insertConsent({ id: deps.ids.next(), studentId, purpose, decision, guardianId: mother.id, recordedBy: 'system:demo',
          channel: 'paper', textVersion: CONSENT_TEXTS[purpose].version, at });
        if (grade >= 2 || school === DEMO.school) {
          await deps.repos.consents.insertAssent({ id: deps.ids.next(), studentId, purpose, decision, recordedBy: 'system:demo', at });
        }
      }
    }
  }
  return classId;
}

/** Seeds the demo province, wards, two schools, ~300 students with guardians and consent, and staff sign-ins. */
export async function seedDemo(deps: Deps, dataDir: string, opts: { studentsPerClass?: number; morningStartsAt?: string } = {}): Promise<DemoCredentials> {
  const r = rng(20260905);
  const { start } = schoolYearName(deps.clock.now());
  await seedTree(deps, start, opts.morningStartsAt);
  const seq = { n: 0 };
  const per = opts.studentsPerClass ?? 38;
  const classIds: Record<string, string> = {};
  for (const grade of [6, 7, 8, 9]) for (const k of [1, 2]) {
    const name = `${grade}A${k}`;
    classIds[name] = await seedClassAndStudents(deps, r, DEMO.school, name, grade, per, start, seq);
  }
  classIds['1A1-ngoc-ha'] = await seedClassAndStudents(deps, r, DEMO.otherSchool, '1A1', 1, 25, start, seq);
  classIds['2A1-ngoc-ha'] = await seedClassAndStudents(deps, r, DEMO.otherSchool, '2A1', 2, 25, start, seq);

  const staff: Array<[string, string, Role, string]> = [
    ['baove', 'Trần Văn Bảo (bảo vệ)', 'guard', DEMO.school],
    ['gvcn.6a1', 'Nguyễn Thị Hoa (GVCN 6A1)', 'homeroom_teacher', classIds['6A1']!],
    ['gvcn.6a2', 'Lê Minh Tuấn (GVCN 6A2)', 'homeroom_teacher', classIds['6A2']!],
    ['hieutruong', 'Phạm Thị Lan (Hiệu trưởng)', 'school_admin', DEMO.school],
    ['tuvan', 'Đỗ Khánh Linh (tư vấn tâm lý)', 'counsellor', DEMO.school],
    ['hieutruong.ngocha', 'Vũ Quốc Hùng (Hiệu trưởng TH Ngọc Hà)', 'school_admin', DEMO.otherSchool],
    ['congan.badinh', 'Thượng úy Hoàng Đức Minh (Công an phường Ba Đình)', 'ward_police', DEMO.ward],
    ['canbo.badinh', 'Bùi Thu Hà (Phòng VH-XH phường Ba Đình)', 'ward_officer', DEMO.ward],
    ['so.gddt', 'Ngô Thanh Sơn (Sở GD&ĐT Hà Nội)', 'department_officer', DEMO.province],
    ['quantri', 'Quản trị hệ thống', 'system_admin', DEMO.province],
  ];
  const accounts: DemoAccount[] = [];
  const now = deps.clock.now().toISOString();
  for (const [username, displayName, role, scopeId] of staff) {
    if (await deps.repos.users.findByUsername(username)) continue;
    // Random per installation: a demo must not ship with passwords that work everywhere.
    const password = deps.secrets.randomToken(9);
    const needsTotp = ['school_admin', 'counsellor', 'ward_police', 'ward_officer', 'department_officer', 'system_admin'].includes(role);
    const totpSecret = needsTotp ? deps.totp.newSecret() : undefined;
    const id = deps.ids.next();
    // Ward staff get (fictional) mobiles so escalated cases reach them through the outbox, visible at /dev/outbox.
    const phone = role === 'ward_police' ? '84987000101' : role === 'ward_officer' ? '84987000102' : null;
    await deps.repos.users.insertUser({ id, kind: 'staff', displayName, username, phone, passwordHash: await deps.passwords.hash(password),
      totpSecretSealed: totpSecret ? deps.secrets.sealText(totpSecret) : null, totpEnabled: !!totpSecret, guardianId: null, studentId: null,
      locale: 'vi', disabled: false, createdAt: now });
    await deps.repos.users.grantRole(id, { role, scopeKind: scopeKindOf(role), scopeId });
    if (role === 'homeroom_teacher') {
      const cls = await deps.repos.org.getClass(scopeId);
      if (cls) await deps.repos.org.upsertClass({ ...cls, homeroomTeacherId: id });
    }
    accounts.push({ username, password, role, scopeId, displayName, totpSecret });
  }
  // Issue 7: two pupils of 6A1 sign in with a user name and password, to see campaigns, lessons and ask for counselling.
  const pupils = (await deps.repos.people.listStudents({ schoolId: DEMO.school, classIds: [classIds['6A1']!] })).slice(0, 2);
  for (const [i, pupil] of pupils.entries()) {
    const username = `hs.6a1.0${i + 1}`;
    if (await deps.repos.users.findByUsername(username)) continue;
    const password = deps.secrets.randomToken(9);
    const id = deps.ids.next();
    await deps.repos.users.insertUser({ id, kind: 'student', displayName: pupil.fullName, username, phone: null, passwordHash: await deps.passwords.hash(password),
      totpSecretSealed: null, totpEnabled: false, guardianId: null, studentId: pupil.id, locale: 'vi', disabled: false, createdAt: now });
    await deps.repos.users.grantRole(id, { role: 'student', scopeKind: 'self', scopeId: id });
    accounts.push({ username, password, role: 'student', scopeId: id, displayName: pupil.fullName });
  }
  await deps.tx((t) => t.audit.append(auditEntry(systemActor('demo'), deps.clock.now(), 'roster.imported', { kind: 'school', id: DEMO.school, schoolId: DEMO.school },
    { source: 'demo', students: seq.n })));
  await seedLessons(deps); // issue 7: the safety-lesson library
  await seedFamilyRegistry(deps, DEMO.school, '024 3823 4567'); // issue 4: hotline, staff numbers, scam warnings
  const creds: DemoCredentials = { accounts, guardianPhone: DEMO.guardianPhone, school: DEMO.school, otherSchool: DEMO.otherSchool, createdAt: now };
  fs.writeFileSync(path.join(dataDir, 'demo-credentials.json'), JSON.stringify(creds, null, 2), { mode: 0o600 });
  return creds;
}
