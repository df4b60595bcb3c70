import { randomBytes } from 'node:crypto';
import type { Area, DaySession, Guardian, GuardianLink, Organisation, School, SchoolClass, SchoolYear, Student } from '@truongan/contracts';

/**
 * Builders with overrides: every call returns a new valid record with a unique id, so tests never share
 * mutable fixtures and can run against one database without colliding. Names are realistic Vietnamese.
 */
const run = randomBytes(3).toString('hex');
let counter = 0;
export const uniqueId = (prefix: string) => `${prefix}_${run}_${++counter}`;
const pick = <T>(list: readonly T[]): T => list[counter % list.length]!;

const PROVINCES = ['Thành phố Hà Nội', 'Tỉnh Thái Nguyên', 'Tỉnh Nghệ An', 'Thành phố Huế', 'Tỉnh Đắk Lắk', 'Tỉnh Cà Mau'];
const WARDS = ['Phường Phan Đình Phùng', 'Xã Đại Phúc', 'Phường Ba Đình', 'Xã Quỳnh Lưu', 'Phường Thuận Hóa', 'Xã Ea Kao'];
const SCHOOLS = ['Trường THPT Chu Văn An', 'Trường THCS Nguyễn Du', 'Trường Tiểu học Lê Quý Đôn', 'Trường THPT Phan Bội Châu', 'Trường THCS Trưng Vương'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thị Thanh', 'Bảo'], MIDDLE_M = ['Văn', 'Minh', 'Đức', 'Quốc', 'Hoàng'];
const GIVEN_F = ['Hà', 'Lan', 'Ngọc Ánh', 'Thảo', 'Hương', 'Châu'], GIVEN_M = ['Dũng', 'Khánh', 'Tuấn', 'Đạt', 'Hưng', 'Phúc'];

export const vietnameseName = (sex: 'M' | 'F' = counter % 2 ? 'M' : 'F') =>
  `${pick(FAMILY)} ${sex === 'F' ? pick(MIDDLE_F) : pick(MIDDLE_M)} ${sex === 'F' ? pick(GIVEN_F) : pick(GIVEN_M)}`;
/** A mobile number in the 84… form the notification channels use. */
export const vietnamesePhone = () => `849${String(10_000_000 + ((counter * 7_919 + Number.parseInt(run, 16)) % 89_999_999)).padStart(8, '0')}`;
/** 12 digits like a citizen ID: province code, century/sex digit, birth year, serial. */
export const personalId = () => `001${String(2_000_000_000 + ((++counter * 104_729) % 999_999_999)).slice(-9)}`;

export function buildProvince(o: Partial<Area> = {}): Area {
  return { id: uniqueId('prov'), kind: 'province', parentId: null, name: pick(PROVINCES), code: null, ...o };
}
export function buildWard(o: Partial<Area> & { parentId: string }): Area {
  return { id: uniqueId('ward'), kind: 'ward', name: pick(WARDS), code: null, ...o };
}
export function buildOrganisation(o: Partial<Organisation> & { areaId: string }): Organisation {
  return { id: uniqueId('org'), kind: 'ward_police', name: 'Công an phường Phan Đình Phùng', ...o };
}
export function buildSchool(o: Partial<School> & { wardId: string }): School {
  return { id: uniqueId('school'), name: pick(SCHOOLS), level: 'upper_secondary', code: null, address: 'Số 10 đường Hoàng Văn Thụ', hotline: '02083855123', ...o };
}
export function buildSchoolYear(o: Partial<SchoolYear> & { schoolId: string }): SchoolYear {
  return { id: uniqueId('year'), name: '2026-2027', startsOn: '2026-09-05', endsOn: '2027-05-31', ...o };
}
export function buildDaySession(o: Partial<DaySession> & { schoolId: string }): DaySession {
  return { id: uniqueId('session'), name: 'morning', startsAt: '07:00', endsAt: '11:30', lateAfterMinutes: 10, absentAfterMinutes: 45, ...o };
}
export function buildClass(o: Partial<SchoolClass> & { schoolId: string; schoolYearId: string }): SchoolClass {
  return { id: uniqueId('class'), name: `10A${(counter % 9) + 1}`, grade: 10, homeroomTeacherId: null, ...o };
}
export function buildStudent(o: Partial<Student> & { schoolId: string }): Student {
  const sex = o.sex ?? (counter % 2 ? 'M' : 'F');
  return { id: uniqueId('student'), classId: null, fullName: vietnameseName(sex), birthDate: '2010-03-14', sex,
    personalId: personalId(), learnerId: null, status: 'active', ...o };
}
export function buildGuardian(o: Partial<Guardian> = {}): Guardian {
  return { id: uniqueId('guardian'), fullName: vietnameseName(), phone: vietnamesePhone(), email: null, ...o };
}
export function buildGuardianLink(o: Partial<GuardianLink> & { guardianId: string; studentId: string }): GuardianLink {
  return { relationship: 'mother', isPrimary: true, ...o };
}

/** One branch of the tree: a province down to two classes, each with one student and their guardian. */
export interface SeededBranch {
  province: Area; ward: Area; school: School; year: SchoolYear;
  class: SchoolClass; student: Student; guardian: Guardian;
  otherClass: SchoolClass; otherStudent: Student; otherGuardian: Guardian;
}
export interface SeededTree { a: SeededBranch; b: SeededBranch }

interface SeedRepos {
  org: { upsertArea(a: Area): Promise<void>; upsertSchool(s: School): Promise<void>; upsertSchoolYear(y: SchoolYear): Promise<void>; upsertClass(c: SchoolClass): Promise<void> };
  people: { upsertStudent(s: Student): Promise<void>; upsertGuardian(g: Guardian): Promise<void>; linkGuardian(l: GuardianLink): Promise<void> };
}

async function seedBranch(repos: SeedRepos, names: { province: string; ward: string; school: string }): Promise<SeededBranch> {
  const province = buildProvince({ name: names.province });
  const ward = buildWard({ parentId: province.id, name: names.ward });
  const school = buildSchool({ wardId: ward.id, name: names.school });
  const year = buildSchoolYear({ schoolId: school.id });
  const klass = buildClass({ schoolId: school.id, schoolYearId: year.id, name: '10A1' });
  const otherClass = buildClass({ schoolId: school.id, schoolYearId: year.id, name: '11A2', grade: 11 });
  const student = buildStudent({ schoolId: school.id, classId: klass.id });
  const otherStudent = buildStudent({ schoolId: school.id, classId: otherClass.id });
  const guardian = buildGuardian(), otherGuardian = buildGuardian();
  await repos.org.upsertArea(province);
  await repos.org.upsertArea(ward);
  await repos.org.upsertSchool(school);
  await repos.org.upsertSchoolYear(year);
  for (const c of [klass, otherClass]) await repos.org.upsertClass(c);
  for (const s of [student, otherStudent]) await repos.people.upsertStudent(s);
  for (const g of [guardian, otherGuardian]) await repos.people.upsertGuardian(g);
  await repos.people.linkGuardian(buildGuardianLink({ guardianId: guardian.id, studentId: student.id }));
  await repos.people.linkGuardian(buildGuardianLink({ guardianId: otherGuardian.id, studentId: otherStudent.id, relationship: 'father' }));
  return { province, ward, school, year, class: klass, student, guardian, otherClass, otherStudent, otherGuardian };
}

/** Two separate provinces, for access tests: everything in `b` is out of scope for someone granted `a`. */
export async function seedTree(repos: SeedRepos): Promise<SeededTree> {
  const a = await seedBranch(repos, { province: 'Tỉnh Thái Nguyên', ward: 'Phường Phan Đình Phùng', school: 'Trường THPT Chu Văn An' });
  const b = await seedBranch(repos, { province: 'Tỉnh Nghệ An', ward: 'Xã Quỳnh Lưu', school: 'Trường THCS Nguyễn Du' });
  return { a, b };
}
