/**
 * Manual check of the PostgreSQL provisioning: `npx tsx packages/testkit/scripts/checkProvision.ts [port]`.
 * With a port nothing listens on, it must fall back to a throwaway initdb cluster, run a query, and clean up.
 */
import pg from 'pg';
import { provisionPostgres } from '../src/pgProvision.ts';

const port = Number(process.argv[2] ?? 5432);
const started = Date.now();
const db = await provisionPostgres({ port, log: console.log });
console.log(`using ${db.description} after ${Date.now() - started} ms`);
const c = new pg.Client(db.url);
await c.connect();
console.log((await c.query('select current_database() as db, version() as v')).rows[0]);
await c.end();
await db.release();
console.log(`released after ${Date.now() - started} ms`);
