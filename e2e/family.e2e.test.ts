import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession } from './support/api-client.ts';
import { launchBrowser, openSession, screenshot, type Session } from './support/browser.ts';
import { startProduct, type Product } from './support/product.ts';
import { signInGuardian, signInStaff } from './support/sign-in.ts';

// Issue 4, "What it must show" point 3: on a phone, a guardian sees the child's timeline with the gate photo, changes the
// order of notification channels (kept after a reload), reads and answers a teacher's message (the teacher then sees the
// reply and that it was read), and the public verify page tells the school's registered number from an unknown one.
let product: Product;
let browser: Browser;
const sessions: Session[] = [];
let childId: string;
let childName: string;
let guardianId: string;
let verifyCode: string;
let snapshotLink: string;
const SUBJECT = 'Họp phụ huynh cuối tháng';
const TEACHER_TEXT = 'Mời chị dự họp phụ huynh lớp 6A1 lúc 8 giờ sáng thứ Bảy tại phòng 201.';
const REPLY = 'Dạ, tôi sẽ đến đúng giờ. Cảm ơn cô.';

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
  // Ground truth through the API: which child is the demo guardian's, and a gate passage with a photo for them.
  const teacher = await apiSession(product.baseUrl, product.account('gvcn.6a1'));
  const students = await teacher.get<Array<{ id: string; fullName: string; guardians: Array<{ id: string; phone: string | null }> }>>(
    `/api/schools/${product.creds.school}/students?classId=${product.creds.school}-6a1`);
  const child = students.find((s) => s.guardians.some((g) => g.phone === product.creds.guardianPhone))!;
  childId = child.id;
  childName = child.fullName;
  guardianId = child.guardians.find((g) => g.phone === product.creds.guardianPhone)!.id;
  // The child (aged 7+) agrees to photo sharing, recorded by the homeroom teacher; the parent's own consent is given below.
  await teacher.post('/api/assent', { studentId: childId, purpose: 'snapshot_sharing', decision: 'granted' });
  const principal = await apiSession(product.baseUrl, product.account('hieutruong'));
  const sim = await principal.post<{ links: Array<{ guardianId: string; url: string }> }>('/api/dev/passages', { studentId: childId, direction: 'in' });
  // The short-lived signed link the SMS would carry, pointed at this test's server.
  const link = new URL(sim.links.find((l) => l.guardianId === guardianId)!.url);
  snapshotLink = `${link.pathname}${link.search}`;
  const sent = await teacher.post<{ verifyCode: string }>('/api/family/threads', { audience: { kind: 'guardian', studentId: childId, guardianId }, subject: SUBJECT, body: TEACHER_TEXT });
  verifyCode = sent.verifyCode;
}, 240_000);

afterAll(async () => {
  for (const s of sessions) expect(s.unexpected, 'outbound requests outside the product').toEqual([]);
  await browser?.close();
  await product?.stop();
});

async function session(phone: boolean) {
  const s = await openSession(browser, product.baseUrl, { phone });
  sessions.push(s);
  return s;
}

const noSidewaysScroll = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(390);
const imageLoaded = (img: Locator) => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0);
const channelOrder = (page: Page) => page.getByRole('list', { name: 'Kênh nhận, theo thứ tự ưu tiên' }).locator(':scope > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-channel')));

