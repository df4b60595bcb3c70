import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, type Session } from './support/browser.ts';
import { productSuite } from './support/suite.ts';
import { ROOT } from './support/product.ts';
import { signInGuardian, signInStaff } from './support/sign-in.ts';

// Issue 6 as people use it: a pupil reports from a phone, the counsellor answers, the school escalates a case
// to the ward police, who see the 12-hour clock running; the named reporter's identity reaches neither the
// police nor a teacher.
const PHOTO = path.resolve(ROOT, '../shared/fixtures/faces/deepface_testset/_scenes_unlabelled/selfie-many-people.jpg');
const REPORTER_NAME = 'Trịnh Hoài Xuân Mai Độc Bản';
const REPORTER_PHONE = '0987 650 321';
const REPLY = 'Cảm ơn em đã báo. Thầy cô sẽ gặp em trong hôm nay, em yên tâm nhé.';

const suite = productSuite();
const receipt = { code: '', passphrase: '' };
let namedCode = '';
let namedCaseUrl = '';
let anonCaseUrl = '';
/** The ward police officer's phone, open on the home screen before the school escalates. */
let police: Session;

async function session(phone: boolean) {
  const s = await suite.open(phone);
  return s;
}

/** Signs in like a person; on failure keeps a screenshot of what the page showed instead. */
async function signIn(page: Page, username: string) {
  await signInStaff(page, suite.product.account(username)).catch(async (e) => { await screenshot(page, `cases-failed-sign-in-${username}`); throw e; });
}

const text = (page: Page) => page.locator('body').innerText();

/** Fills and sends the public form; returns the code and passphrase shown on the receipt. */
async function fileReport(page: Page, r: { category: string; what: string; where?: string; photo?: string; name?: string; phone?: string }, shot: string) {
  await page.goto('/report');
  await page.getByRole('heading', { name: 'Báo cáo sự việc', level: 1 }).waitFor();
  await page.getByLabel('Trường', { exact: true }).selectOption(suite.product.creds.school);
  await page.getByLabel('Chuyện gì đã xảy ra?').selectOption(r.category);
  await page.getByLabel('Kể lại sự việc').fill(r.what);
  if (r.where) await page.getByLabel('Ở đâu? (không bắt buộc)').fill(r.where);
  if (r.photo) {
    await page.getByLabel('Ảnh (không bắt buộc)').setInputFiles(r.photo);
    await page.getByRole('button', { name: `Bỏ ảnh ${path.basename(r.photo)}` }).waitFor();
  }
  if (r.name) {
    await page.getByLabel('Gửi ẩn danh (nhà trường không biết ai gửi)').uncheck();
    await page.getByLabel('Tên của bạn').fill(r.name);
    await page.getByLabel('Số điện thoại để nhà trường liên hệ').fill(r.phone ?? '');
  }
  await screenshot(page, `${shot}-form`);
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.getByRole('heading', { name: 'Đã gửi báo cáo' }).waitFor({ timeout: 30_000 });
  const code = await page.getByLabel('Mã theo dõi').innerText();
  const passphrase = await page.getByLabel('Mật khẩu').innerText();
  await screenshot(page, `${shot}-receipt`, { viewport: true });
  return { code, passphrase };
}

