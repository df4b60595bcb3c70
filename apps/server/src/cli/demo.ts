import type { Command } from 'commander';
import { displayPhone } from '@truongan/core';
import { seedDemo } from '../demo/seed.ts';
import { withContext } from './context.ts';

export function registerDemo(program: Command) {
  program.command('demo').description('Tạo trường mẫu / Seed a demo province, ward and school with ~300 students, and print the sign-ins')
    .option('--data <dir>', 'data folder').option('--if-empty', 'do nothing when the data folder already has schools')
    .action(async (opts) => {
      await withContext(opts, async (ctx) => {
        if (opts.ifEmpty && (await ctx.deps.repos.org.listAreas()).length > 0) {
          console.log(`Dữ liệu mẫu đã có / demo data already present in ${ctx.config.dataDir} (see demo-credentials.json there)`);
          return;
        }
        const creds = await seedDemo(ctx.deps, ctx.config.dataDir);
        console.log('\nTrường mẫu đã sẵn sàng / Demo school ready: Trường THCS Nguyễn Trãi, Phường Ba Đình, Hà Nội\n');
        console.log('Đăng nhập / Sign-ins (also saved to demo-credentials.json in the data folder):');
        for (const a of creds.accounts) {
          console.log(`  ${a.username.padEnd(18)} ${a.password}  ${a.role}${a.totpSecret ? `  TOTP secret: ${a.totpSecret}` : ''}`);
        }
        console.log(`  Phụ huynh / guardian: phone ${displayPhone(creds.guardianPhone)}; the code appears at /dev/outbox in the demo`);
      });
    });
}
