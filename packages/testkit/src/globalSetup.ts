import type { TestProject } from 'vitest/node';
import { provisionPostgres } from './pgProvision.ts';
import type {} from './providedContext.ts';

/**
 * vitest globalSetup for integration and browser tests: one throwaway PostgreSQL database per run,
 * dropped afterwards, so the repository contract suite always runs on PostgreSQL as well as SQLite.
 * Workers read it with `inject('pgUrl')` (or TEST_PG_URL for child processes they spawn).
 */
export default async function setup(project: TestProject) {
  const pg = await provisionPostgres({
    databaseUrl: process.env.TEST_DATABASE_URL || undefined,
    // Pointing the probe at a dead port (TEST_PG_PROBE_PORT=1) rehearses a machine with no PostgreSQL running.
    port: Number(process.env.TEST_PG_PROBE_PORT) || undefined,
    log: (line) => console.log(`[testkit] ${line}`),
  });
  console.log(`[testkit] ${project.name}: using ${pg.description}`);
  project.provide('pgUrl', pg.url);
  process.env.TEST_PG_URL = pg.url;
  return async () => {
    await pg.release();
  };
}