describe('the guardian app on a phone', () => {
  let guardian: Session;

  it('shows the child’s timeline with the gate photo, and 111 is one tap away', async () => {
    guardian = await session(true);
    const { page } = guardian;
    await signInGuardian(page, product.baseUrl, `0${product.creds.guardianPhone.slice(2)}`, product.creds.guardianPhone);
    // The parent's own consent to photo sharing, as the consent page would send it.
    await page.evaluate(async (studentId) => {
      const me = await (await fetch('/api/me')).json();
      const texts = await (await fetch(`/api/students/${studentId}/consent`)).json();
      const r = await fetch('/api/consent', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ studentId, purpose: 'snapshot_sharing', decision: 'granted', textVersion: texts.texts.snapshot_sharing.version }) });
      if (!r.ok) throw new Error(`consent ${r.status}`);
    }, childId);
    const call = page.getByRole('link', { name: 'Gọi 111 – Tổng đài bảo vệ trẻ em' }).first();
    await expect(call.getAttribute('href')).resolves.toBe('tel:111');

    await page.getByRole('navigation', { name: 'Lối tắt' }).getByRole('link', { name: 'Sổ tin nhắn chính thức' }).waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'family-guardian-home-phone');
    await page.getByRole('link', { name: 'Hành trình đến trường' }).first().click();
    await page.getByRole('heading', { name: `Hành trình của ${childName}` }).waitFor();
    const today = page.getByRole('list', { name: 'Các ngày' }).locator(':scope > li').first();
    const entry = today.locator('.timeline-passage[data-direction="in"]').first();
    await expect(entry.innerText()).resolves.toMatch(/Vào trường\s+\d{2}:\d{2}/);
    const photo = entry.locator('img.thumb');
    await expect.poll(() => imageLoaded(photo), { timeout: 10_000 }).toBe(true);
    await expect(photo.getAttribute('alt')).resolves.toContain(childName);
    await expect(today.getByRole('heading').innerText()).resolves.toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    // Session marks appear once a session has started (the test may run at night): each one is a known status.
    for (const mark of await today.locator('.timeline-marks li').allInnerTexts()) expect(mark).toMatch(/^Buổi (sáng|chiều): (Có mặt|Đi muộn|Vắng mặt|Chưa đến|Nghỉ có phép|Đã ra về)/);
    await page.getByRole('link', { name: 'Gọi 111 – Tổng đài bảo vệ trẻ em' }).waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'family-timeline-phone');

    // The installable app: manifest with a Vietnamese name, and a service worker registered from the guardian's home.
    const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
    expect(manifest).toMatchObject({ short_name: 'Trường An', lang: 'vi', display: 'standalone' });
    await page.goto('/');
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? ''), { timeout: 10_000 }).toMatch(/\/sw\.js$/);
  });

  it('opens the signed link from the notification: asks to sign in first, then shows the photo and the passage', async () => {
    const stranger = await session(true);
    await stranger.page.goto(snapshotLink);
    await stranger.page.getByRole('link', { name: 'Đăng nhập để xem' }).waitFor();
    expect(stranger.apiCalls.filter((c) => c.includes('/api/snapshots/')), 'no picture before signing in').toEqual([]);
    const { page } = guardian;
    await page.goto(snapshotLink);
    const figure = page.locator('figure.snapshot-figure');
    await expect(figure.innerText()).resolves.toMatch(new RegExp(`${childName} \\(lớp 6A1\\) – Vào trường lúc \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}`));
    await expect.poll(() => imageLoaded(figure.locator('img')), { timeout: 10_000 }).toBe(true);
    await screenshot(page, 'family-snapshot-link-phone');
    // A tampered link shows nothing.
    await page.goto(snapshotLink.replace(/s=[^&]+/, 's=AAAAAAAAAAAAAAAAAAAAAA'));
    await page.getByText('Đường dẫn đã hết hạn hoặc không đúng').waitFor();
  });

  it('changes the order of notification channels and finds it kept after a reload', async () => {
    const { page } = guardian;
    await page.goto('/');
    await page.getByRole('link', { name: 'Cài đặt thông báo' }).first().click();
    await page.getByRole('heading', { name: 'Cài đặt thông báo' }).waitFor();
    await page.getByRole('button', { name: 'Bật thông báo' }).or(page.getByText('Trình duyệt này không hỗ trợ thông báo đẩy')).first().waitFor();
    await expect.poll(() => channelOrder(page)).toEqual(['zalo_zns', 'sms', 'web_push', 'email']);
    await page.getByRole('button', { name: 'Đưa lên: Thông báo trên ứng dụng này' }).click();
    await page.getByRole('button', { name: 'Đưa lên: Thông báo trên ứng dụng này' }).click();
    await page.getByRole('button', { name: 'Đưa xuống: Zalo' }).click();
    await expect.poll(() => channelOrder(page)).toEqual(['web_push', 'sms', 'zalo_zns', 'email']);
    await expect(page.getByRole('button', { name: 'Đưa lên: Thông báo trên ứng dụng này' }).isDisabled()).resolves.toBe(true);
    await page.getByLabel('Con ra về').uncheck();
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await page.getByText('Đã lưu cài đặt thông báo.').waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'family-settings-phone');

    await page.reload();
    await page.getByRole('heading', { name: 'Cài đặt thông báo' }).waitFor();
    await expect.poll(() => channelOrder(page)).toEqual(['web_push', 'sms', 'zalo_zns', 'email']);
    await expect(page.getByLabel('Con ra về').isChecked()).resolves.toBe(false);
    await expect(page.getByLabel('Con vào trường').isChecked()).resolves.toBe(true);
  });

  it('reads the teacher’s message, sees it in the ledger with its code, and replies', async () => {
    const { page } = guardian;
    await page.goto('/');
    await page.getByRole('link', { name: /^Tin nhắn từ nhà trường/ }).click();
    const list = page.getByRole('list', { name: 'Các cuộc trao đổi' });
    const item = list.locator(':scope > li').filter({ hasText: SUBJECT });
    await expect(item.innerText()).resolves.toContain('1 chưa đọc');
    await item.getByRole('link', { name: SUBJECT }).click();
    await page.getByRole('heading', { name: SUBJECT }).waitFor();
    await page.getByText(TEACHER_TEXT).waitFor();
    await page.getByText(`Mã xác thực: ${verifyCode}`).waitFor();
    await page.getByLabel('Nội dung trả lời').fill(REPLY);
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await page.getByText('Đã gửi.').waitFor();
    await page.getByRole('list', { name: SUBJECT }).locator(':scope > li[data-author="guardian"]').filter({ hasText: REPLY }).waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'family-thread-guardian-phone');

    await page.goto('/ledger');
    const entry = page.getByRole('list', { name: 'Sổ tin nhắn chính thức' }).locator(':scope > li').filter({ hasText: SUBJECT });
    await expect(entry.innerText()).resolves.toContain(`Mã: ${verifyCode}`);
    await screenshot(page, 'family-ledger-phone');
  });

  it('the teacher sees the reply and that the guardian read the message', async () => {
    const s = await session(true);
    const { page } = s;
    await signInStaff(page, product.account('gvcn.6a1'));
    await page.getByRole('navigation').getByRole('link', { name: 'Tin nhắn phụ huynh' }).click();
    await page.getByRole('heading', { name: 'Trao đổi với phụ huynh' }).waitFor();
    const item = page.getByRole('list', { name: 'Các cuộc trao đổi' }).locator(':scope > li').filter({ hasText: SUBJECT });
    await expect(item.innerText()).resolves.toContain('1 trả lời');
    await screenshot(page, 'family-threads-teacher-phone');
    await item.getByRole('link', { name: SUBJECT }).click();
    const messages = page.getByRole('list', { name: SUBJECT });
    await messages.locator(':scope > li[data-author="guardian"]').filter({ hasText: REPLY }).waitFor();
    const official = messages.locator(':scope > li[data-author="staff"]').first();
    await official.getByText('Đã đọc: 1/1').click();
    await expect(official.getByRole('list', { name: 'Tình trạng đọc' }).innerText()).resolves.toMatch(/đã đọc lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await noSidewaysScroll(page);
    await screenshot(page, 'family-thread-teacher-phone');

    // A message to the whole class from the form: every family of 6A1 is a recipient, and it gets its own code.
    await page.getByRole('link', { name: 'Tất cả tin nhắn' }).click();
    await page.getByRole('radio', { name: 'Cả lớp' }).check();
    await page.getByLabel('Tiêu đề').fill('Lịch nghỉ ngày Nhà giáo Việt Nam');
    await page.getByLabel('Nội dung').fill('Lớp 6A1 nghỉ học ngày 20/11, đi học lại bình thường ngày 21/11.');
    await page.getByRole('button', { name: 'Gửi tin nhắn' }).click();
    const done = page.getByText(/^Đã gửi tới \d+ gia đình\. Mã xác thực: TA-/);
    await expect(done.innerText()).resolves.toMatch(/^Đã gửi tới ([2-9]\d|\d{3}) gia đình/);
    await page.getByRole('list', { name: 'Các cuộc trao đổi' }).getByRole('link', { name: 'Lịch nghỉ ngày Nhà giáo Việt Nam' }).waitFor();
  });
});

