import { z } from 'zod';
import { Id, IsoDate, Text, TimeOfDay } from './common.ts';

export const AreaKind = z.enum(['province', 'ward']);
export const Area = z.object({ id: Id, kind: AreaKind, parentId: Id.nullable(), name: Text(), code: z.string().max(20).nullable() });

export const OrganisationKind = z.enum(['ward_police', 'ward_committee', 'culture_society_office', 'education_department']);
export const Organisation = z.object({ id: Id, kind: OrganisationKind, areaId: Id, name: Text() });

export const SchoolLevel = z.enum(['preschool', 'primary', 'lower_secondary', 'upper_secondary']);
export const School = z.object({
  id: Id, wardId: Id, name: Text(), level: SchoolLevel, code: z.string().max(20).nullable(),
  address: Text(300).nullable(), hotline: z.string().max(20).nullable(),
});

export const SchoolYear = z.object({ id: Id, schoolId: Id, name: z.string().regex(/^\d{4}-\d{4}$/), startsOn: IsoDate, endsOn: IsoDate });

export const DaySession = z.object({
  id: Id, schoolId: Id, name: z.enum(['morning', 'afternoon']),
  startsAt: TimeOfDay, endsAt: TimeOfDay,
  lateAfterMinutes: z.number().int().min(0).max(120), absentAfterMinutes: z.number().int().min(0).max(240),
});

export const ClassName = z.string().trim().regex(/^(\d{1,2})[A-Za-zĐđ]{1,3}\d{0,2}$/, 'expected a class name like 10A1');
export const SchoolClass = z.object({
  id: Id, schoolId: Id, schoolYearId: Id, name: ClassName, grade: z.number().int().min(0).max(12),
  homeroomTeacherId: Id.nullable(),
});

export type Area = z.infer<typeof Area>;
export type Organisation = z.infer<typeof Organisation>;
export type School = z.infer<typeof School>;
export type SchoolYear = z.infer<typeof SchoolYear>;
export type DaySession = z.infer<typeof DaySession>;
export type SchoolClass = z.infer<typeof SchoolClass>;
export type SchoolLevel = z.infer<typeof SchoolLevel>;
