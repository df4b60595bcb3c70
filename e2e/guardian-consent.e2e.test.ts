import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSession, screenshot, type Session } from './support/browser.ts';
import { startProduct, type Product } from './support/product.ts';
import { signInGuardian } from './support/sign-in.ts';

// A guardian on a phone withdraws and then re-grants face-recognition consent for their child, in Vietnamese and English.
let product: Product;
let browser: Browser;
let s: Session;
const FACE = 'Nhận diện khuôn mặt tại cổng';

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
  s = await openSession(browser, product.baseUrl, { phone: true });
});

afterAll(async () => {
  expect(s?.unexpected ?? [], 'outbound requests outside the product').toEqual([]);
  await browser?.close();
  await product?.stop();
});

const card = (page: Page, title: string) => page.locator('section.card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

const history = (section: Locator) => section.getByRole('list', { name: 'Lịch sử' }).getByRole('listitem');
const guardianState = (section: Locator) => section.locator('.now > span').nth(1).innerText();

async function waitForHistory(section: Locator, n: number) {
  await expect.poll(() => history(section).count(), { timeout: 10_000 }).toBe(n);
}

async function decide(section: Locator, choice: string) {
  const radios = section.getByRole('radio');
  // Never pre-ticked: the guardian must choose every time.
  for (const r of await radios.all()) expect(await r.isChecked()).toBe(false);
  await section.getByRole('radio', { name: choice }).check();
  await section.getByRole('button', { name: 'Gửi quyết định' }).click();
  await section.getByText('Đã ghi nhận quyết định của bạn.').waitFor();
}

describe('guardian consent', () => {
  it('withdraws and re-grants face recognition; the history and state follow', async () => {
    const { page } = s;
    const phone = product.creds.guardianPhone;
    await signInGuardian(page, product.baseUrl, `0${phone.slice(2)}`, phone);
    await page.getByRole('link', { name: 'Xem và thay đổi đồng ý' }).first().click();
    await page.getByRole('heading', { name: /^Đồng ý cho / }).waitFor();
    const face = card(page, FACE);
    await expect(face.locator('blockquote').innerText()).resolves.toContain('dữ liệu sinh trắc học');
    await face.getByText('Phiên bản face-2026-01').first().waitFor();
    await page.getByRole('link', { name: '111 — Tổng đài bảo vệ trẻ em' }).waitFor();
    const historyBefore = await history(face).count();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'guardian-consent-before-phone');

    await decide(face, 'Tôi không đồng ý / rút lại đồng ý');
    await waitForHistory(face, historyBefore + 1);
    await expect(guardianState(face)).resolves.toContain('Đã rút lại');
    await expect(face.locator('.now').innerText()).resolves.toContain('Chưa có hiệu lực');
    await expect(history(face).first().innerText()).resolves.toContain('Đã rút lại');
    await screenshot(page, 'guardian-consent-withdrawn-phone');

    await decide(face, 'Tôi đã đọc và đồng ý');
    await waitForHistory(face, historyBefore + 2);
    await expect(guardianState(face)).resolves.toContain('Đã đồng ý');
    await expect(history(face).first().innerText()).resolves.toContain('Đã đồng ý');

    // The decision is the server's, not the page's: it survives a reload.
    await page.reload();
    await waitForHistory(card(page, FACE), historyBefore + 2);
    await expect(guardianState(card(page, FACE))).resolves.toContain('Đã đồng ý');
    await screenshot(page, 'guardian-consent-regranted-phone');
  });

  it('switches to English and remembers it', async () => {
    const { page } = s;
    await page.getByRole('button', { name: /EN/ }).click();
    await page.getByRole('heading', { name: /^Consent for / }).waitFor();
    await expect(card(page, 'Face recognition at the gate').locator('blockquote').innerText()).resolves.toContain('biometric');
    await page.reload();
    await page.getByRole('heading', { name: /^Consent for / }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no sideways scrolling on a phone').toBeLessThanOrEqual(390);
    await screenshot(page, 'guardian-consent-english-phone');
    await page.getByRole('button', { name: /VI/ }).click();
    await page.getByRole('heading', { name: /^Đồng ý cho / }).waitFor();
  });
});
