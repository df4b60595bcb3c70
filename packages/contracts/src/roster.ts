import { z } from 'zod';
import { Id, IsoDate, PersonalId, Phone84, Sex } from './common.ts';
import { Relationship } from './people.ts';

/** One roster row after parsing and normalisation; what the import writes. */
export const RosterRow = z.object({
  line: z.number().int(),
  fullName: z.string().min(1).max(100),
  birthDate: IsoDate,
  sex: Sex,
  className: z.string(),
  personalId: PersonalId.nullable(),
  learnerId: z.string().max(20).nullable(),
  guardians: z.array(z.object({ fullName: z.string().max(100), phone: Phone84.nullable(), relationship: Relationship })),
});
export const RosterProblemReason = z.enum([
  'missing_column', 'missing_value', 'bad_date', 'bad_sex', 'bad_personal_id', 'duplicate_id', 'unknown_class', 'bad_phone', 'bad_name', 'too_many_rows',
  // A real calendar date that cannot be a pupil's birth date (in the future, or older than any pupil).
  'implausible_date',
  'bad_learner_id',
]);
export const RosterProblem = z.object({ line: z.number().int(), column: z.string().nullable(), reason: RosterProblemReason, message: z.string(), value: z.string().nullable() });
export const RosterImportResult = z.object({
  dryRun: z.boolean(), rows: z.number().int(), valid: z.number().int(),
  created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(),
  guardiansCreated: z.number().int(), classesCreated: z.number().int(), problems: z.array(RosterProblem),
});
// stringbool, not coerce.boolean: `?dryRun=false` must mean false (Boolean('false') is true).
export const RosterImportQuery = z.object({ schoolId: Id, dryRun: z.stringbool().default(false), createClasses: z.stringbool().default(false) });

export type RosterRow = z.infer<typeof RosterRow>;
export type RosterProblem = z.infer<typeof RosterProblem>;
export type RosterProblemReason = z.infer<typeof RosterProblemReason>;
export type RosterImportResult = z.infer<typeof RosterImportResult>;
