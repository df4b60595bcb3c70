import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { type Deps, type FaceEngine, makeAlertSink, visitorFaceSource, watchlistLookup } from '@truongan/core';
import { createDatabase, type Database, makeStore, migrateToLatest } from '@truongan/db';
import { loadKeyring, type Keyring, secretBox } from './adapters/keyring.ts';
import { argon2Passwords, rfc6238Totp } from './adapters/passwords.ts';
import { inProcessLiveEvents } from './adapters/liveEvents.ts';
import { fileSnapshotStore } from './adapters/snapshotStore.ts';
import { sharpScrubber } from './adapters/mediaScrubber.ts';
import type { Config } from './config.ts';

export interface Context {
  config: Config;
  /** Live camera states from the vision role when it runs in this process. */
  cameraStates?: () => Map<string, unknown>;
  /** Spam limits of the public report form; defaults in http/routes/casesPublic.ts. The load test loosens them. */
  intake?: { perAddressPerMinute?: number; powBits?: number };
  deps: Deps;
  database: Database;
  keys: Keyring;
  close(): Promise<void>;
}

/**
 * Wires every adapter into the ports core needs, once per process. This is the only place that knows
 * which database, key ring and recognizer are in use.
 */
export async function openContext(config: Config, opts: { faceEngine?: FaceEngine } = {}): Promise<Context> {
  const database = createDatabase({ databaseUrl: config.databaseUrl, sqlitePath: path.join(config.dataDir, 'truongan.db') });
  await migrateToLatest(database.db, database.dialect);
  const keys = loadKeyring(config.dataDir);
  const store = makeStore(database, { auditKey: keys.audit });
  const secrets = secretBox(keys);
  const deps: Deps = {
    ...store,
    clock: { now: () => new Date() },
    ids: { next: () => randomUUID() },
    secrets,
    snapshots: fileSnapshotStore(database, secrets, config.dataDir),
    live: inProcessLiveEvents(),
    passwords: argon2Passwords,
    totp: rfc6238Totp,
    faceEngine: opts.faceEngine,
    media: sharpScrubber,
    settings: { demoOutbox: config.demoOutbox, sessionHours: config.sessionHours },
  };
  // Issue 5: the guard's alert queue (strangers side); the visitors side adds watchlist and visitorFaces to the same object.
  deps.premises = { ...deps.premises, alerts: makeAlertSink(deps) };
  deps.premises = { ...deps.premises, watchlist: watchlistLookup(deps), visitorFaces: visitorFaceSource(deps) };
  return {
    config, deps, database, keys,
    close: async () => { await opts.faceEngine?.close(); await database.destroy(); },
  };
}
