import { TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import type { DemoAccount } from './product.ts';

export const totpCode = (secret: string) => new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate();

/** Signs a staff member in through the UI the way a person does: labels and buttons, TOTP when asked. */
export async function signInStaff(page: Page, account: DemoAccount) {
  await page.goto('/signin');
  await page.getByLabel('Tên đăng nhập').fill(account.username);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  if (account.totpSecret) {
    await page.getByRole('heading', { name: 'Xác thực hai lớp' }).waitFor();
    await page.getByLabel('Mã 6 số').fill(totpCode(account.totpSecret));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
  }
  await page.waitForURL((url) => url.pathname !== '/signin');
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

interface OutboxMessage { recipient: string; body: string; createdAt: string }

/** Demo only: the newest sign-in code sent to this phone after `since`, read from the developer outbox. */
export async function readOtp(baseUrl: string, phone84: string, since: number): Promise<string> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const messages = (await (await fetch(`${baseUrl}/api/dev/outbox`)).json()) as OutboxMessage[];
    const mine = messages.filter((m) => m.recipient === phone84 && Date.parse(m.createdAt) >= since - 1000)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const code = mine[0]?.body.match(/\b(\d{6})\b/)?.[1];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no sign-in code for ${phone84} in the outbox`);
}

/** A guardian signs in with their phone and the code from the (demo) outbox. */
export async function signInGuardian(page: Page, baseUrl: string, phoneLocal: string, phone84: string) {
  await page.goto('/signin');
  await page.getByRole('tab', { name: 'Phụ huynh' }).click();
  await page.getByLabel('Số điện thoại').fill(phoneLocal);
  const since = Date.now();
  await page.getByRole('button', { name: 'Gửi mã đăng nhập' }).click();
  await page.getByLabel('Mã đăng nhập').waitFor();
  await page.getByLabel('Mã đăng nhập').fill(await readOtp(baseUrl, phone84, since));
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/signin');
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}
