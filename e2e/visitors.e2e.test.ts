import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { ROOT, startProduct, type Product } from './support/product.ts';
import { signInGuardian, signInStaff } from './support/sign-in.ts';

/**
 * Issue 5, visitors half, in the browser as a guard on a tablet: the page's scanner reads a CCCD QR from the camera
 * (Chromium's fake camera plays a video of a rendered QR), the guard checks the visitor in with a photo and a host,
 * prints the badge, checks the visitor out; a second visitor is checked in by typing the QR string.
 */
const CCCD = '001089012345|012345678|Nguyễn Văn An|15031989|Nam|12 Phố Huế, Hai Bà Trưng, Hà Nội|01072021';
const TYPED = '079192000123||Trần Thị Bích Ngọc|01011992|Nữ|Quận 1, TP Hồ Chí Minh|20052022';
const TABLET = { width: 1024, height: 768 };
const OUT = path.join(ROOT, 'test-results');

/**
 * A Y4M video (what --use-file-for-fake-video-capture plays, looped) of a QR code on a grey desk: grey luminance
 * from the QR modules, neutral chroma. Written from the `qrcode` package's module matrix, no image tools needed.
 */
function writeQrVideo(text: string, file: string, w = 640, h = 480) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const scale = Math.floor(Math.min(w, h) * 0.8 / (n + 8));
  const x0 = Math.floor((w - n * scale) / 2), y0 = Math.floor((h - n * scale) / 2);
  const y = Buffer.alloc(w * h, 170);
  const quiet = 4 * scale;
  for (let py = y0 - quiet; py < y0 + n * scale + quiet; py++) for (let px = x0 - quiet; px < x0 + n * scale + quiet; px++) y[py * w + px] = 250;
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) {
    if (!qr.modules.get(r, c)) continue;
    for (let dy = 0; dy < scale; dy++) y.fill(15, (y0 + r * scale + dy) * w + x0 + c * scale, (y0 + r * scale + dy) * w + x0 + (c + 1) * scale);
  }
  const chroma = Buffer.alloc((w / 2) * (h / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: 10 }, () => frame)]));
}

/** A visitor's portrait: one of @vladmandic/face-api's demo photos (shipped through npm). */
function portrait(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo', 'sample1.jpg');
}

let product: Product;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const unexpected: string[] = [];

