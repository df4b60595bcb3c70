import type { Location, LocatorPort, Target } from '@truongan/core';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Resolves ids to their place in the organisation tree with one query per kind. */
export function locatorRepo(db: Kysely<DB>): LocatorPort {
  return {
    async locate(targets: Target[]) {
      const out = new Map<string, Location>();
      const ids = (k: Target['kind']) => [...new Set(targets.filter((t) => t.kind === k).map((t) => t.id))];
      const areaIds = [...ids('province'), ...ids('ward')];
      if (areaIds.length) {
        // Only answer what was asked: a ward id asked for as a province is unknown, not a ward.
        const asked = new Set(targets.map((t) => `${t.kind}:${t.id}`));
        for (const a of await db.selectFrom('areas').select(['id', 'kind', 'parent_id']).where('id', 'in', areaIds).execute()) {
          if (a.kind === 'province' && asked.has(`province:${a.id}`)) out.set(`province:${a.id}`, { provinceId: a.id, wardId: '' });
          else if (a.kind === 'ward' && asked.has(`ward:${a.id}`)) out.set(`ward:${a.id}`, { provinceId: a.parent_id ?? '', wardId: a.id });
        }
      }
      const schoolBase = () => db.selectFrom('schools').innerJoin('areas as w', 'w.id', 'schools.ward_id');
      const schools = ids('school');
      if (schools.length) {
        for (const s of await schoolBase().select(['schools.id', 'w.id as ward', 'w.parent_id as province']).where('schools.id', 'in', schools).execute()) {
          out.set(`school:${s.id}`, { provinceId: s.province ?? '', wardId: s.ward, schoolId: s.id });
        }
      }
      const classes = ids('class');
      if (classes.length) {
        const rows = await db.selectFrom('classes').innerJoin('schools', 'schools.id', 'classes.school_id').innerJoin('areas as w', 'w.id', 'schools.ward_id')
          .select(['classes.id', 'schools.id as school', 'w.id as ward', 'w.parent_id as province']).where('classes.id', 'in', classes).execute();
        for (const c of rows) out.set(`class:${c.id}`, { provinceId: c.province ?? '', wardId: c.ward, schoolId: c.school, classId: c.id });
      }
      const students = ids('student');
      if (students.length) {
        const rows = await db.selectFrom('students').innerJoin('schools', 'schools.id', 'students.school_id').innerJoin('areas as w', 'w.id', 'schools.ward_id')
          .select(['students.id', 'students.class_id', 'schools.id as school', 'w.id as ward', 'w.parent_id as province'])
          .where('students.id', 'in', students).execute();
        for (const s of rows) {
          out.set(`student:${s.id}`, { provinceId: s.province ?? '', wardId: s.ward, schoolId: s.school, classId: s.class_id ?? undefined, studentId: s.id });
        }
      }
      return out;
    },
  };
}
