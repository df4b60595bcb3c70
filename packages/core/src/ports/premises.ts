/**
 * Contracts between the two halves of issue 5 ("nobody unknown on the premises"), fixed before either half was
 * written so they could be built side by side:
 * - the strangers side owns the guard's alert queue and implements `AlertSink`;
 * - the visitors side owns visits and watchlists and implements `VisitorFaceSource` and `WatchlistLookup`.
 * Both are wired in apps/server/src/compose.ts as `deps.premises`.
 */

export type AlertKind =
  | 'stranger_lingering' // an unknown face stays longer than the zone allows during school hours
  | 'stranger_returning' // the same unknown person seen on M different days within K days
  | 'unknown_inside' // an unknown adult inside the premises without a visitor check-in
  | 'watchlist_match' // a watchlisted person recognised by a camera
  | 'visitor_watchlist' // a watchlisted person checking in as a visitor
  | 'visitor_overstay' // a visit longer than its planned end
  | 'pickup_unlisted'; // a young pupil leaving with an adult not on the authorised pick-up list

export type AlertPriority = 'high' | 'normal';

export interface AlertInput {
  schoolId: string;
  kind: AlertKind;
  priority: AlertPriority;
  /** One line for the guard, in both languages ("Người lạ đứng ở cổng hơn 60 giây" / "Stranger lingering…"). */
  summaryVi: string;
  summaryEn: string;
  cameraId?: string | null;
  snapshotIds?: string[];
  clipId?: string | null;
  /** What the alert is about, so the console can link to it. */
  subject?: { type: 'visit' | 'watchlist' | 'student' | 'cluster' | 'pickup'; id: string } | null;
  /** De-duplication: a second raise with the same key while the first is open returns the first. */
  dedupeKey?: string | null;
}

export interface AlertSink {
  raise(input: AlertInput): Promise<{ id: string; created: boolean }>;
}

export interface WatchlistEntryForMatch {
  id: string;
  schoolId: string;
  fullName: string;
  /** Last 4 digits of the ID card when known; never the whole number. */
  idLast4: string | null;
  reasonKind: string;
  model: string | null;
  embedding: Float32Array | null;
}

export interface WatchlistLookup {
  /** Entries in force for the school at `at` (ISO): not expired, approved. */
  activeEntries(schoolId: string, at: string): Promise<WatchlistEntryForMatch[]>;
}

export interface ActiveVisitorFace {
  visitId: string;
  name: string;
  model: string;
  embedding: Float32Array;
}

export interface VisitorFaceSource {
  /** Faces photographed at check-in of visits checked in and not yet checked out at `at` (ISO). */
  activeVisitorFaces(schoolId: string, at: string): Promise<ActiveVisitorFace[]>;
}

export interface PremisesPorts {
  alerts?: AlertSink;
  watchlist?: WatchlistLookup;
  visitorFaces?: VisitorFaceSource;
}
