import type { SecretBox } from '../ports/deps.ts';
import type { ActiveVisitorFace, VisitorFaceSource, WatchlistEntryForMatch, WatchlistLookup } from '../ports/premises.ts';
import type { Repos } from '../ports/repositories.ts';
import { embeddingFrom } from './nameKey.ts';

/**
 * The visitors side of the issue-5 contract (ports/premises.ts), wired into deps.premises in compose. The strangers side
 * calls these from the vision path: a checked-in visitor's face is "known visitor" for the visit, and a watchlisted
 * face is a watchlist match. Embeddings are unsealed here, in memory only, for the duration of the call.
 */
export function visitorFaceSource(deps: { repos: Repos; secrets: SecretBox }): VisitorFaceSource {
  return {
    async activeVisitorFaces(schoolId, at) {
      const visits = await deps.repos.visitors.activeWithFaces(schoolId);
      const out: ActiveVisitorFace[] = [];
      for (const v of visits) {
        if (!v.faceEmbeddingSealed || !v.faceModel || (v.checkedInAt && v.checkedInAt > at)) continue;
        out.push({ visitId: v.id, name: v.fullName, model: v.faceModel, embedding: embeddingFrom(deps.secrets.open(v.faceEmbeddingSealed)) });
      }
      return out;
    },
  };
}

export function watchlistLookup(deps: { repos: Repos; secrets: SecretBox }): WatchlistLookup {
  return {
    async activeEntries(schoolId, at) {
      const entries = await deps.repos.watchlist.active(schoolId, at);
      return entries.map((e): WatchlistEntryForMatch => ({
        id: e.id, schoolId: e.schoolId, fullName: e.fullName, idLast4: e.idLast4, reasonKind: e.reasonKind, model: e.faceModel,
        embedding: e.faceEmbeddingSealed ? embeddingFrom(deps.secrets.open(e.faceEmbeddingSealed)) : null,
      }));
    },
  };
}
