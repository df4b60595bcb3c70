import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './product.ts';

export const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 860 };

/** Debian's Chromium, headless, with nothing that phones home. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to make anywhere but the product; a test expects this to stay empty. */
  unexpected: string[];
  /** Every API path the page requested, to assert what a screen did not ask for. */
  apiCalls: string[];
}

/** A fresh browser profile (own cookies) on a phone or a desktop, allowed to talk to the product only. */
export async function openSession(browser: Browser, baseUrl: string, opts: { phone?: boolean } = {}): Promise<Session> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: opts.phone ? PHONE : DESKTOP,
    deviceScaleFactor: opts.phone ? 2 : 1,
    isMobile: !!opts.phone,
    hasTouch: !!opts.phone,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const unexpected: string[] = [];
  const apiCalls: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) {
      const p = new URL(url).pathname;
      if (p.startsWith('/api/')) apiCalls.push(`${route.request().method()} ${p}${new URL(url).search}`);
      return route.continue();
    }
    unexpected.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page, unexpected, apiCalls };
}

/**
 * Saves a screenshot to test-results/screenshots/<name>.png (kept as a test artefact): the full page, or
 * with `viewport` only what is on screen (a modal dialog sits in the viewport, not at the top of the page).
 */
export async function screenshot(page: Page, name: string, opts: { viewport?: boolean } = {}): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: !opts.viewport });
  return file;
}
