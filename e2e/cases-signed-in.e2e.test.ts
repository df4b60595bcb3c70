import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { productSuite } from './support/suite.ts';
import { ROOT } from './support/product.ts';
import { signInGuardian, signInStaff } from './support/sign-in.ts';

// Issue 6, the signed-in path and re-categorising: a parent reports from the guardian home on a phone (with a
// photo, named but protected); the principal finds it is abuse, re-categorises it at triage and assigns the
// counsellor from the school's staff list; that alone escalates it, and the ward police sees it with the 12-hour
// clock and without the parent's name.
const PHOTO = path.resolve(ROOT, '../shared/fixtures/faces/deepface_testset/_scenes_unlabelled/couple.jpg');
const WHAT = 'Con tôi kể bị một người lớn trong khu trọ gần trường đánh và dọa không được nói với ai.';

const suite = productSuite();
let code = '';
let caseUrl = '';
let guardianName = '';

async function session(phone: boolean) {
  const s = await suite.open(phone);
  return s;
}
const text = (page: Page) => page.locator('body').innerText();

describe('cases: signed-in report and re-categorising at triage', () => {
  it('a parent reports from the home screen, signed in, with a photo; the name is protected', async () => {
    const { page } = await session(true);
    const phone = suite.product.creds.guardianPhone;
    await signInGuardian(page, suite.product.baseUrl, `0${phone.slice(2)}`, phone);
    guardianName = (await (await page.request.get('/api/me')).json()).displayName;
    expect(guardianName.length).toBeGreaterThan(3);
    await page.getByRole('link', { name: 'Báo cáo cho nhà trường', exact: true }).click(); // the home panel's signed-in path
    await page.getByRole('heading', { name: 'Báo cáo cho nhà trường', level: 1 }).waitFor();
    await page.locator('a[href="tel:111"]').first().waitFor();
    await page.getByLabel('Chuyện gì đã xảy ra?').selectOption('violence_physical');
    await page.getByLabel('Kể lại sự việc').fill(WHAT);
    await page.getByLabel('Ảnh (không bắt buộc)').setInputFiles(PHOTO);
    await page.getByRole('button', { name: `Bỏ ảnh ${path.basename(PHOTO)}` }).waitFor();
    // Parents start named; the page says who may see the name.
    await expect(page.getByLabel('Giấu tên tôi với nhà trường').isChecked()).resolves.toBe(false);
    await page.getByText('chỉ hiệu trưởng và cán bộ tư vấn được xem').waitFor();
    await screenshot(page, 'cases-signed-in-form-phone');
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await page.getByRole('heading', { name: 'Đã gửi báo cáo' }).waitFor({ timeout: 30_000 });
    code = await page.getByLabel('Mã theo dõi').innerText();
    expect(code).toMatch(/^TA-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expect(page.getByLabel('Mật khẩu').innerText()).resolves.toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await screenshot(page, 'cases-signed-in-receipt-phone', { viewport: true });
  });

  it('the principal re-categorises it as abuse and assigns the counsellor: it is escalated with the 12-hour clock', async () => {
    const { page } = await session(false);
    await signInStaff(page, suite.product.account('hieutruong'));
    await page.goto('/cases');
    await page.getByRole('link', { name: `Mở hồ sơ ${code}` }).click();
    await page.getByRole('heading', { name: code, level: 1 }).waitFor();
    caseUrl = new URL(page.url()).pathname;
    await page.getByText('Phụ huynh (ứng dụng)').first().waitFor();
    await expect(text(page)).resolves.not.toContain(guardianName); // not even the principal sees it without asking
    expect(await page.getByRole('timer').count()).toBe(0); // no intervention clock yet
    await page.getByLabel('Loại vụ việc').selectOption('abuse_physical');
    await page.getByText('Khi lưu, vụ việc xâm hại').waitFor();
    const assignee = page.getByLabel('Người phụ trách');
    await expect(assignee.locator('option').allInnerTexts()).resolves.toEqual(['Chưa giao', 'Tôi — Phạm Thị Lan (Hiệu trưởng)', 'Đỗ Khánh Linh (tư vấn tâm lý) · Tư vấn tâm lý']);
    await assignee.selectOption({ label: 'Đỗ Khánh Linh (tư vấn tâm lý) · Tư vấn tâm lý' });
    await screenshot(page, 'cases-recategorise-before-desktop');
    await page.getByRole('button', { name: 'Lưu phân loại' }).click();
    await page.getByRole('list', { name: 'Cơ quan phối hợp' }).getByText('Đã được báo, chưa tiếp nhận').first().waitFor();
    await expect(page.getByRole('timer').first().innerText()).resolves.toMatch(/^còn (12:00:00|1[01]:\d\d:\d\d)$/);
    await expect.poll(() => page.getByLabel('Loại vụ việc').inputValue()).toBe('abuse_physical');
    await expect(page.getByLabel('Mức ưu tiên').inputValue()).resolves.toBe('urgent'); // raised to abuse's priority
    await expect(page.getByLabel('Người phụ trách').inputValue()).resolves.not.toBe('');
    await page.getByText('Vụ việc này cần báo 111').first().waitFor();
    // The school sees how the agencies heard: both demo ward officers have a (fictional) mobile, so both were texted.
    await page.getByRole('list', { name: 'Trao đổi với cơ quan' })
      .getByText('Chuyển cơ quan (do đổi loại vụ việc) · đã nhắn tin cho 2 cán bộ').waitFor();
    await screenshot(page, 'cases-recategorised-desktop');
  });

  it('the ward police sees the case with the clock running, the facts and the photo, never the parent', async () => {
    const { page } = await session(true);
    await signInStaff(page, suite.product.account('congan.badinh'));
    const panel = page.getByRole('list', { name: 'Vụ việc mới chuyển đến' });
    await panel.getByRole('link', { name: `Mở hồ sơ ${code}` }).click();
    const timer = page.getByRole('timer').first();
    await expect(timer.innerText()).resolves.toMatch(/^còn (12:00:00|1[01]:\d\d:\d\d)$/);
    await page.getByText('dọa không được nói với ai').first().waitFor();
    await screenshot(page, 'cases-recategorised-police-phone');
    for (const p of [caseUrl, '/cases', '/']) {
      await page.goto(p);
      await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      // A negative check on a half-loaded page proves nothing: wait until no panel is still loading.
      await expect.poll(() => page.locator('.loading').count()).toBe(0);
      await expect(text(page)).resolves.not.toContain(guardianName);
    }
    expect((await page.request.get(`/api/cases/${caseUrl.split('/').pop()}/reporter?reason=x`)).status()).toBe(403);
  });
});