describe('the principal’s scam-defence registry', () => {
  it('registers a staff number, which the public verify page then recognises', async () => {
    const { page } = await session(false);
    await signInStaff(page, product.account('hieutruong'));
    await page.getByRole('navigation').getByRole('link', { name: 'Chống lừa đảo' }).click();
    await page.getByRole('heading', { name: 'Chống lừa đảo', exact: true }).waitFor();
    const numbers = page.getByRole('list', { name: 'Số điện thoại đã đăng ký của trường' });
    await numbers.getByText('Đường dây nóng Trường THCS Nguyễn Trãi').waitFor();
    await page.getByLabel('Số điện thoại', { exact: true }).fill('0977 111 222');
    await page.getByLabel('Tên hiển thị').fill('Thầy Trần Văn Bảo – bảo vệ');
    await page.getByLabel('Vai trò').selectOption('security');
    await page.getByRole('button', { name: 'Thêm số' }).click();
    await page.getByText('Đã thêm số.').waitFor();
    await numbers.getByText('Thầy Trần Văn Bảo – bảo vệ').waitFor();
    await screenshot(page, 'family-scam-registry-desktop');
    const anon = await fetch(`${product.baseUrl}/api/public/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ value: '+84977111222' }) });
    await expect(anon.json()).resolves.toMatchObject({ registered: true, label: 'Thầy Trần Văn Bảo – bảo vệ' });
  });
});

describe('verify a caller (public, no sign-in)', () => {
  it('tells the school’s registered hotline from an unknown number, and checks a message code', async () => {
    const { page } = await session(true);
    await page.goto('/verify');
    await page.getByRole('heading', { name: 'Kiểm tra cuộc gọi, tin nhắn' }).waitFor();
    const field = page.getByLabel('Số điện thoại hoặc mã xác thực');
    await field.fill('024 3823 4567');
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    const ok = page.locator('.verify-result[data-registered="yes"]');
    await expect(ok.innerText()).resolves.toContain('ĐÃ ĐĂNG KÝ: Trường THCS Nguyễn Trãi');
    await expect(ok.innerText()).resolves.toContain('Đường dây nóng của trường');
    await screenshot(page, 'family-verify-registered-phone');

    await field.fill('0987 654 321');
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    const bad = page.locator('.verify-result[data-registered="no"]');
    await expect(bad.innerText()).resolves.toContain('KHÔNG ĐĂNG KÝ – hãy cúp máy');
    await expect(bad.getByRole('link', { name: 'Gọi 111 – Tổng đài bảo vệ trẻ em' }).getAttribute('href')).resolves.toBe('tel:111');
    await page.getByRole('region', { name: 'Cảnh báo lừa đảo từ nhà trường' }).getByRole('heading', { name: /con đang cấp cứu/ }).waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'family-verify-unknown-phone');

    await field.fill(verifyCode.toLowerCase());
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await expect(ok.innerText()).resolves.toContain('MÃ HỢP LỆ');
  });
});
