/** Storage of visits and authorised pick-up (issue 5), spoken in domain terms; implemented in packages/db/src/repos/visitors.ts. */

export type VisitStatus = 'expected' | 'checked_in' | 'checked_out' | 'held' | 'cancelled';

export interface VisitRecord {
  id: string; schoolId: string; status: VisitStatus;
  /** As read from the CCCD QR or typed; the ID number itself is never stored, only its last 4 digits. */
  fullName: string; nameKey: string; idLast4: string | null; purpose: string;
  hostUserId: string | null; hostName: string | null; expectedFrom: string | null; expectedUntil: string | null; registeredBy: string | null;
  checkedInAt: string | null; checkedInBy: string | null; validUntil: string | null; checkedOutAt: string | null; checkedOutBy: string | null;
  photoId: string | null; faceModel: string | null;
  /** Sealed face embedding of the check-in photo; cleared at check-out. */
  faceEmbeddingSealed: Uint8Array | null;
  /** The watchlist entry that held this check-in, when one did. */
  watchlistEntryId: string | null; overstayAlertedAt: string | null; createdAt: string; updatedAt: string;
}

export interface VisitPhotoRecord { id: string; visitId: string; schoolId: string; type: string; size: number; dataSealed: Uint8Array; createdAt: string }

export interface VisitSearch { schoolId: string; nameKey?: string; from?: string; to?: string; hostUserId?: string; statuses?: VisitStatus[]; limit: number }

export interface PickupPersonRecord {
  id: string; studentId: string; schoolId: string; fullName: string; relationship: string; phone: string | null;
  photoType: string | null; photoSealed: Uint8Array | null; addedBy: string; confirmedBy: string | null; confirmedAt: string | null; createdAt: string;
}
export interface PickupRecord {
  id: string; schoolId: string; studentId: string; pickupPersonId: string | null; collectorName: string; listed: boolean; recordedBy: string; at: string;
  alertId: string | null;
}

export interface VisitorsRepo {
  insertVisit(v: VisitRecord): Promise<void>;
  updateVisit(id: string, patch: Partial<Omit<VisitRecord, 'id' | 'schoolId' | 'createdAt'>>): Promise<void>;
  getVisit(id: string): Promise<VisitRecord | undefined>;
  /** Newest first. Times compare on checked-in time, or on the expected start of visits not yet checked in. */
  searchVisits(s: VisitSearch): Promise<VisitRecord[]>;
  /** Checked-in visits whose valid-until passed before `at` and that were never alerted. */
  overstaying(at: string): Promise<VisitRecord[]>;
  /** Checked-in visits with a face embedding (the "known visitor" gallery of a school). */
  activeWithFaces(schoolId: string): Promise<VisitRecord[]>;
  /** Staff who may host a visit at the school (school admins, counsellors, homeroom teachers of its classes). */
  hostsOfSchool(schoolId: string): Promise<Array<{ id: string; name: string }>>;
  insertPhoto(p: VisitPhotoRecord): Promise<void>;
  getPhoto(id: string): Promise<VisitPhotoRecord | undefined>;
  /** Deletes check-in photos of visits that ended before `before`; returns how many. */
  deletePhotosOfVisitsEndedBefore(before: string): Promise<number>;

  insertPickupPerson(p: PickupPersonRecord): Promise<void>;
  updatePickupPerson(id: string, patch: Partial<Pick<PickupPersonRecord, 'confirmedBy' | 'confirmedAt'>>): Promise<void>;
  deletePickupPerson(id: string): Promise<void>;
  getPickupPerson(id: string): Promise<PickupPersonRecord | undefined>;
  pickupPersons(studentIds: string[]): Promise<PickupPersonRecord[]>;
  insertPickupRecord(r: PickupRecord): Promise<void>;
  pickupRecords(filter: { schoolId: string; since: string; studentIds?: string[] }): Promise<PickupRecord[]>;
}
