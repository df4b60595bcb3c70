import type { OpenOptions, OpenStore, OpenedStore } from '@truongan/testkit';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/**
 * An empty, migrated store for every test, so no test depends on rows another left behind. Migrated stores
 * are opened once per block and emptied before each test (see testkit resetDatabase.ts: a new PostgreSQL
 * schema per test costs ~1 s on a busy server); unmigrated ones, for migration tests, are opened per test.
 */
export function freshStore(open: OpenStore, opts?: OpenOptions): () => OpenedStore {
  let current: OpenedStore | undefined;
  if (opts?.migrate === false) {
    beforeEach(async () => { current = await open(opts); });
    afterEach(async () => { await current?.cleanup(); current = undefined; });
  } else {
    beforeAll(async () => { current = await open(opts); });
    beforeEach(async () => { await current!.reset(); });
    afterAll(async () => { await current?.cleanup(); current = undefined; });
  }
  return () => {
    if (!current) throw new Error('store used outside a test');
    return current;
  };
}

/** ISO-8601 UTC timestamps a given number of seconds into the first school day, in order. */
export const at = (seconds: number) => new Date(Date.UTC(2026, 8, 5, 0, 0, seconds)).toISOString();
