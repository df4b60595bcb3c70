import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createEngine } from '@truongan/vision';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderStandingVideo, sampleFaceCrops } from '../apps/server/src/http/guidedCaptureVideo.ts';
import { apiSession } from './support/api-client.ts';
import { launchBrowser, openSession, screenshot, type Session } from './support/browser.ts';
import { startProduct, type Product } from './support/product.ts';
import { signInStaff } from './support/sign-in.ts';

// Issue 3, guided capture: the 6A1 homeroom teacher asks a pupil to stand in front of the gate camera, presses
// "Chụp", recognises the pupil in the crops and confirms; the class's enrolment coverage rises. The product runs
// without the vision role (http + jobs), so the server must load the face engine for the capture by itself.
let product: Product;
let browser: Browser;
let videoDir: string;
const sessions: Session[] = [];
const CLASS_6A1 = 'sch-thcs-nguyen-trai-6a1';

beforeAll(async () => {
  videoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'truongan-capture-e2e-'));
  const engine = await createEngine('faceplugin-r1-5pt');
  const [face] = await sampleFaceCrops(engine);
  await engine.close();
  const [standing, empty] = await Promise.all([
    renderStandingVideo(path.join(videoDir, 'standing.mp4'), face!),
    renderStandingVideo(path.join(videoDir, 'empty.mp4'), null),
  ]);
  product = await startProduct();
  browser = await launchBrowser();
  // The principal adds two video-file cameras through the API: one with a pupil standing at the gate, one empty.
  const principal = await apiSession(product.baseUrl, product.account('hieutruong'));
  const camera = (name: string, url: string) => ({ name, kind: 'file', role: 'entry', url, username: null, password: null, lane: null, direction: null, fps: 5, enabled: true });
  await principal.post(`/api/schools/${product.creds.school}/cameras`, camera('Cổng chính', standing));
  await principal.post(`/api/schools/${product.creds.school}/cameras`, camera('Cổng sau (không có ai)', empty));
});

afterAll(async () => {
  for (const s of sessions) expect(s.unexpected, 'outbound requests outside the product').toEqual([]);
  await browser?.close();
  await product?.stop();
  if (videoDir) fs.rmSync(videoDir, { recursive: true, force: true });
});

/** 6A1's enrolment coverage as the principal's API reports it (ground truth, not the page under test). */
async function coverage6A1() {
  const principal = await apiSession(product.baseUrl, product.account('hieutruong'));
  const rows = await principal.get<Array<{ classId: string; students: number; enrolled: number }>>(`/api/schools/${product.creds.school}/enrolment`);
  return rows.find((r) => r.classId === CLASS_6A1)!;
}

describe('guided capture at the gate camera', () => {
  it('the 6A1 teacher captures a pupil on a phone, confirms, and the class coverage rises', async () => {
    const s = await openSession(browser, product.baseUrl, { phone: true });
    sessions.push(s);
    const { page } = s;
    const before = await coverage6A1();
    await signInStaff(page, product.account('gvcn.6a1'));
    await page.getByText(`${before.students - before.enrolled} em chưa có ảnh khuôn mặt`).waitFor();
    await screenshot(page, 'capture-teacher-home-phone');
    await page.getByRole('link', { name: 'Mở danh sách chụp ảnh' }).click();
    await page.getByRole('heading', { name: 'Chụp ảnh tại cổng – lớp 6A1' }).waitFor();
    await expect.poll(() => page.getByTestId('capture-coverage').textContent()).toBe(`Đã có ảnh khuôn mặt: ${before.enrolled}/${before.students} em`);
    await screenshot(page, 'capture-class-6a1-phone');

    // A pupil whose family said no cannot be captured: the list says why instead of offering the button.
    await page.getByText('Chưa có đồng ý').first().waitFor();
    const first = page.getByRole('link', { name: /^Chụp ảnh tại cổng: / }).first();
    const name = (await first.getAttribute('aria-label'))!.replace('Chụp ảnh tại cổng: ', '');
    await first.click();
    await page.getByRole('heading', { name: `Chụp ảnh tại cổng: ${name}` }).waitFor();
    expect(await page.getByLabel('Camera cổng').inputValue()).not.toBe('');
    await page.getByLabel('Camera cổng').selectOption({ label: 'Cổng chính' });
    await page.getByRole('button', { name: 'Chụp', exact: true }).click();
    await page.getByRole('progressbar').first().waitFor();
    await screenshot(page, 'capture-grabbing-phone', { viewport: true });

    await page.getByRole('heading', { name: `Ảnh chụp được – thầy cô xem có đúng là em ${name} không` }).waitFor({ timeout: 60_000 });
    const crops = page.getByRole('img', { name: /^Ảnh \d chụp tại cổng$/ });
    expect(await crops.count()).toBeGreaterThanOrEqual(1);
    expect(await crops.first().evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(200);
    await screenshot(page, 'capture-candidates-phone');
    await page.getByRole('button', { name: 'Đúng là em này' }).click();
    await page.getByText(`cho em ${name}. Từ giờ em được điểm danh tự động khi qua cổng.`).waitFor();
    await screenshot(page, 'capture-confirmed-phone');

    const after = await coverage6A1();
    expect(after.enrolled).toBe(before.enrolled + 1);
    await page.getByRole('link', { name: 'Quay lại danh sách lớp' }).first().click();
    await expect.poll(() => page.getByTestId('capture-coverage').textContent()).toBe(`Đã có ảnh khuôn mặt: ${after.enrolled}/${after.students} em`);
    expect(await page.getByRole('link', { name: `Chụp ảnh tại cổng: ${name}` }).count()).toBe(0);
  });

  it('at an empty gate nothing is kept and the teacher is told why, on a tablet-sized screen', async () => {
    const s = await openSession(browser, product.baseUrl);
    sessions.push(s);
    const { page } = s;
    const before = await coverage6A1();
    await signInStaff(page, product.account('gvcn.6a1'));
    await page.goto(`/classes/${CLASS_6A1}/capture`);
    await page.getByRole('link', { name: /^Chụp ảnh tại cổng: / }).first().click();
    await page.getByLabel('Camera cổng').selectOption({ label: 'Cổng sau (không có ai)' });
    await page.getByRole('button', { name: 'Chụp', exact: true }).click();
    await page.getByText(/Không lấy được ảnh nào dùng được trong \d+ khung hình/).waitFor({ timeout: 60_000 });
    await page.getByText('Không thấy khuôn mặt trước camera. Mời em đứng gần hơn, vào giữa khung hình.').waitFor();
    expect(await page.getByRole('button', { name: 'Đúng là em này' }).count()).toBe(0);
    await screenshot(page, 'capture-no-face-desktop');
    expect((await coverage6A1()).enrolled).toBe(before.enrolled);
  });

  it('the principal reaches a class with pupils missing a face from the coverage panel on the home screen', async () => {
    const s = await openSession(browser, product.baseUrl);
    sessions.push(s);
    const { page } = s;
    const cov = await coverage6A1();
    await signInStaff(page, product.account('hieutruong'));
    const classes = page.getByRole('list', { name: 'Chọn lớp để chụp ảnh tại cổng' });
    await classes.getByRole('link', { name: '6A1' }).waitFor();
    await screenshot(page, 'capture-principal-home');
    await classes.getByRole('link', { name: '6A1' }).click();
    await page.getByRole('heading', { name: 'Chụp ảnh tại cổng – lớp 6A1' }).waitFor();
    await expect.poll(() => page.getByTestId('capture-coverage').textContent()).toBe(`Đã có ảnh khuôn mặt: ${cov.enrolled}/${cov.students} em`);
  });
});
