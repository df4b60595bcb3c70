import { z } from 'zod';
import { Id, IsoDate, PersonalId, Phone84, Sex, Text } from './common.ts';

export const Student = z.object({
  id: Id, schoolId: Id, classId: Id.nullable(), fullName: Text(100), birthDate: IsoDate, sex: Sex,
  personalId: PersonalId.nullable(), learnerId: z.string().max(20).nullable(), status: z.enum(['active', 'left']),
});

export const Relationship = z.enum(['father', 'mother', 'grandparent', 'sibling', 'guardian', 'other']);
export const Guardian = z.object({ id: Id, fullName: Text(100), phone: Phone84.nullable(), email: z.string().email().max(200).nullable() });
export const GuardianLink = z.object({ guardianId: Id, studentId: Id, relationship: Relationship, isPrimary: z.boolean() });

/** A student as a teacher or guardian sees it in a list: the class name and guardians joined in. */
export const StudentView = Student.extend({
  className: z.string().nullable(),
  guardians: z.array(Guardian.extend({ relationship: Relationship, isPrimary: z.boolean() })),
});

export type Student = z.infer<typeof Student>;
export type Guardian = z.infer<typeof Guardian>;
export type GuardianLink = z.infer<typeof GuardianLink>;
export type Relationship = z.infer<typeof Relationship>;
export type StudentView = z.infer<typeof StudentView>;
