import type { OrgRepo } from '@truongan/core';
import type { Area, DaySession, Organisation, School, SchoolClass, SchoolYear } from '@truongan/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import { vietnameseOrder } from './collate.ts';

const toSchool = (r: DB['schools']): School => ({ id: r.id, wardId: r.ward_id, name: r.name, level: r.level as School['level'], code: r.code, address: r.address, hotline: r.hotline });
const toClass = (r: DB['classes']): SchoolClass => ({ id: r.id, schoolId: r.school_id, schoolYearId: r.school_year_id, name: r.name, grade: r.grade, homeroomTeacherId: r.homeroom_teacher_id });
const toArea = (r: DB['areas']): Area => ({ id: r.id, kind: r.kind as Area['kind'], parentId: r.parent_id, name: r.name, code: r.code });

export function orgRepo(db: Kysely<DB>): OrgRepo {
  // Upserts are "insert, on conflict update": the same on both engines and idempotent for seeding and imports.
  const upsert = async <T extends keyof DB>(table: T, row: any) => {
    const { id: _id, ...rest } = row;
    await db.insertInto(table).values(row).onConflict((oc) => oc.column('id' as any).doUpdateSet(rest)).execute();
  };
  return {
    upsertArea: (a: Area) => upsert('areas', { id: a.id, kind: a.kind, parent_id: a.parentId, name: a.name, code: a.code }),
    upsertOrganisation: (o: Organisation) => upsert('organisations', { id: o.id, kind: o.kind, area_id: o.areaId, name: o.name }),
    upsertSchool: (s: School) => upsert('schools', { id: s.id, ward_id: s.wardId, name: s.name, level: s.level, code: s.code, address: s.address, hotline: s.hotline }),
    upsertSchoolYear: (y: SchoolYear) => upsert('school_years', { id: y.id, school_id: y.schoolId, name: y.name, starts_on: y.startsOn, ends_on: y.endsOn }),
    upsertDaySession: (s: DaySession) => upsert('day_sessions', { id: s.id, school_id: s.schoolId, name: s.name, starts_at: s.startsAt, ends_at: s.endsAt,
      late_after_minutes: s.lateAfterMinutes, absent_after_minutes: s.absentAfterMinutes }),
    upsertClass: (c: SchoolClass) => upsert('classes', { id: c.id, school_id: c.schoolId, school_year_id: c.schoolYearId, name: c.name, grade: c.grade,
      homeroom_teacher_id: c.homeroomTeacherId }),
    async getSchool(id) { const r = await db.selectFrom('schools').selectAll().where('id', '=', id).executeTakeFirst(); return r && toSchool(r); },
    async getArea(id) { const r = await db.selectFrom('areas').selectAll().where('id', '=', id).executeTakeFirst(); return r && toArea(r); },
    async listAreas() { return (await db.selectFrom('areas').selectAll().execute()).map(toArea).sort(vietnameseOrder((a) => a.name)); },
    async listOrganisations(areaIds) {
      if (!areaIds.length) return [];
      const rows = await db.selectFrom('organisations').selectAll().where('area_id', 'in', areaIds).execute();
      return rows.map((r): Organisation => ({ id: r.id, kind: r.kind as Organisation['kind'], areaId: r.area_id, name: r.name })).sort(vietnameseOrder((o) => o.name));
    },
    async listSchools(f) {
      const provinceIds = f.provinceIds ?? [], wardIds = f.wardIds ?? [], schoolIds = f.schoolIds ?? [];
      if (!provinceIds.length && !wardIds.length && !schoolIds.length) return [];
      const rows = await db.selectFrom('schools').innerJoin('areas as w', 'w.id', 'schools.ward_id').selectAll('schools')
        .where((eb) => eb.or([
          ...(provinceIds.length ? [eb('w.parent_id', 'in', provinceIds)] : []),
          ...(wardIds.length ? [eb('schools.ward_id', 'in', wardIds)] : []),
          ...(schoolIds.length ? [eb('schools.id', 'in', schoolIds)] : []),
        ])).execute();
      return rows.map(toSchool).sort(vietnameseOrder((x) => x.name));
    },
    async listClasses(schoolId) {
      const rows = await db.selectFrom('classes').selectAll().where('school_id', '=', schoolId).execute();
      return rows.map(toClass).sort(vietnameseOrder((c) => c.grade, (c) => c.name));
    },
    async getClass(id) { const r = await db.selectFrom('classes').selectAll().where('id', '=', id).executeTakeFirst(); return r && toClass(r); },
    async currentSchoolYear(schoolId, onDate) {
      const r = await db.selectFrom('school_years').selectAll().where('school_id', '=', schoolId).where('starts_on', '<=', onDate)
        .orderBy('starts_on', 'desc').executeTakeFirst();
      return r && { id: r.id, schoolId: r.school_id, name: r.name, startsOn: r.starts_on, endsOn: r.ends_on };
    },
    async listDaySessions(schoolId) {
      const rows = await db.selectFrom('day_sessions').selectAll().where('school_id', '=', schoolId).orderBy('starts_at').execute();
      return rows.map((s) => ({ id: s.id, schoolId: s.school_id, name: s.name as DaySession['name'], startsAt: s.starts_at, endsAt: s.ends_at,
        lateAfterMinutes: s.late_after_minutes, absentAfterMinutes: s.absent_after_minutes }));
    },
  };
}
