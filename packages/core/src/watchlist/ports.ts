/** Storage of watchlist entries (issue 5); implemented in packages/db/src/repos/watchlist.ts. */

export type WatchlistReasonKind = 'custody_restriction' | 'court_order' | 'police_request' | 'other';
export type WatchlistStatus = 'pending' | 'active' | 'revoked';

export interface WatchlistEntryRecord {
  id: string; schoolId: string; status: WatchlistStatus; fullName: string;
  /** Name without diacritics, lower case, single spaces: what check-in matches on together with the last 4 digits. */
  nameKey: string; idLast4: string | null; reasonKind: WatchlistReasonKind; reasonNote: string | null;
  /** Where the request came from ("Quyết định của Tòa án …", "Công văn Công an phường …"). */
  source: string; requestedBy: string; requestedByName: string;
  /** A second person: an entry is in force only once approved, and never by the person who requested it. */
  approvedBy: string | null; approvedByName: string | null; approvedAt: string | null;
  expiresAt: string; photoType: string | null; photoSealed: Uint8Array | null; faceModel: string | null; faceEmbeddingSealed: Uint8Array | null;
  createdAt: string; updatedAt: string;
}

export interface WatchlistRepo {
  insert(e: WatchlistEntryRecord): Promise<void>;
  update(id: string, patch: Partial<Pick<WatchlistEntryRecord, 'status' | 'approvedBy' | 'approvedByName' | 'approvedAt' | 'updatedAt'>>): Promise<void>;
  get(id: string): Promise<WatchlistEntryRecord | undefined>;
  list(schoolIds: string[]): Promise<WatchlistEntryRecord[]>;
  /** Approved, not revoked, expiring after `at`. */
  active(schoolId: string, at: string): Promise<WatchlistEntryRecord[]>;
  /** Deletes entries (with their photo and embedding) that expired at or before `at`; returns what was deleted. */
  deleteExpired(at: string): Promise<Array<{ id: string; schoolId: string }>>;
}