describe('cases in the browser', () => {
  it('an anonymous pupil reports with a photo from a phone and gets a code and passphrase to write down', async () => {
    const { page } = await session(true);
    await page.goto('/signin');
    await page.getByRole('link', { name: 'Báo cáo sự việc (có thể ẩn danh)' }).click();
    // 111 and the school's hotline are tel: links on the form.
    await expect(page.locator('a[href="tel:111"]').count()).resolves.toBeGreaterThan(0);
    const r = await fileReport(page, {
      category: 'violence_physical', what: 'Một bạn lớp 7A2 bị nhóm bạn đánh ở nhà xe sau giờ học, có quay video.', where: 'Nhà xe', photo: PHOTO,
    }, 'cases-anonymous-phone');
    expect(r.code).toMatch(/^TA-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(r.passphrase).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await expect(text(page)).resolves.toContain('Hãy ghi lại mã và mật khẩu này');
    await expect(page.locator('a[href^="tel:02438234567"]').count()).resolves.toBe(1);
    // Phone-first: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    Object.assign(receipt, r);
  });

  it('the counsellor sees the photo and replies in the anonymous chat', async () => {
    const { page } = await session(false);
    await signIn(page, 'tuvan');
    await page.getByRole('navigation').getByRole('link', { name: 'Vụ việc', exact: true }).click();
    await page.getByRole('link', { name: `Mở hồ sơ ${receipt.code}` }).click();
    await page.getByRole('heading', { name: receipt.code, level: 1 }).waitFor();
    anonCaseUrl = new URL(page.url()).pathname;
    const img = page.getByRole('img', { name: path.basename(PHOTO) });
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    await page.getByLabel('Trả lời người báo tin').fill(REPLY);
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.getByRole('list', { name: 'Trao đổi ẩn danh với người báo tin' }).getByText(REPLY).waitFor();
    await screenshot(page, 'cases-counsellor-case-desktop');
  });

  it('later, the pupil opens the chat with code and passphrase, reads the reply (no staff name) and answers', async () => {
    const { page } = await session(true);
    await page.goto('/report/follow-up');
    await page.getByLabel('Mã theo dõi').fill(receipt.code.toLowerCase());
    await page.getByLabel('Mật khẩu').fill(receipt.passphrase);
    await page.getByRole('button', { name: 'Mở', exact: true }).click();
    const chat = page.getByRole('list', { name: 'Trao đổi với nhà trường' });
    await chat.getByText(REPLY).waitFor();
    await expect(chat.innerText()).resolves.not.toContain('Đỗ Khánh Linh');
    await page.getByLabel('Tin nhắn cho nhà trường').fill('Em cảm ơn cô ạ.');
    await page.getByRole('button', { name: 'Gửi tin nhắn' }).click();
    await chat.getByText('Em cảm ơn cô ạ.').waitFor();
    await screenshot(page, 'cases-follow-up-chat-phone');
  });

  it('a named report: the principal triages it and escalates it as abuse; the 12-hour clock starts', async () => {
    const pupil = await session(true);
    namedCode = (await fileReport(pupil.page, {
      category: 'violence_physical', what: 'Em bị dượng đánh bằng thắt lưng ở nhà nhiều lần, trên tay còn vết bầm.', name: REPORTER_NAME, phone: REPORTER_PHONE,
    }, 'cases-named-phone')).code;

    // The police officer already has the home screen open: the escalation must reach it without a reload.
    police = await session(true);
    await signIn(police.page, 'congan.badinh');
    await police.page.getByText('Không có vụ việc nào đang chờ tiếp nhận.').waitFor();
    await police.page.getByText('Đang cập nhật trực tiếp').first().waitFor();

    const { page } = await session(false);
    await signIn(page, 'hieutruong');
    await page.goto('/cases');
    await page.getByRole('link', { name: `Mở hồ sơ ${namedCode}` }).click();
    await page.getByRole('heading', { name: namedCode, level: 1 }).waitFor();
    namedCaseUrl = new URL(page.url()).pathname;
    await expect(text(page)).resolves.not.toContain(REPORTER_NAME); // not even the principal sees it without asking
    await page.getByLabel('Mức ưu tiên').selectOption('urgent');
    await page.getByLabel('Người phụ trách').selectOption({ label: 'Tôi — Phạm Thị Lan (Hiệu trưởng)' }); // the school's handlers, from /staff
    await page.getByRole('button', { name: 'Lưu phân loại' }).click();
    await page.getByRole('button', { name: 'Chuyển sang "Đã phân loại"' }).click();
    await page.locator('.badge', { hasText: 'Đã phân loại' }).first().waitFor();
    await page.getByLabel('Ghi chú cho cơ quan (không bắt buộc)').fill('Nghi bạo hành trẻ em tại gia đình; đề nghị công an phường xác minh.');
    await page.getByRole('button', { name: 'Chuyển ngay' }).click();
    await page.getByRole('list', { name: 'Cơ quan phối hợp' }).getByText('Đã được báo, chưa tiếp nhận').first().waitFor();
    await expect(page.getByRole('timer').first().innerText()).resolves.toMatch(/^còn (12:00:00|1[01]:\d\d:\d\d)$/);
    await screenshot(page, 'cases-principal-escalated-desktop');
  });

  it('the ward police officer is told at once on the open home screen and sees the clock running; never the reporter', async () => {
    const { page } = police;
    const panel = page.getByRole('list', { name: 'Vụ việc mới chuyển đến' });
    await panel.getByRole('link', { name: `Mở hồ sơ ${namedCode}` }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Có vụ việc mới được chuyển đến' }).waitFor();
    await screenshot(page, 'cases-police-home-phone');
    await panel.getByRole('link', { name: `Mở hồ sơ ${namedCode}` }).click();
    const timer = page.getByRole('timer').first();
    const first = await timer.innerText();
    expect(first).toMatch(/^còn (12:00:00|1[01]:\d\d:\d\d)$/);
    await expect.poll(() => timer.innerText(), { timeout: 5_000 }).not.toBe(first); // the clock ticks
    await expect(text(page)).resolves.toContain('dượng đánh bằng thắt lưng'); // facts reach the police…
    await page.getByRole('button', { name: 'Tiếp nhận' }).click();
    await page.getByLabel('Đề nghị nhà trường bổ sung thông tin').fill('Đề nghị nhà trường cung cấp địa chỉ gia đình và lịch học của em.');
    await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await page.getByRole('list', { name: 'Trao đổi với cơ quan' }).getByText('cung cấp địa chỉ gia đình').waitFor();
    await screenshot(page, 'cases-police-case-phone');
    const caseId = namedCaseUrl.split('/').pop();
    expect((await page.request.get(`/api/cases/${caseId}/reporter?reason=xac%20minh`)).status()).toBe(403);
    for (const p of [namedCaseUrl, '/cases', '/']) {
      await page.goto(p);
      await page.getByRole('button', { name: 'Đăng xuất' }).waitFor().catch(async (e) => { await screenshot(page, `cases-debug-${p.replace(/\W/g, '_')}`); throw e; });
      await page.waitForLoadState('networkidle');
      const body = await text(page);
      expect(body).not.toContain(REPORTER_NAME); // …the reporter does not
      expect(body).not.toContain('Xuân Mai');
      expect(body).not.toContain('650 321');
    }
    // The ward's dashboard: counts per school of the ward, aggregates only.
    await page.getByRole('navigation').getByRole('link', { name: 'Thống kê vụ việc' }).click();
    await page.getByRole('img', { name: 'Theo trường' }).waitFor();
    await expect(page.getByRole('img', { name: 'Theo trường' }).textContent()).resolves.toContain('Trường THCS Nguyễn Trãi');
    await screenshot(page, 'cases-police-stats-phone');
  });

  it('a teacher sees no case and no reporter; the principal sees the police status and may reveal the name with a reason', async () => {
    const teacher = await session(false);
    await signIn(teacher.page, 'gvcn.6a1');
    for (const p of [namedCaseUrl, '/cases']) {
      await teacher.page.goto(p);
      await teacher.page.getByRole('alert').waitFor(); // the API refuses a teacher every case
      await screenshot(teacher.page, `cases-teacher-refused${p === '/cases' ? '-list' : ''}-desktop`);
    }
    await teacher.page.goto('/');
    await teacher.page.getByRole('link', { name: 'Báo cáo sự việc (có thể ẩn danh)' }).waitFor(); // what a teacher may do: report
    for (const p of [namedCaseUrl, '/cases', '/']) {
      await teacher.page.goto(p);
      await teacher.page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      await teacher.page.waitForLoadState('networkidle');
      const body = await text(teacher.page);
      expect(body).not.toContain(REPORTER_NAME);
      expect(body).not.toContain('Xuân Mai');
      expect(body).not.toContain('thắt lưng');
    }

    const { page } = await session(false);
    await signIn(page, 'hieutruong');
    await page.goto(namedCaseUrl);
    await page.getByRole('list', { name: 'Cơ quan phối hợp' }).getByText('Đề nghị bổ sung thông tin').waitFor();
    await page.getByText('Xem danh tính người báo tin').click();
    await page.getByLabel('Lý do xem (được ghi vào nhật ký)').fill('Cần liên hệ em để bảo vệ kịp thời');
    await page.getByRole('button', { name: 'Xem', exact: true }).click();
    await page.getByText(REPORTER_NAME).waitFor(); // the name is real and distinctive: the checks above could have failed
    await screenshot(page, 'cases-principal-reporter-desktop');
  });

  it('the principal reads the dashboard and downloads the .xlsx and PDF the API produces', async () => {
    const { page } = await session(true);
    await signIn(page, 'hieutruong');
    await page.getByRole('navigation').getByRole('link', { name: 'Thống kê vụ việc' }).click();
    await page.getByRole('img', { name: 'Theo loại' }).waitFor();
    const total = Number(await page.locator('.stat').first().locator('dd').innerText());
    expect(total).toBeGreaterThanOrEqual(2);
    for (const [name, type] of [['Tải báo cáo Excel (.xlsx)', 'spreadsheetml'], ['Tải báo cáo PDF', 'application/pdf']] as const) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const res = await page.request.get(href!);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain(type);
    }
    await screenshot(page, 'cases-stats-phone');
  });

  it("a guardian has 111, the school's own hotline and the report form one tap away", async () => {
    const { page } = await session(true);
    const phone = suite.product.creds.guardianPhone;
    await signInGuardian(page, suite.product.baseUrl, `0${phone.slice(2)}`, phone);
    const help = page.getByRole('complementary', { name: '111 — Tổng đài bảo vệ trẻ em' }).first();
    await help.locator('a[href="tel:111"]').waitFor();
    await help.getByRole('link', { name: 'Đường dây nóng Trường THCS Nguyễn Trãi: 024 3823 4567' }).waitFor();
    await expect(help.getByRole('link', { name: 'Đường dây nóng Trường THCS Nguyễn Trãi: 024 3823 4567' }).getAttribute('href')).resolves.toBe('tel:02438234567');
    await page.getByRole('link', { name: 'Báo cáo sự việc (có thể ẩn danh)' }).first().click();
    await page.getByRole('heading', { name: 'Báo cáo sự việc', level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel('Trường', { exact: true }).inputValue()).toBe(suite.product.creds.school); // their child's school
    await screenshot(page, 'cases-guardian-report-phone', { viewport: true });
  });

  it('the principal logs a hotline call, records a TT 19/2025 outcome (only the allowed ones), completes a task and closes with a reason', async () => {
    const { page } = await session(false);
    await signIn(page, 'hieutruong');
    await page.goto('/cases/call');
    await page.getByLabel('Chuyện gì đã xảy ra?').selectOption('scam');
    await page.getByLabel('Kể lại sự việc').fill('Phụ huynh gọi: có người giả danh giáo viên chủ nhiệm đòi chuyển tiền học thêm.');
    await page.getByRole('button', { name: 'Lưu thành hồ sơ' }).click();
    await page.getByText('qua Đường dây nóng').waitFor();
    await page.getByText('Người báo qua điện thoại nên không có kênh trao đổi ẩn danh.').waitFor();

    await page.goto(anonCaseUrl);
    await page.getByLabel('Hình thức', { exact: true }).waitFor();
    await expect.poll(() => page.getByLabel('Hình thức', { exact: true }).locator('option').allTextContents()).toEqual(['…', 'Nhắc nhở', 'Phê bình', 'Viết bản tự kiểm điểm']); // lower secondary: no apology band, never suspension
    await page.getByLabel('Học sinh (tên hoặc mã)').fill('HS lớp 7A2 (nhóm đánh bạn)');
    await page.getByLabel('Hình thức', { exact: true }).selectOption('self_assessment');
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await page.getByText('Viết bản tự kiểm điểm (TT 19/2025)').waitFor();
    await page.getByLabel('Việc mới').fill('Gặp phụ huynh các em liên quan');
    await page.getByRole('button', { name: 'Thêm việc' }).click();
    await page.getByRole('button', { name: 'Đánh dấu xong: Gặp phụ huynh các em liên quan' }).click();
    await page.locator('.cases-done', { hasText: 'Gặp phụ huynh các em liên quan' }).waitFor();
    await page.locator('summary', { hasText: 'Đóng hồ sơ' }).click();
    await page.getByLabel('Lý do đóng (bắt buộc)').fill('Đã hoà giải, các em viết bản tự kiểm điểm, phụ huynh đã được gặp.');
    await page.getByRole('button', { name: 'Đóng hồ sơ' }).click();
    await page.getByText('Đã đóng. Lý do: Đã hoà giải').waitFor();
    await screenshot(page, 'cases-principal-closed-desktop');
  });
});
