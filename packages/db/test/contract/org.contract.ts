import {
  buildClass, buildDaySession, buildOrganisation, buildProvince, buildSchool, buildSchoolYear, buildWard, type OpenStore,
} from '@truongan/testkit';
import { describe, expect, it } from 'vitest';
import { freshStore } from './fresh.ts';

export function orgContract(open: OpenStore) {
  describe('org', () => {
    const s = freshStore(open);
    const tree = async () => {
      const { org } = s().store.repos;
      const province = buildProvince({ name: 'Tỉnh Thái Nguyên' });
      const ward = buildWard({ parentId: province.id, name: 'Phường Phan Đình Phùng' });
      const school = buildSchool({ wardId: ward.id, name: 'Trường THPT Chu Văn An', code: '19000123' });
      await org.upsertArea(province);
      await org.upsertArea(ward);
      await org.upsertSchool(school);
      return { province, ward, school };
    };

    it('upserts areas idempotently: the same id twice updates, never duplicates', async () => {
      const { org } = s().store.repos;
      const { province, ward } = await tree();
      await org.upsertArea({ ...ward, name: 'Phường Gia Sàng', code: '05443' });
      await org.upsertArea({ ...ward, name: 'Phường Gia Sàng', code: '05443' });
      expect(await org.getArea(ward.id)).toEqual({ ...ward, name: 'Phường Gia Sàng', code: '05443' });
      expect(await org.getArea(province.id)).toEqual(province);
      expect(await org.getArea('no_such_area')).toBeUndefined();
      expect((await org.listAreas()).map((a) => a.id).sort()).toEqual([province.id, ward.id].sort());
    });

    it('lists organisations only for the given areas', async () => {
      const { org } = s().store.repos;
      const { province, ward } = await tree();
      const police = buildOrganisation({ areaId: ward.id, kind: 'ward_police', name: 'Công an phường Phan Đình Phùng' });
      const committee = buildOrganisation({ areaId: ward.id, kind: 'ward_committee', name: 'UBND phường Phan Đình Phùng' });
      const department = buildOrganisation({ areaId: province.id, kind: 'education_department', name: 'Sở GD&ĐT Thái Nguyên' });
      for (const o of [police, committee, department, police]) await org.upsertOrganisation(o);
      expect(await org.listOrganisations([ward.id])).toEqual(expect.arrayContaining([police, committee]));
      expect(await org.listOrganisations([ward.id])).toHaveLength(2);
      expect(await org.listOrganisations([province.id])).toEqual([department]);
      expect(await org.listOrganisations([])).toEqual([]);
    });

    it('round-trips a school, nullable fields included, and updates it in place', async () => {
      const { org } = s().store.repos;
      const { school, ward } = await tree();
      expect(await org.getSchool(school.id)).toEqual(school);
      const bare = buildSchool({ wardId: ward.id, code: null, address: null, hotline: null, level: 'primary' });
      await org.upsertSchool(bare);
      expect(await org.getSchool(bare.id)).toEqual(bare);
      await org.upsertSchool({ ...school, name: 'Trường THPT Lương Ngọc Quyến' });
      expect((await org.getSchool(school.id))?.name).toBe('Trường THPT Lương Ngọc Quyến');
      expect(await org.getSchool('no_such_school')).toBeUndefined();
    });

    it('lists schools under a province, a ward or by id, and nothing for an empty filter', async () => {
      const { org } = s().store.repos;
      const a = await tree();
      const b = await tree();
      const secondInA = buildSchool({ wardId: a.ward.id, name: 'Trường THCS Nguyễn Du' });
      await org.upsertSchool(secondInA);
      const ids = async (f: Parameters<typeof org.listSchools>[0]) => (await org.listSchools(f)).map((x) => x.id).sort();
      expect(await ids({ provinceIds: [a.province.id] })).toEqual([a.school.id, secondInA.id].sort());
      expect(await ids({ wardIds: [b.ward.id] })).toEqual([b.school.id]);
      expect(await ids({ schoolIds: [secondInA.id] })).toEqual([secondInA.id]);
      expect(await ids({ wardIds: [b.ward.id], schoolIds: [secondInA.id] })).toEqual([b.school.id, secondInA.id].sort());
      expect(await ids({})).toEqual([]);
      expect(await ids({ provinceIds: [], wardIds: [], schoolIds: [] })).toEqual([]);
      expect(await ids({ provinceIds: ['no_such_province'] })).toEqual([]);
    });

    it('lists areas and schools in Vietnamese alphabetical order on every engine', async () => {
      const { org } = s().store.repos;
      const names = ['Tỉnh Đắk Lắk', 'Tỉnh Nghệ An', 'Tỉnh Điện Biên', 'Tỉnh Cà Mau', 'Tỉnh Dak Nông'];
      const provinces = names.map((name) => buildProvince({ name }));
      for (const p of provinces) await org.upsertArea(p);
      expect((await org.listAreas()).map((x) => x.name)).toEqual(['Tỉnh Cà Mau', 'Tỉnh Dak Nông', 'Tỉnh Đắk Lắk', 'Tỉnh Điện Biên', 'Tỉnh Nghệ An']);
      const ward = buildWard({ parentId: provinces[0]!.id });
      await org.upsertArea(ward);
      for (const name of ['Trường THCS Đoàn Thị Điểm', 'Trường THCS Nguyễn Du', 'Trường THCS Ea Kao', 'Trường THCS Dã Tượng']) {
        await org.upsertSchool(buildSchool({ wardId: ward.id, name }));
      }
      expect((await org.listSchools({ wardIds: [ward.id] })).map((x) => x.name))
        .toEqual(['Trường THCS Dã Tượng', 'Trường THCS Đoàn Thị Điểm', 'Trường THCS Ea Kao', 'Trường THCS Nguyễn Du']);
      for (const name of ['Ủy ban nhân dân xã Ea Kao', 'Công an xã Ea Kao', 'Đồn Công an Ea Kao']) await org.upsertOrganisation(buildOrganisation({ areaId: ward.id, name }));
      expect((await org.listOrganisations([ward.id])).map((x) => x.name)).toEqual(['Công an xã Ea Kao', 'Đồn Công an Ea Kao', 'Ủy ban nhân dân xã Ea Kao']);
    });

    it('finds the school year in force on a date, only for that school', async () => {
      const { org } = s().store.repos;
      const { school, ward } = await tree();
      const other = buildSchool({ wardId: ward.id });
      await org.upsertSchool(other);
      const y1 = buildSchoolYear({ schoolId: school.id, name: '2025-2026', startsOn: '2025-09-05', endsOn: '2026-05-31' });
      const y2 = buildSchoolYear({ schoolId: school.id, name: '2026-2027', startsOn: '2026-09-05', endsOn: '2027-05-31' });
      const otherYear = buildSchoolYear({ schoolId: other.id, name: '2027-2028', startsOn: '2026-10-01', endsOn: '2027-05-31' });
      for (const y of [y2, y1, otherYear, y1]) await org.upsertSchoolYear(y);
      expect(await org.currentSchoolYear(school.id, '2026-01-15')).toEqual(y1);
      expect(await org.currentSchoolYear(school.id, '2026-11-20')).toEqual(y2);
      expect(await org.currentSchoolYear(school.id, '2024-12-31')).toBeUndefined();
    });

    it('lists day sessions of a school, morning first, upserted in place', async () => {
      const { org } = s().store.repos;
      const { school, ward } = await tree();
      const other = buildSchool({ wardId: ward.id });
      await org.upsertSchool(other);
      const afternoon = buildDaySession({ schoolId: school.id, name: 'afternoon', startsAt: '13:30', endsAt: '17:00' });
      const morning = buildDaySession({ schoolId: school.id, name: 'morning', startsAt: '07:00', endsAt: '11:30' });
      await org.upsertDaySession(afternoon);
      await org.upsertDaySession(morning);
      await org.upsertDaySession(buildDaySession({ schoolId: other.id }));
      await org.upsertDaySession({ ...morning, lateAfterMinutes: 15 });
      expect(await org.listDaySessions(school.id)).toEqual([{ ...morning, lateAfterMinutes: 15 }, afternoon]);
    });

    it('lists classes by grade then name, gets and updates one class', async () => {
      const { org } = s().store.repos;
      const { school } = await tree();
      const year = buildSchoolYear({ schoolId: school.id });
      await org.upsertSchoolYear(year);
      const c11 = buildClass({ schoolId: school.id, schoolYearId: year.id, name: '11A1', grade: 11 });
      const c10b = buildClass({ schoolId: school.id, schoolYearId: year.id, name: '10A2', grade: 10 });
      const c10a = buildClass({ schoolId: school.id, schoolYearId: year.id, name: '10A1', grade: 10 });
      const c10c = buildClass({ schoolId: school.id, schoolYearId: year.id, name: '10A10', grade: 10 });
      for (const c of [c11, c10b, c10c, c10a]) await org.upsertClass(c);
      expect((await org.listClasses(school.id)).map((c) => c.name)).toEqual(['10A1', '10A2', '10A10', '11A1']);
      await org.upsertClass({ ...c10a, homeroomTeacherId: 'user_co_lan' });
      expect(await org.getClass(c10a.id)).toEqual({ ...c10a, homeroomTeacherId: 'user_co_lan' });
      expect(await org.listClasses(school.id)).toHaveLength(4);
      expect(await org.getClass('no_such_class')).toBeUndefined();
      expect(await org.listClasses('no_such_school')).toEqual([]);
    });
  });
}
