import { freePort } from './pgCluster.ts';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { provisionPostgres } from './pgProvision.ts';

// The contract suite must also pass on a machine with no PostgreSQL running: point the probe at a port
// nobody listens on and check that a throwaway initdb cluster comes up, answers, and goes away again.
describe('provisionPostgres fallback', () => {
  it('starts a throwaway initdb cluster when no server answers, and removes it on release', async () => {
    const deadPort = await freePort();
    const lines: string[] = [];
    const db = await provisionPostgres({ port: deadPort, probeTimeoutMs: 500, log: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/starting a throwaway cluster/);
    expect(db.description).toMatch(/throwaway PostgreSQL cluster/);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ name: string }>('SELECT current_database() AS name');
    await client.end();
    expect(rows[0]!.name).toMatch(/^truongan_test_[0-9a-f]+$/);
    await db.release();
    const after = new pg.Client({ connectionString: db.url, connectionTimeoutMillis: 1000 });
    after.on('error', () => {});
    await expect(after.connect()).rejects.toThrow();
  });
});