beforeAll(async () => {
  const video = path.join(OUT, 'visitors-fake-camera.y4m');
  writeQrVideo(CCCD, video);
  product = await startProduct();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  context = await browser.newContext({ baseURL: product.baseUrl, viewport: TABLET, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', hasTouch: true });
  await context.grantPermissions(['camera'], { origin: product.baseUrl });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(product.baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    unexpected.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
});

afterAll(async () => {
  expect(unexpected, 'outbound requests outside the product').toEqual([]);
  await browser?.close();
  await product?.stop();
});

const visitorItem = (name: string) => page.locator('li.visitors-item').filter({ hasText: name });

describe('visitor desk (guard, tablet)', () => {
  it('scans the CCCD QR with the camera, checks the visitor in with a photo and host, prints the badge, checks out', async () => {
    await signInStaff(page, product.account('baove'));
    await page.getByRole('link', { name: 'Khách ra vào' }).first().click();
    await page.getByRole('heading', { name: 'Khách ra vào cổng' }).waitFor();

    await page.getByRole('button', { name: /Bật camera quét/ }).click();
    // The scanner decodes the fake camera's QR; the server reads it and answers with name and last 4 digits only.
    const read = page.getByRole('status').filter({ hasText: 'Đã đọc mã QR' });
    await read.waitFor({ timeout: 20_000 });
    expect(await read.innerText()).toContain('Nguyễn Văn An');
    expect(await read.innerText()).toContain('2345');
    await expect(page.getByLabel('Họ và tên').inputValue()).resolves.toBe('Nguyễn Văn An');
    await page.getByLabel('Mục đích đến trường').fill('Họp phụ huynh lớp 6A1');
    await page.getByLabel('Người tiếp').selectOption({ label: 'Nguyễn Thị Hoa (GVCN 6A1)' });
    await page.getByLabel('Thời gian dự kiến (phút)').fill('90');
    await page.locator('fieldset.visitors-photo input[type=file]').setInputFiles(portrait());
    await page.getByRole('img', { name: 'Ảnh khách vừa chụp' }).waitFor();
    await screenshot(page, 'visitors-checkin-scanned-tablet');
    await page.getByRole('button', { name: 'Cho vào và in thẻ' }).click();

    await page.getByText('Đã cho khách Nguyễn Văn An vào.').waitFor();
    await visitorItem('Nguyễn Văn An').getByText('Trong trường').waitFor();
    expect(await visitorItem('Nguyễn Văn An').innerText()).toContain('Nguyễn Thị Hoa (GVCN 6A1)');
    await screenshot(page, 'visitors-desk-checked-in-tablet');

    await page.getByRole('link', { name: 'In thẻ khách' }).click();
    const badge = page.getByRole('article', { name: 'THẺ KHÁCH' });
    await badge.waitFor();
    const text = await badge.innerText();
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Trường THCS Nguyễn Trãi');
    expect(text).toContain('Nguyễn Thị Hoa (GVCN 6A1)');
    expect(text).not.toContain('001089012345');
    expect(await badge.locator('.visitors-badge-qr svg').count()).toBe(1);
    await screenshot(page, 'visitors-badge-screen');
    // On paper: only the badge, no navigation or buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: /In thẻ/ }).isVisible()).toBe(false);
    expect(await badge.isVisible()).toBe(true);
    await screenshot(page, 'visitors-badge-print');
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'Quay lại' }).click();
    await page.getByRole('heading', { name: 'Khách ra vào cổng' }).waitFor();
    await visitorItem('Nguyễn Văn An').getByRole('button', { name: 'Cho ra: Nguyễn Văn An' }).click();
    await visitorItem('Nguyễn Văn An').getByText('Đã ra').waitFor();
    expect(await visitorItem('Nguyễn Văn An').getByRole('button', { name: /Cho ra/ }).count()).toBe(0);
  });

  it('checks a second visitor in by typing the QR string; a malformed string is refused with a reason', async () => {
    await page.getByLabel('Chuỗi mã QR (quét hoặc dán)').fill('079192000123|Trần Thị Bích Ngọc|01011992');
    await page.getByRole('button', { name: 'Đọc mã' }).click();
    await page.getByRole('alert').filter({ hasText: 'cần 7 trường' }).waitFor();
    await page.getByLabel('Chuỗi mã QR (quét hoặc dán)').fill(TYPED);
    await page.getByRole('button', { name: 'Đọc mã' }).click();
    await page.getByRole('status').filter({ hasText: 'Trần Thị Bích Ngọc' }).waitFor();
    await page.getByLabel('Mục đích đến trường').fill('Giao sách thư viện');
    await page.getByRole('button', { name: 'Cho vào và in thẻ' }).click();
    await page.getByText('Đã cho khách Trần Thị Bích Ngọc vào.').waitFor();
    await visitorItem('Trần Thị Bích Ngọc').getByText('…0123').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TABLET.width);
    await screenshot(page, 'visitors-desk-two-visitors-tablet');
  });

  it('a teacher announces a visitor on a phone; the guard desk shows it live, without a reload', async () => {
    const phone = await browser.newContext({ baseURL: product.baseUrl, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
      locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const tp = await phone.newPage();
    tp.setDefaultTimeout(15_000);
    await signInStaff(tp, product.account('gvcn.6a1'));
    await tp.getByRole('link', { name: 'Hẹn khách' }).first().click();
    await tp.getByLabel('Họ và tên').fill('Lý Thị Hẹn Trước');
    await tp.getByLabel('Mục đích đến trường').fill('Trao đổi về học tập của con');
    await tp.getByLabel('Đến lúc').fill('23:00');
    await tp.getByLabel('Dự kiến về lúc').fill('23:45');
    await tp.getByRole('button', { name: 'Báo bảo vệ' }).click();
    await tp.getByText('Đã báo bảo vệ: Lý Thị Hẹn Trước.').waitFor();
    await tp.locator('li.visitors-item').filter({ hasText: 'Lý Thị Hẹn Trước' }).getByText('Đã hẹn').waitFor();
    expect(await tp.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(tp, 'visitors-pre-register-phone');
    await phone.close();
    // The guard's desk is still open from the previous test: the announced visitor arrives through the live stream.
    await visitorItem('Lý Thị Hẹn Trước').getByText('Đã hẹn').waitFor();
    await visitorItem('Lý Thị Hẹn Trước').getByRole('button', { name: 'Làm thủ tục vào' }).click();
    await page.getByText('Khách đã hẹn: Lý Thị Hẹn Trước').waitFor();
    await expect(page.getByLabel('Mục đích đến trường').inputValue()).resolves.toBe('Trao đổi về học tập của con');
  });

  it('pick-up: a guardian on a phone adds an adult, the principal confirms, the guard sees the photo and records the pick-up', async () => {
    const phone = await browser.newContext({ baseURL: product.baseUrl, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
      locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const g = await phone.newPage();
    g.setDefaultTimeout(15_000);
    const p84 = product.creds.guardianPhone;
    await signInGuardian(g, product.baseUrl, `0${p84.slice(2)}`, p84);
    await g.getByRole('link', { name: /^Sửa danh sách đón/ }).first().click();
    const heading = g.getByRole('heading', { name: /^Người được đón con: / });
    const childName = (await heading.innerText()).split(': ')[1]!.trim();
    await g.getByLabel('Họ và tên').fill('Phạm Văn Ông Nội');
    await g.getByLabel('Quan hệ với con').fill('Ông nội');
    await g.getByLabel('Số điện thoại').fill('0912345000');
    await g.locator('fieldset.visitors-photo input[type=file]').setInputFiles(portrait());
    await g.getByRole('button', { name: 'Thêm người' }).click();
    await g.locator('li.visitors-person').filter({ hasText: 'Phạm Văn Ông Nội' }).getByText('Chờ trường xác nhận').waitFor();
    expect(await g.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(g, 'visitors-guardian-pickup-list-phone');
    await phone.close();

    const admin = await browser.newContext({ baseURL: product.baseUrl, viewport: TABLET, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const a = await admin.newPage();
    a.setDefaultTimeout(15_000);
    await signInStaff(a, product.account('hieutruong'));
    const pending = a.locator('section.card').filter({ has: a.getByRole('heading', { name: 'Người đón chờ xác nhận' }) });
    await pending.getByText('Phạm Văn Ông Nội').waitFor();
    await pending.getByRole('button', { name: 'Xác nhận' }).first().click();
    await pending.getByText('Không có mục nào chờ xác nhận.').waitFor();
    // The watchlist page: the requester cannot approve their own entry; a second person must.
    await a.getByRole('link', { name: 'Danh sách theo dõi' }).first().click();
    await a.getByLabel('Họ và tên').fill('Đỗ Văn Theo Dõi');
    await a.getByLabel('Căn cứ (số văn bản, cơ quan)').fill('Quyết định 7/2026 của TAND phường Ba Đình');
    await a.getByLabel('Lý do').selectOption({ label: 'Quyết định của Tòa án' });
    await a.getByRole('button', { name: 'Gửi đề nghị' }).click();
    const entry = a.locator('li.visitors-item').filter({ hasText: 'Đỗ Văn Theo Dõi' });
    await entry.getByText('Chờ người thứ hai duyệt').waitFor();
    expect(await entry.getByRole('button', { name: 'Phê duyệt' }).count()).toBe(0);
    await screenshot(a, 'visitors-watchlist-tablet');
    await admin.close();

    // The guard searches the child without accents, sees the confirmed adult with the photo, records the pick-up.
    await page.goto(`/schools/${product.creds.school}/pickup`);
    await page.getByLabel('Tên học sinh').fill(childName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd'));
    await page.getByRole('button', { name: 'Tìm' }).click();
    const card = page.locator('section.card').filter({ has: page.getByRole('heading', { name: new RegExp(childName) }) });
    const person = card.locator('li.visitors-person').filter({ hasText: 'Phạm Văn Ông Nội' });
    await person.getByRole('img', { name: /Phạm Văn Ông Nội/ }).waitFor();
    expect(await person.getByText('chưa được trường xác nhận').count()).toBe(0);
    await person.getByRole('button', { name: 'Được đón bởi Phạm Văn Ông Nội' }).click();
    await card.getByText('Đã ghi nhận: Phạm Văn Ông Nội đón học sinh.').waitFor();
    await screenshot(page, 'visitors-pickup-check-tablet');
  });

  it('the ward police approves the watchlist entry; the person is held at check-in; the principal refuses them', async () => {
    const police = await browser.newContext({ baseURL: product.baseUrl, viewport: TABLET, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const p = await police.newPage();
    p.setDefaultTimeout(15_000);
    await signInStaff(p, product.account('congan.badinh'));
    await p.goto('/watchlist');
    const entry = p.locator('li.visitors-item').filter({ hasText: 'Đỗ Văn Theo Dõi' });
    await entry.getByRole('button', { name: 'Phê duyệt' }).click();
    await entry.getByText('Đang hiệu lực').waitFor();
    expect(await entry.innerText()).toContain('Duyệt: Thượng úy Hoàng Đức Minh');
    await police.close();

    await page.goto(`/schools/${product.creds.school}/visitors`);
    await page.getByLabel('Họ và tên').fill('DO VAN THEO DOI');
    await page.getByLabel('Mục đích đến trường').fill('Đón con');
    await page.getByRole('button', { name: 'Cho vào và in thẻ' }).click();
    await page.getByRole('alert').filter({ hasText: 'DỪNG: DO VAN THEO DOI trùng danh sách theo dõi' }).waitFor();
    await visitorItem('DO VAN THEO DOI').getByText('Bị giữ').waitFor();
    expect(await page.getByRole('link', { name: 'In thẻ khách' }).count()).toBe(0);
    await screenshot(page, 'visitors-desk-held-tablet');

    const admin = await browser.newContext({ baseURL: product.baseUrl, viewport: TABLET, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const a = await admin.newPage();
    a.setDefaultTimeout(15_000);
    await signInStaff(a, product.account('hieutruong'));
    const held = a.locator('li.visitors-item').filter({ hasText: 'DO VAN THEO DOI' });
    await held.getByRole('button', { name: 'Đúng người: không cho vào' }).waitFor();
    await screenshot(a, 'visitors-principal-held-tablet');
    await held.getByRole('button', { name: 'Đúng người: không cho vào' }).click();
    await a.getByRole('heading', { name: 'Khách bị giữ do trùng danh sách theo dõi' }).waitFor({ state: 'detached' });
    await admin.close();
    await visitorItem('DO VAN THEO DOI').getByText('Không cho vào').waitFor();

    // The same desk in English.
    await page.getByRole('button', { name: /EN/ }).click();
    await page.getByRole('heading', { name: 'Visitors at the gate' }).waitFor();
    await visitorItem('DO VAN THEO DOI').getByText('Refused').waitFor();
    await page.getByRole('button', { name: 'Start camera', exact: true }).waitFor();
    await screenshot(page, 'visitors-desk-english-tablet');
    await page.getByRole('button', { name: /VI/ }).click();
  });
});
