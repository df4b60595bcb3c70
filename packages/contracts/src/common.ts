import { z } from 'zod';

export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_:-]+$/, 'invalid id');
/** Calendar date, ISO form. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const IsoDateTime = z.string().datetime({ offset: true });
/** Time of day in the school's local time (Asia/Ho_Chi_Minh). */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
/** Vietnamese mobile number in international form without "+", as Zalo ZNS and SMS gateways want it. */
export const Phone84 = z.string().regex(/^84[35789]\d{8}$/, 'expected 84xxxxxxxxx');
export const PersonalId = z.string().regex(/^\d{12}$/, 'expected 12 digits');
/** Free text shown to people: bounded, no control characters. Rendered as text, never as HTML. */
// eslint-disable-next-line no-control-regex -- the point of this pattern is to refuse control characters
export const Text = (max = 200) => z.string().trim().min(1).max(max).regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'control characters are not allowed');
export const Sex = z.enum(['M', 'F']);

export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  requestId: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export const Page = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), total: z.number().int() });
