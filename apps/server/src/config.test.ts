import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults for a mini-PC', () => {
    const c = loadConfig({ PATH: '/usr/bin', HOME: '/root' });
    expect(c).toMatchObject({ port: 8080, host: '127.0.0.1', databaseUrl: undefined, demoOutbox: false });
    expect(c.dataDir).toMatch(/data$/);
  });
  it('stops on a misspelt variable and on bad values, listing every problem', () => {
    try {
      loadConfig({ TRUONGAN_PROT: '80', TRUONGAN_PORT: 'eighty', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      expect(msg).toContain('TRUONGAN_PROT');
      expect(msg).toContain('TRUONGAN_PORT');
      expect(msg).toContain('DATABASE_URL');
    }
  });
});
