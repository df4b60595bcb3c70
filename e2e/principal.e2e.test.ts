import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSession, screenshot, type Session } from './support/browser.ts';
import { startProduct, type Product } from './support/product.ts';
import { apiSession } from './support/api-client.ts';
import { signInStaff, totpCode } from './support/sign-in.ts';

// The principal's screens: structure, roster search, consent "not answered", roster import, audit, settings.
let product: Product;
let browser: Browser;
let s: Session;

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
  s = await openSession(browser, product.baseUrl, { phone: false });
  await signInStaff(s.page, product.account('hieutruong'));
});

afterAll(async () => {
  expect(s?.unexpected ?? [], 'outbound requests outside the product').toEqual([]);
  await browser?.close();
  await product?.stop();
});

const nav = (name: string) => s.page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
const NO_STACK = /\bat \S+ \(|Error:|node_modules|\.ts:\d+/;

describe('principal', () => {
  it('sees the school structure with every class', async () => {
    const { page } = s;
    await page.getByRole('heading', { name: 'Trường THCS Nguyễn Trãi', level: 1 }).waitFor();
    const rows = await page.getByRole('table').getByRole('row').count();
    expect(rows).toBe(1 + 8); // header + 6A1…9A2
    await screenshot(page, 'principal-home-desktop');
  });

  it('searches the roster without diacritics', async () => {
    const { page } = s;
    await nav('Danh sách học sinh');
    await page.getByRole('list', { name: 'Danh sách học sinh' }).waitFor();
    await page.getByLabel('Tìm theo tên, mã định danh hoặc số điện thoại').fill('nguyen');
    const names = await page.locator('.student-name').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()).toContain('nguyen');
    await screenshot(page, 'principal-roster-search-desktop');
  });

  it('filters consent to the students nobody answered for', async () => {
    const { page } = s;
    await nav('Đồng ý');
    await page.getByRole('list', { name: 'Tình trạng đồng ý' }).waitFor();
    await page.getByLabel('Chỉ hiện học sinh chưa trả lời').check();
    const rows = await page.getByRole('list', { name: 'Tình trạng đồng ý' }).locator(':scope > li').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toContain('Chưa trả lời');
    await screenshot(page, 'principal-consent-unanswered-desktop');
  });

  it('roster import: a dry run lists the bad row with line and column, then the good row imports', async () => {
    const { page } = s;
    await nav('Nhập danh sách');
    const csv = 'Họ và tên,Ngày sinh,Lớp,Giới tính,Mã định danh,Họ tên mẹ,SĐT mẹ\n'
      + 'Nguyễn Văn Thử,12/03/2014,6A1,Nam,001214000001,Trần Thị Mẹ,0912000001\n'
      + 'Lê Thị Sai,31/02/2014,6A1,Nữ,001214000002,Lê Thị Mẹ,0912000002\n';
    await page.getByLabel('Tệp danh sách (CSV, XLSX)').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
    const problems = page.getByRole('table').filter({ hasText: 'Lỗi cần sửa' });
    const alert = page.getByRole('alert');
    await expect.poll(async () => (await problems.count()) + (await alert.count()), { timeout: 20_000 }).toBeGreaterThan(0);
    if (await problems.count()) {
      const bad = await problems.getByRole('row').nth(1).innerText();
      expect(bad).toMatch(/^3\s/); // line 3 of the file: the 31 February
      expect(bad).toContain('Ngày sinh');
      expect(bad).toContain('31/02/2014');
      await screenshot(page, 'principal-roster-dry-run-desktop');
      // All or nothing: a file with problems cannot be imported; the fixed file can.
      await expect(page.getByRole('button', { name: 'Nhập vào hệ thống' }).isDisabled()).resolves.toBe(true);
      const fixed = csv.split('\n').filter((l) => !l.includes('31/02')).join('\n');
      await page.getByLabel('Tệp danh sách (CSV, XLSX)').setInputFiles({ name: 'roster-fixed.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
      await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
      await page.getByText('Không có lỗi. Có thể nhập.').waitFor();
      await page.getByRole('button', { name: 'Nhập vào hệ thống' }).click();
      await page.getByRole('heading', { name: 'Đã nhập xong' }).waitFor({ timeout: 20_000 });
      const created = page.locator('.stat').filter({ hasText: 'Thêm mới' }).locator('dd');
      await expect(created.innerText()).resolves.toBe('1');
    } else {
      const text = await alert.innerText();
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(NO_STACK);
    }
    await screenshot(page, 'principal-roster-import-desktop');
  });

  it('roster import: a 3,000-row dry run shows progress, then its result', async () => {
    const { page } = s;
    const classes = ['6A1', '6A2', '7A1', '7A2', '8A1', '8A2', '9A1', '9A2'];
    // Valid rows: letters-only names, 12-digit IDs that encode the birth year and sex (001 + 2|3 + yy + 6 digits).
    const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
    const middle = ['Văn', 'Thị', 'Minh', 'Thu', 'Gia', 'Đức', 'Ngọc', 'Thanh', 'Quốc', 'Bảo'];
    const given = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hoa', 'Huy', 'Khang', 'Lan', 'Linh', 'Long', 'Mai', 'Nam',
      'Ngân', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Trung', 'Tú', 'Uyên', 'Vy', 'Xuân', 'Yến', 'Khôi', 'Hiếu'];
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const name = `${family[i % 10]} ${middle[Math.floor(i / 10) % 10]} ${given[Math.floor(i / 100) % 30]}`;
      const male = i % 2 === 0;
      const id = `001${male ? 2 : 3}13${String(100_000 + i).padStart(6, '0')}`;
      return `${name},${String((i % 28) + 1).padStart(2, '0')}/05/2013,${classes[i % 8]},${male ? 'Nam' : 'Nữ'},${id},Trần Thị Mẹ,09${String(10_000_000 + i).slice(-8)}`;
    });
    const csv = ['Họ và tên,Ngày sinh,Lớp,Giới tính,Mã định danh,Họ tên mẹ,SĐT mẹ', ...rows].join('\n');
    await page.getByLabel('Tệp danh sách (CSV, XLSX)').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
    await page.getByRole('progressbar').waitFor({ timeout: 5_000 });
    await page.getByRole('heading', { name: 'Kết quả kiểm tra thử' }).waitFor({ timeout: 60_000 });
    const stat = (label: string) => page.locator('.stat').filter({ hasText: label }).locator('dd').innerText();
    await expect(stat('Số dòng')).resolves.toBe('3.000');
    await expect(stat('Hợp lệ')).resolves.toBe('3.000');
  });

  it('reads the school audit log', async () => {
    const { page } = s;
    await nav('Nhật ký');
    await page.getByRole('table').waitFor();
    await expect(page.getByRole('table').innerText()).resolves.toContain('Nhập danh sách'); // the demo's roster import
    await screenshot(page, 'principal-audit-desktop');
  });

  it('changes a setting; the version goes up', async () => {
    const { page } = s;
    await nav('Cài đặt');
    await page.getByRole('heading', { name: 'Cài đặt của trường' }).waitFor();
    const first = page.locator('form.card').first();
    await first.waitFor();
    const input = first.locator('input, textarea').first();
    const before = await input.inputValue();
    if (/^\d+$/.test(before)) {
      await input.fill(String(Number(before) + 1));
      await first.getByRole('button', { name: 'Lưu' }).click();
      await first.getByText('Đã lưu. Thay đổi được ghi vào nhật ký.').waitFor();
      await first.getByText('Phiên bản 1').waitFor();
    }
    await screenshot(page, 'principal-settings-desktop');
  });

  it('a new principal account is walked through authenticator set-up on first sign-in', async () => {
    const admin = await apiSession(product.baseUrl, product.account('quantri'));
    const account = { username: 'hieupho.e2e', password: 'mat-khau-dai-1234', role: 'school_admin', scopeId: product.creds.school, displayName: 'Hiệu phó (e2e)' };
    await admin.post('/api/users', { username: account.username, displayName: account.displayName, password: account.password, role: account.role, scopeId: account.scopeId });
    const fresh = await openSession(browser, product.baseUrl, { phone: true });
    const { page } = fresh;
    await page.goto('/signin');
    await page.getByLabel('Tên đăng nhập').fill(account.username);
    await page.getByLabel('Mật khẩu').fill(account.password);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('heading', { name: 'Cài đặt ứng dụng xác thực' }).waitFor();
    const secret = (await page.locator('.secret dd code').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expect(page.getByRole('link', { name: /^otpauth:\/\/totp\// }).count()).resolves.toBe(1);
    await screenshot(page, 'totp-enrol-phone');
    await page.getByLabel('Mã 6 số').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Xác nhận và đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Trường THCS Nguyễn Trãi', level: 1 }).waitFor();
    expect(fresh.unexpected).toEqual([]);
    await fresh.context.close();
  });
});
