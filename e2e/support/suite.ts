import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, openSession, type Session } from './browser.ts';
import { startProduct, type Product } from './product.ts';

/**
 * One product (started the way a newcomer starts it) and one Chromium per test file. Every session opened
 * through `open` is checked at the end for requests that left the product: the app must work offline.
 */
export function productSuite(opts: Parameters<typeof startProduct>[0] = {}) {
  const suite = {
    product: undefined as unknown as Product,
    browser: undefined as unknown as Browser,
    sessions: [] as Session[],
    async open(phone: boolean): Promise<Session> {
      const s = await openSession(suite.browser, suite.product.baseUrl, { phone });
      suite.sessions.push(s);
      return s;
    },
  };
  beforeAll(async () => {
    suite.product = await startProduct(opts);
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const s of suite.sessions) expect(s.unexpected, 'outbound requests outside the product').toEqual([]);
    await suite.browser?.close();
    await suite.product?.stop();
  });
  return suite;
}
