import type { StudentView } from '@truongan/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession } from './support/api-client.ts';
import { launchBrowser, openSession, screenshot, type Session } from './support/browser.ts';
import { startProduct, type Product } from './support/product.ts';
import { signInGuardian, signInStaff } from './support/sign-in.ts';

// Each role signs in through the UI and sees only its own scope. Ground truth comes from the API as the principal.
let product: Product;
let browser: Browser;
let all: StudentView[];
const sessions: Session[] = [];
const SCHOOL = 'Trường THCS Nguyễn Trãi';
const OTHER_SCHOOL = 'Trường Tiểu học Ngọc Hà';

/** Content-security-policy violations seen by any page: the app must not need anything the policy forbids. */
const cspViolations: string[] = [];

async function session(phone = false) {
  const s = await openSession(browser, product.baseUrl, { phone });
  s.page.on('console', (m) => { if (m.type() === 'error' && /Content Security Policy|script-src|default-src/i.test(m.text())) cspViolations.push(m.text()); });
  sessions.push(s);
  return s;
}
/** The top-level items of a named list (not the guardians' lists nested inside them). */
const texts = (s: Session, listName: string) =>
  s.page.getByRole('list', { name: listName, exact: true }).locator(':scope > li').allInnerTexts();

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
  const principal = await apiSession(product.baseUrl, product.account('hieutruong'));
  all = await principal.get<StudentView[]>(`/api/schools/${product.creds.school}/students`);
});

afterAll(async () => {
  for (const s of sessions) expect(s.unexpected, 'outbound requests outside the product').toEqual([]);
  await browser?.close();
  await product?.stop();
});

describe('each role sees only its own scope', () => {
  it('sign-in: a wrong password gets a readable message, not a stack trace', async () => {
    const s = await session(true);
    await s.page.goto('/signin');
    await s.page.getByLabel('Tên đăng nhập').fill('baove');
    await s.page.getByLabel('Mật khẩu').fill('not-the-password');
    await s.page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    const alert = await s.page.getByRole('alert').innerText();
    expect(alert).toMatch(/mật khẩu/i);
    expect(alert).not.toMatch(/ \/ |Error:|\bat \S+ \(/); // the Vietnamese half only, no stack
    await screenshot(s.page, 'signin-error-phone');
    await s.context.close();
  });

  it('guard: today’s school and the gate console, no student list', async () => {
    const s = await session(true);
    await signInStaff(s.page, product.account('baove'));
    await s.page.getByRole('heading', { name: 'Bàn trực cổng' }).waitFor();
    await s.page.getByRole('heading', { name: SCHOOL }).waitFor();
    await s.page.getByRole('heading', { name: 'Camera cổng' }).waitFor();
    await s.page.getByRole('heading', { name: 'Lượt qua cổng hôm nay' }).waitFor();
    await s.page.getByText('Bảo vệ', { exact: true }).waitFor();
    await expect(s.page.getByRole('list', { name: 'Danh sách học sinh' }).count()).resolves.toBe(0);
    const body = await s.page.locator('main').innerText();
    for (const st of all.slice(0, 20)) expect(body).not.toContain(st.fullName);
    expect(s.apiCalls.filter((c) => c.includes('/students'))).toEqual([]);
    await screenshot(s.page, 'guard-home-phone');
  });

  it('homeroom teacher gvcn.6a1: 6A1 students with guardians, none of 6A2', async () => {
    const s = await session(false);
    await signInStaff(s.page, product.account('gvcn.6a1'));
    await s.page.getByRole('heading', { name: 'Lớp chủ nhiệm 6A1' }).waitFor();
    await s.page.getByRole('list', { name: 'Danh sách học sinh', exact: true }).waitFor();
    const items = await texts(s, 'Danh sách học sinh');
    const class6a1 = all.filter((x) => x.className === '6A1');
    const only6a2 = all.filter((x) => x.className === '6A2' && !class6a1.some((y) => y.fullName === x.fullName));
    expect(items).toHaveLength(class6a1.length);
    for (const item of items) expect(item).toContain('6A1');
    const body = await s.page.locator('main').innerText();
    expect(body).not.toContain('6A2');
    // Compare student names, not page text: a 6A2 pupil may share a name with a 6A1 parent.
    const shown = await s.page.locator('.student-name').allInnerTexts();
    expect(new Set(shown)).toEqual(new Set(class6a1.map((x) => x.fullName)));
    expect(only6a2.length).toBeGreaterThan(0);
    for (const st of only6a2) expect(shown).not.toContain(st.fullName);
    const firstGuardian = class6a1[0]!.guardians[0]!.fullName;
    expect(body).toContain(firstGuardian);
    await s.page.getByRole('heading', { name: 'Tình trạng đồng ý của lớp' }).waitFor();
    await screenshot(s.page, 'teacher-6a1-desktop');
  });

  it('guardian 0912345678 on a phone: only their own child, and the 111 line', async () => {
    const s = await session(true);
    const { guardianPhone } = product.creds;
    await signInGuardian(s.page, product.baseUrl, `0${guardianPhone.slice(2)}`, guardianPhone);
    await s.page.getByRole('heading', { name: 'Con của tôi' }).waitFor();
    const mine = all.filter((x) => x.guardians.some((g) => g.phone === guardianPhone));
    expect(mine.length).toBeGreaterThan(0);
    // The heading renders before the children arrive: wait for the list to fill before counting it.
    await expect.poll(() => texts(s, 'Con của tôi').then((t) => t.length)).toBe(mine.length);
    const items = await texts(s, 'Con của tôi');
    for (const child of mine) expect(items.join('\n')).toContain(child.fullName);
    const body = await s.page.locator('main').innerText();
    for (const other of all.filter((x) => !mine.some((m) => m.fullName === x.fullName)).slice(0, 40)) expect(body).not.toContain(other.fullName);
    await expect(s.page.getByRole('link', { name: '111 — Tổng đài bảo vệ trẻ em' }).getAttribute('href')).resolves.toBe('tel:111');
    const width = await s.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no sideways scrolling on a phone').toBeLessThanOrEqual(390);
    await screenshot(s.page, 'guardian-children-phone');
  });

  it('ward police congan.badinh (TOTP): Ba Đình’s school, not Ngọc Hà’s', async () => {
    const s = await session(false);
    await signInStaff(s.page, product.account('congan.badinh'));
    await s.page.getByRole('heading', { name: 'Địa bàn phụ trách' }).waitFor();
    await s.page.getByRole('heading', { name: 'Phường Ba Đình' }).waitFor();
    const schools = await texts(s, 'Trường học – Phường Ba Đình');
    expect(schools.join('\n')).toContain(SCHOOL);
    const body = await s.page.locator('main').innerText();
    expect(body).not.toContain(OTHER_SCHOOL);
    expect(body).not.toContain('Phường Ngọc Hà');
    expect(body).toContain('Công an phường Ba Đình');
    await s.page.getByText('kèm thời hạn can thiệp 12 giờ').waitFor();
    await screenshot(s.page, 'police-ba-dinh-desktop');
  });

  it('no screen above broke the content-security policy (checked last, over every session)', () => {
    expect(sessions.length).toBeGreaterThan(3);
    expect(cspViolations).toEqual([]);
  });
});
