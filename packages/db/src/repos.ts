import type { Repos } from '@truongan/core';
import type { Kysely } from 'kysely';
import type { Database, Dialect } from './database.ts';
import type { DB } from './schema.ts';
import { auditRepo } from './repos/audit.ts';
import { casesRepo } from './repos/cases.ts';
import { gateRepo } from './repos/gate.ts';
import { consentsRepo, facesRepo, outboxRepo, settingsRepo } from './repos/consents.ts';
import { locatorRepo } from './repos/locator.ts';
import { notifyRepo } from './repos/notify.ts';
import { orgRepo } from './repos/org.ts';
import { peopleRepo } from './repos/people.ts';
import { preventionRepo } from './repos/prevention.ts';
import { familyRepo } from './repos/family.ts';
import { alertsRepo } from './repos/alerts.ts';
import { sightingsRepo } from './repos/strangers.ts';
import { visitorsRepo } from './repos/visitors.ts';
import { watchlistRepo } from './repos/watchlist.ts';
import { usersRepo } from './repos/users.ts';

export interface RepoOptions { auditKey: Uint8Array; now?: () => string }

export function makeRepos(db: Kysely<DB>, dialect: Dialect, opts: RepoOptions): Repos {
  const now = opts.now ?? (() => new Date().toISOString());
  return {
    locator: locatorRepo(db), org: orgRepo(db), people: peopleRepo(db, now), users: usersRepo(db), consents: consentsRepo(db),
    faces: facesRepo(db), gate: gateRepo(db), audit: auditRepo(db, dialect, opts.auditKey), settings: settingsRepo(db), outbox: outboxRepo(db),
    notify: notifyRepo(db, dialect), cases: casesRepo(db), prevention: preventionRepo(db), family: familyRepo(db),
    alerts: alertsRepo(db), sightings: sightingsRepo(db),
    visitors: visitorsRepo(db), watchlist: watchlistRepo(db),
  };
}

/** Repositories plus a unit of work: `tx` runs a function with repositories bound to one transaction. */
export function makeStore(database: Database, opts: RepoOptions) {
  const repos = makeRepos(database.db, database.dialect, opts);
  return {
    repos,
    tx: <T>(fn: (r: Repos) => Promise<T>) => database.db.transaction().execute((trx) => fn(makeRepos(trx, database.dialect, opts))),
  };
}
