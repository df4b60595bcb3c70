import type { WatchlistEntryForMatch } from '../ports/premises.ts';
import { cosine, nameKey } from '../visitors/nameKey.ts';

/** Cosine similarity above which a face counts as the watchlisted person; a person confirms every hit anyway. */
export const WATCHLIST_FACE_THRESHOLD = 0.45;

export interface WatchlistHit { entry: WatchlistEntryForMatch; by: 'name' | 'face'; score: number | null }

/**
 * Does a person checking in match an entry in force? By name (without diacritics) when the last 4 digits agree or one
 * side does not have them — a namesake with different digits is not held — or by face when both sides have an
 * embedding of the same model. Errs towards holding: a false hold costs a minute of a person's time, a miss does not.
 */
export function matchWatchlist(person: { fullName: string; idLast4: string | null; model: string | null; embedding: Float32Array | null },
  entries: WatchlistEntryForMatch[]): WatchlistHit | null {
  const key = nameKey(person.fullName);
  let best: WatchlistHit | null = null;
  for (const e of entries) {
    if (nameKey(e.fullName) === key && (!e.idLast4 || !person.idLast4 || e.idLast4 === person.idLast4)) return { entry: e, by: 'name', score: null };
    if (person.embedding && e.embedding && person.model && person.model === e.model) {
      const s = cosine(person.embedding, e.embedding);
      if (s >= WATCHLIST_FACE_THRESHOLD && (!best || (best.score ?? 0) < s)) best = { entry: e, by: 'face', score: s };
    }
  }
  return best;
}
