import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiSession } from './support/api-client.ts';
import { openSession, screenshot, type Session } from './support/browser.ts';
import { productSuite } from './support/suite.ts';
import { ROOT } from './support/product.ts';
import { signInGuardian, signInStaff } from './support/sign-in.ts';

// Issue 7, "What it must show" 1: a ward police officer creates a campaign for the schools of the ward; the school
// records an activity with an evidence photo; two pupils acknowledge and take the quiz on a phone; the officer's
// dashboard shows reach per school and the downloaded .xlsx carries the same figures as the test's own count.
const suite = productSuite();
const { sessions } = suite;
const EVIDENCE = path.join(ROOT, '../shared/fixtures/faces/face_recognition_examples/_scenes_multi_person/two_people.jpg');
const TITLE = 'Không một mình – Cùng nhau an toàn trực tuyến';
let campaignUrl = '';

async function signedIn(username: string, phone: boolean): Promise<Session> {
  const s = await suite.open(phone);
  await signInStaff(s.page, suite.product.account(username));
  return s;
}

const imageLoaded = (page: Page, selector: string) => page.locator(selector).first()
  .evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0);

describe('prevention campaign', () => {
  let officer: Session;

  it('the ward police officer creates a campaign for the schools of the ward, each material with its QR code', async () => {
    officer = await signedIn('congan.badinh', false);
    const { page } = officer;
    await page.getByRole('navigation').getByRole('link', { name: 'Chiến dịch', exact: true }).click();
    await page.getByRole('link', { name: 'Tạo chiến dịch' }).click();
    await page.getByLabel('Tên chiến dịch').fill(TITLE);
    await page.getByLabel('Mục đích, nội dung chính').fill('Phòng chống dụ dỗ, "bắt cóc online" cho học sinh phường Ba Đình.');
    await page.getByLabel(/^Cả Phường Ba Đình/).check();
    await page.getByLabel('Thông điệp chính').fill('Không gửi ảnh riêng tư cho người lạ\nBị đe dọa: kể với cha mẹ, gọi 111');
    await page.getByRole('button', { name: 'Thêm tài liệu' }).click();
    await page.getByLabel('Loại tài liệu 1').selectOption('video');
    await page.getByLabel('Tên tài liệu 1').fill('Video tuyên truyền');
    await page.getByLabel('Đường dẫn tài liệu 1').fill('https://example.org/video/khong-mot-minh');
    await expect.poll(() => imageLoaded(page, 'img[alt="Mã QR: Video tuyên truyền"]')).toBe(true);
    await page.getByRole('button', { name: 'Thêm hoạt động bắt buộc' }).click();
    await page.getByLabel('Hoạt động bắt buộc 1').fill('Chào cờ chuyên đề');
    await page.getByLabel('Hình thức hoạt động 1').selectOption('assembly');
    for (const [i, q, opts, correct] of [[0, 'Người lạ trên mạng đòi ảnh riêng tư, em làm gì?', 'Gửi ngay\nTừ chối và kể với cha mẹ', '1'],
      [1, 'Số điện thoại bảo vệ trẻ em?', '111\n1080\n116', '0']] as const) {
      await page.getByRole('button', { name: 'Thêm câu hỏi' }).click();
      await page.getByLabel(`Câu hỏi ${i + 1}`, { exact: true }).fill(q);
      await page.getByLabel(`Các phương án của câu ${i + 1}`).fill(opts);
      await page.getByLabel(`Đáp án đúng của câu ${i + 1}`).selectOption(correct);
    }
    await screenshot(page, 'prevention-officer-create-desktop');
    await page.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    campaignUrl = new URL(page.url()).pathname;
    expect(campaignUrl).toMatch(/^\/campaigns\/[\w-]+$/);
    // Ground truth from the API: addressed to the ward's school, and to no school of another ward.
    const api = await apiSession(suite.product.baseUrl, suite.product.account('congan.badinh'));
    const c = await api.get<{ schoolIds: string[]; ownerKind: string; materials: Array<{ qrPayload: string }> }>(`/api${campaignUrl}`);
    expect(c.schoolIds).toEqual([suite.product.creds.school]);
    expect(c.ownerKind).toBe('ward');
    expect(c.materials[0]!.qrPayload).toBe('https://example.org/video/khong-mot-minh');
    await expect.poll(() => imageLoaded(page, 'img[alt="Mã QR: Video tuyên truyền"]')).toBe(true);
    await screenshot(page, 'prevention-officer-campaign-desktop');
  });

  it('the school records an activity with an evidence photo', async () => {
    const { page } = await signedIn('hieutruong', true);
    await page.goto('/campaigns');
    await page.getByRole('link', { name: TITLE }).click();
    const form = page.getByRole('form', { name: 'Ghi nhận hoạt động của trường' });
    await form.getByLabel('Hình thức').selectOption('assembly');
    await form.getByLabel('Thuộc hoạt động bắt buộc').selectOption({ label: 'Chào cờ chuyên đề' });
    await form.getByLabel('6A1', { exact: true }).check();
    await form.getByLabel('Số người tham gia').fill('240');
    await form.getByLabel('Ảnh minh chứng').setInputFiles(EVIDENCE);
    await form.getByRole('button', { name: 'Lưu hoạt động' }).click();
    await page.getByText('Đã lưu hoạt động.').waitFor();
    const list = page.getByRole('list', { name: 'Hoạt động các trường đã ghi nhận' });
    await list.getByText('240 người tham gia').waitFor();
    await expect.poll(() => imageLoaded(page, 'img[alt="Ảnh minh chứng 1"]')).toBe(true);
    await screenshot(page, 'prevention-school-activity-phone');
  });

  const answered: Array<{ username: string; score: number }> = [];
  let guardians = 0;

  it('two pupils acknowledge the key messages and take the quiz on a phone', async () => {
    for (const [username, answers, score] of [['hs.6a1.01', ['Từ chối và kể với cha mẹ', '111'], 2], ['hs.6a1.02', ['Từ chối và kể với cha mẹ', '116'], 1]] as const) {
      const { page } = await signedIn(username, true);
      await page.getByRole('link', { name: 'Chiến dịch: đọc thông điệp, làm bài' }).click();
      await page.getByRole('list', { name: 'Chiến dịch tuyên truyền' }).getByRole('listitem').filter({ hasText: TITLE }).getByText('Chưa xác nhận').waitFor();
      await page.getByRole('link', { name: TITLE }).click();
      await page.getByText('Không gửi ảnh riêng tư cho người lạ').first().waitFor();
      await page.getByLabel('Em đã đọc và hiểu các thông điệp chính của chiến dịch.').check();
      await page.getByRole('group', { name: /^1\. / }).getByLabel(answers[0]).check();
      await page.getByRole('group', { name: /^2\. / }).getByLabel(answers[1], { exact: true }).check();
      if (username === 'hs.6a1.01') await screenshot(page, 'prevention-student-quiz-phone');
      await page.getByRole('button', { name: 'Gửi xác nhận và bài làm' }).click();
      await page.getByText(`Kết quả: đúng ${score}/2 câu.`).waitFor();
      // The phone layout must not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      if (username === 'hs.6a1.01') await screenshot(page, 'prevention-student-result-phone');
      // A second visit shows the counted result, not the quiz again.
      await page.reload();
      await page.getByText(`Kết quả: đúng ${score}/2 câu.`).waitFor();
      await page.goto('/campaigns');
      await page.getByRole('list', { name: 'Chiến dịch tuyên truyền' }).getByRole('listitem').filter({ hasText: TITLE }).getByText('Đã xác nhận').waitFor();
      await page.getByRole('link', { name: TITLE }).click();
      answered.push({ username, score });
    }
  });

  it('a guardian acknowledges for their child on a phone; their answer is counted apart from the pupils', async () => {
    const s = await openSession(suite.browser, suite.product.baseUrl, { phone: true });
    sessions.push(s);
    const phone = suite.product.creds.guardianPhone;
    await signInGuardian(s.page, suite.product.baseUrl, `0${phone.slice(2)}`, phone);
    await s.page.getByRole('link', { name: 'Chiến dịch: đọc thông điệp, làm bài' }).click();
    await s.page.getByRole('link', { name: TITLE }).click();
    await s.page.getByLabel('Tôi đã đọc và hiểu các thông điệp chính của chiến dịch.').check();
    await s.page.getByRole('group', { name: /^1\. / }).getByLabel('Từ chối và kể với cha mẹ').check();
    await s.page.getByRole('group', { name: /^2\. / }).getByLabel('111', { exact: true }).check();
    await s.page.getByRole('button', { name: 'Gửi xác nhận và bài làm' }).click();
    await s.page.getByText('Kết quả: đúng 2/2 câu.').waitFor();
    guardians += 1;
  });

  it('a pupil reads a safety lesson and acknowledges it; the principal prints it as a QR poster', async () => {
    const pupil = sessions[2]!; // hs.6a1.01, still signed in on the phone
    const { page } = pupil;
    await page.getByRole('navigation').getByRole('link', { name: 'Bài học an toàn', exact: true }).click();
    await page.getByRole('heading', { name: 'An toàn giao thông ở cổng trường' }).waitFor();
    await page.getByRole('button', { name: 'Đã đọc và hiểu: An toàn giao thông ở cổng trường' }).click();
    await page.getByRole('article', { name: 'An toàn giao thông ở cổng trường' }).getByText('Đã xác nhận').waitFor();
    await screenshot(page, 'prevention-student-lessons-phone');

    const principal = sessions[1]!;
    await principal.page.goto('/lessons');
    const lesson = principal.page.getByRole('article', { name: 'An toàn giao thông ở cổng trường' });
    await lesson.getByText(/Đã xác nhận tại trường: 1 học sinh/).waitFor();
    await lesson.getByRole('link', { name: 'In áp phích QR' }).click();
    await expect.poll(() => imageLoaded(principal.page, 'img[alt^="Mã QR tới bài học"]')).toBe(true);
    await principal.page.emulateMedia({ media: 'print' });
    expect(await principal.page.locator('.app-header').isVisible()).toBe(false); // the poster prints without the app around it
    await screenshot(principal.page, 'prevention-lesson-poster-print');
    await principal.page.emulateMedia({ media: 'screen' });
  });

  it("the officer's dashboard shows reach per school, and the downloaded .xlsx and PDF carry the test's own count", async () => {
    const { page } = officer;
    await page.goto(campaignUrl);
    const principal = await apiSession(suite.product.baseUrl, suite.product.account('hieutruong'));
    const structure = await principal.get<{ classes: Array<{ students: number }> }>(`/api/schools/${suite.product.creds.school}`);
    const enrolled = structure.classes.reduce((s, c) => s + c.students, 0);
    const acknowledged = answered.length;
    const expected = {
      students: enrolled, acknowledged, reachPct: Math.round((acknowledged / enrolled) * 1000) / 10, quizzed: acknowledged,
      averageScorePct: Math.round((answered.reduce((s, a) => s + a.score, 0) / (acknowledged * 2)) * 1000) / 10,
      activities: 1, participants: 240, requiredDone: 1, completionPct: 100,
    };
    expect([expected.acknowledged, expected.averageScorePct, guardians]).toEqual([2, 75, 1]);

    const row = page.getByRole('table', { name: 'Theo trường' }).getByRole('row', { name: /Trường THCS Nguyễn Trãi/ });
    await row.waitFor();
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.trim());
    const vn = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
    expect(cells.slice(0, 8)).toEqual([vn(expected.students), '2', `${vn(expected.reachPct)}%`, '2', '75%', String(guardians), '1', '240']);
    expect(cells[8]).toContain('100%');
    await screenshot(page, 'prevention-officer-dashboard-desktop');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Xuất Excel (.xlsx)' }).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Theo trường')!;
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    const values = (ws.getRow(4).values as unknown[]).slice(1);
    const cell = (h: string) => values[header.indexOf(h)];
    expect(cell('Trường')).toBe('Trường THCS Nguyễn Trãi');
    expect([cell('Số học sinh'), cell('HS đã xác nhận'), cell('Độ phủ (%)'), cell('HS làm bài kiểm tra'), cell('Điểm TB (%)'), cell('PH đã xác nhận'),
      cell('Số hoạt động'), cell('Lượt tham gia'), cell('HĐ bắt buộc đã làm'), cell('Hoàn thành (%)')])
      .toEqual([expected.students, expected.acknowledged, expected.reachPct, expected.quizzed, expected.averageScorePct, guardians, expected.activities,
        expected.participants, expected.requiredDone, expected.completionPct]);
    expect(ws.rowCount).toBe(4); // one school: the ward's, and no other

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Xuất PDF' }).click()]);
    const bytes = fs.readFileSync((await pdf.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/FontFile2/); // an embedded TrueType font: Vietnamese glyphs print
  });
});
