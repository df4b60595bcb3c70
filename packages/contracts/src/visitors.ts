import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, Text } from './common.ts';

/** Issue 5, visitors half: visits (CCCD QR check-in, badge, check-out), watchlists and authorised pick-up. */

export const VisitStatus = z.enum(['expected', 'checked_in', 'checked_out', 'held', 'cancelled']);
/** An uploaded image, base64 in JSON; the web app shrinks photos to ~640 px before sending, so bodies stay small. */
export const PhotoUpload = z.object({ type: z.enum(['image/jpeg', 'image/png', 'image/webp']), dataBase64: z.string().min(16).max(240_000) }).strict();

export const VisitRegistration = z.object({
  fullName: Text(100), purpose: Text(200), expectedFrom: IsoDateTime, expectedUntil: IsoDateTime,
}).strict();

/** Check-in: either the raw CCCD QR string (scanned or typed) or a name typed by hand with the card's last 4 digits. */
export const VisitCheckIn = z.object({
  visitId: Id.optional(),
  qr: z.string().min(5).max(400).optional(),
  fullName: Text(100).optional(),
  idLast4: z.string().regex(/^\d{4}$/, 'expected 4 digits').optional(),
  purpose: Text(200).optional(),
  hostUserId: Id.optional(),
  /** Minutes the visit may last; the badge is valid until then and the overstay alert fires after. */
  minutes: z.number().int().min(5).max(12 * 60).optional(),
  photo: PhotoUpload.optional(),
}).strict();

export const CccdPreview = z.object({ fullName: z.string(), idLast4: z.string(), cardKind: z.enum(['cccd', 'cmnd']), birthDate: IsoDate, sex: z.enum(['M', 'F']) });

export const Visit = z.object({
  id: Id, schoolId: Id, status: VisitStatus, fullName: z.string(), idLast4: z.string().nullable(), purpose: z.string(),
  hostUserId: z.string().nullable(), hostName: z.string().nullable(), expectedFrom: z.string().nullable(), expectedUntil: z.string().nullable(),
  checkedInAt: z.string().nullable(), validUntil: z.string().nullable(), checkedOutAt: z.string().nullable(), hasPhoto: z.boolean(), faceKnown: z.boolean(),
  overstay: z.boolean(), heldByWatchlist: z.boolean(), createdAt: z.string(),
});
export const CheckInResult = z.object({
  visit: Visit,
  /** 'held': a watchlist entry matched; the guard must not let the person in until a person confirms. */
  outcome: z.enum(['checked_in', 'held']),
  /** False when no face engine runs on this server: then nothing can be said about the photo's face. */
  faceChecked: z.boolean(),
  faceFound: z.boolean(),
  alertId: z.string().nullable(),
});
export const Badge = z.object({ visit: Visit, schoolName: z.string(), qrSvg: z.string() });

export const VisitLogQuery = z.object({
  q: z.string().max(100).optional(), from: IsoDate.optional(), to: IsoDate.optional(), hostUserId: Id.optional(),
});
export const Host = z.object({ id: Id, name: z.string() });

export const WatchlistReasonKind = z.enum(['custody_restriction', 'court_order', 'police_request', 'other']);
export const WatchlistInput = z.object({
  schoolId: Id, fullName: Text(100), idLast4: z.string().regex(/^\d{4}$/).nullable().optional(), reasonKind: WatchlistReasonKind,
  reasonNote: Text(500).nullable().optional(), source: Text(200), expiresOn: IsoDate, photo: PhotoUpload.optional(),
}).strict();
export const WatchlistEntry = z.object({
  id: Id, schoolId: Id, status: z.enum(['pending', 'active', 'revoked']), fullName: z.string(), idLast4: z.string().nullable(),
  reasonKind: WatchlistReasonKind, reasonNote: z.string().nullable(), source: z.string(), requestedByName: z.string(), approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(), expiresAt: z.string(), hasFace: z.boolean(), createdAt: z.string(),
});

export const PickupPersonInput = z.object({
  fullName: Text(100), relationship: Text(60), phone: z.string().regex(/^0\d{9}$/, 'expected 0xxxxxxxxx').nullable().optional(), photo: PhotoUpload.optional(),
}).strict();
export const PickupPerson = z.object({
  id: Id, studentId: Id, fullName: z.string(), relationship: z.string(), phone: z.string().nullable(), hasPhoto: z.boolean(), confirmed: z.boolean(),
  confirmedAt: z.string().nullable(),
});
export const PickupStudent = z.object({
  studentId: Id, fullName: z.string(), className: z.string().nullable(), grade: z.number().int().nullable(), young: z.boolean(), persons: z.array(PickupPerson),
});
export const PickupRecordInput = z.object({
  studentId: Id, pickupPersonId: Id.nullable(), collectorName: Text(100).optional(),
}).strict();
export const PickupRecordResult = z.object({ id: Id, listed: z.boolean(), alertId: z.string().nullable(), teacherNotified: z.boolean() });

export type VisitRegistration = z.infer<typeof VisitRegistration>;
export type VisitCheckIn = z.infer<typeof VisitCheckIn>;
export type CccdPreview = z.infer<typeof CccdPreview>;
export type Visit = z.infer<typeof Visit>;
export type CheckInResult = z.infer<typeof CheckInResult>;
export type Badge = z.infer<typeof Badge>;
export type VisitLogQuery = z.infer<typeof VisitLogQuery>;
export type Host = z.infer<typeof Host>;
export type PhotoUpload = z.infer<typeof PhotoUpload>;
export type WatchlistReasonKind = z.infer<typeof WatchlistReasonKind>;
export type WatchlistInput = z.infer<typeof WatchlistInput>;
export type WatchlistEntry = z.infer<typeof WatchlistEntry>;
export type PickupPersonInput = z.infer<typeof PickupPersonInput>;
export type PickupPerson = z.infer<typeof PickupPerson>;
export type PickupStudent = z.infer<typeof PickupStudent>;
export type PickupRecordInput = z.infer<typeof PickupRecordInput>;
export type PickupRecordResult = z.infer<typeof PickupRecordResult>;
