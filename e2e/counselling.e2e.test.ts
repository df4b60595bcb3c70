import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiSession } from './support/api-client.ts';
import { screenshot, type Session } from './support/browser.ts';
import { productSuite } from './support/suite.ts';
import { signInStaff } from './support/sign-in.ts';

// Issue 7, "What it must show" 2: a pupil asks for counselling anonymously on a phone; the counsellor schedules it and
// writes a note; a homeroom teacher and the principal cannot read the note (API status from their own browser, and the
// screen), and every read by the counsellor is in the audit log.
const suite = productSuite();
const SECRET = 'GHI-CHU-MAT: em lo lắng vì bị người lạ nhắn tin đe dọa';
const MESSAGE = 'Em bị một người lạ nhắn tin đe dọa trên mạng, em sợ lắm.';

async function signedIn(username: string, phone: boolean): Promise<Session> {
  const s = await suite.open(phone);
  await signInStaff(s.page, suite.product.account(username));
  return s;
}

/** A fetch made by the page itself, with its own session cookie: what this person's browser would get. */
const browserFetch = (page: Page, path: string) => page.evaluate(async (p) => {
  const res = await fetch(p, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  return { status: res.status, text: await res.text() };
}, path);

describe('counselling', () => {
  let student: Session;
  let counsellor: Session;
  let handle = '';
  let requestId = '';

  it('a pupil asks for counselling anonymously from the phone and gets a reply code', async () => {
    student = await signedIn('hs.6a1.01', true);
    const { page } = student;
    await page.getByRole('link', { name: 'Cần tư vấn? Gửi yêu cầu' }).click();
    await page.getByRole('link', { name: /111/ }).first().waitFor(); // the child-protection line, one tap away
    expect(await page.getByRole('link', { name: /111/ }).first().getAttribute('href')).toBe('tel:111');
    await page.getByLabel('Chủ đề').selectOption({ label: 'Tâm lý' });
    await page.getByLabel('Em muốn chia sẻ điều gì?').fill(MESSAGE);
    await page.getByLabel('Gửi ẩn danh').check();
    await page.getByRole('button', { name: 'Gửi yêu cầu tư vấn' }).click();
    // The phone layout must not scroll sideways (the 111 box included).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    handle = (await page.getByLabel('Mã theo dõi của em').innerText()).trim();
    expect(handle).toMatch(/^[\w-]{12,}$/);
    await screenshot(page, 'counselling-student-anonymous-phone');
  });

  it('the counsellor sees it without a name, schedules a session and writes a note', async () => {
    counsellor = await signedIn('tuvan', false);
    const { page } = counsellor;
    await page.getByRole('navigation').getByRole('link', { name: 'Tư vấn', exact: true }).click();
    const item = page.getByRole('list', { name: 'Yêu cầu tư vấn' }).getByRole('listitem').filter({ hasText: MESSAGE });
    await item.getByText('Học sinh ẩn danh').waitFor();
    expect(await item.innerText()).not.toMatch(new RegExp(suite.product.account('hs.6a1.01').displayName));
    await item.getByRole('link', { name: 'Mở' }).click();
    await page.getByRole('heading', { name: 'Yêu cầu tư vấn', level: 1 }).waitFor();
    requestId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByLabel('Thời gian').fill('2027-01-12T09:30');
    await page.getByRole('button', { name: 'Xếp lịch' }).click();
    await page.getByRole('list', { name: 'Các buổi tư vấn' }).getByText('12/01/2027 09:30').waitFor();
    await page.getByLabel('Nhóm nội dung (Thông tư 18/2025)').selectOption('psychology');
    await page.getByLabel('Cần theo dõi').check();
    await page.getByLabel('Nội dung ghi chép').fill(SECRET);
    await page.getByRole('button', { name: 'Lưu ghi chép' }).click();
    await page.getByRole('list', { name: 'Ghi chép bảo mật' }).getByText(SECRET).waitFor();
    await screenshot(page, 'counselling-counsellor-request-desktop');
  });

  it('the pupil sees the appointment with the reply code only', async () => {
    const { page } = student;
    await page.reload();
    await page.getByLabel('Mã theo dõi', { exact: true }).fill(handle);
    await page.getByRole('button', { name: 'Xem tình trạng' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Đã xếp lịch' });
    await status.getByText(/12\/01\/2027 09:30 tại Phòng tư vấn học đường/).waitFor();
    expect(await status.innerText()).not.toContain(SECRET);
    await screenshot(page, 'counselling-student-status-phone');
  });

  for (const [username, label] of [['gvcn.6a1', 'teacher'], ['hieutruong', 'principal']] as const) {
    it(`the ${label} cannot read the notes, in the API or on screen, and sees counts only`, async () => {
      const { page } = await signedIn(username, label === 'teacher');
      const notes = await browserFetch(page, `/api/counselling/requests/${requestId}/notes`);
      expect(notes.status).toBe(403);
      expect(notes.text).not.toContain('GHI-CHU-MAT');
      expect((await browserFetch(page, '/api/counselling/requests')).status).toBe(403);

      await page.goto(`/counselling/${requestId}`);
      await page.getByRole('alert').waitFor();
      expect(await page.locator('main').innerText()).not.toMatch(/GHI-CHU-MAT|nhắn tin đe dọa/);

      await page.goto('/counselling');
      await page.getByText('Nội dung tư vấn và ghi chép chỉ cán bộ tư vấn được xem', { exact: false }).waitFor();
      const counts = page.getByRole('definition').first();
      await counts.waitFor();
      const requests = page.locator('.counselling-counts .stat').filter({ hasText: 'Yêu cầu' }).locator('dd');
      expect(Number(await requests.innerText())).toBeGreaterThanOrEqual(1);
      const main = await page.locator('main').innerText();
      expect(main).not.toMatch(/GHI-CHU-MAT|nhắn tin đe dọa/);
      expect(main).toContain('Tâm lý: 1');
      await screenshot(page, `counselling-${label}-counts-${label === 'teacher' ? 'phone' : 'desktop'}`);
      if (label === 'teacher') {
        // A teacher refers a pupil of the own class; the counsellor's queue gets it with the pupil's name.
        const form = page.getByRole('form', { name: 'Giới thiệu học sinh tới tư vấn' });
        const options = await form.getByLabel('Học sinh').locator('option').allInnerTexts();
        expect(options.length).toBeGreaterThan(1);
        const pupil = options[1]!;
        await form.getByLabel('Học sinh').selectOption({ label: pupil });
        await form.getByLabel('Điều thầy cô / phụ huynh lo lắng').fill('Em dạo này hay ngồi một mình, ít nói.');
        await form.getByRole('button', { name: 'Gửi giới thiệu' }).click();
        await form.getByText('Đã gửi tới thầy cô tư vấn.').waitFor();
        await counsellor.page.goto('/counselling');
        const referred = counsellor.page.getByRole('list', { name: 'Yêu cầu tư vấn' }).getByRole('listitem').filter({ hasText: 'Giáo viên giới thiệu' });
        await referred.getByText(pupil.replace(/ \(.*\)$/, '')).waitFor();
      }
    });
  }

  it("every read of the notes by the counsellor is in the audit log, and nobody else's", async () => {
    // Open the notes once more, so reads are not only those the screens made on their own.
    await counsellor.page.goto(`/counselling/${requestId}`);
    await counsellor.page.getByRole('list', { name: 'Ghi chép bảo mật' }).getByText(SECRET).waitFor();
    const reads = counsellor.apiCalls.filter((c) => c === `GET /api/counselling/requests/${requestId}/notes`).length;
    expect(reads).toBeGreaterThanOrEqual(4); // opened, after scheduling, after the note, opened again
    const principal = await apiSession(suite.product.baseUrl, suite.product.account('hieutruong'));
    const log = await principal.get<Array<{ action: string; targetId: string | null; actorName: string }>>(
      `/api/audit?schoolId=${suite.product.creds.school}&action=counselling.read&limit=200`);
    const mine = log.filter((e) => e.targetId === requestId);
    expect(mine).toHaveLength(reads);
    expect(mine.every((e) => e.actorName === suite.product.account('tuvan').displayName)).toBe(true);
  });
});
