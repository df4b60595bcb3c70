import type { Command } from 'commander';
import { displayPhone, localMinutes } from '@truongan/core';
import { seedDemo } from '../demo/seed.ts';
import { withContext } from './context.ts';

/**
 * Outside school hours a newcomer would see only "late" and "absent"; the demo school's morning session
 * then starts a few minutes after the demo is created, so the first arrivals are on time and later ones late.
 */
function demoMorningStart(now: Date): string {
  const m = localMinutes(now);
  if (m >= 6 * 60 && m < 7 * 60) return '07:00';
  const start = Math.min(Math.ceil(m) + 4, 23 * 60 + 50);
  return `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
}

export function registerDemo(program: Command) {
  program.command('demo').description('Tạo trường mẫu / Seed a demo province, ward and school with ~300 students, and print the sign-ins')
    .option('--data <dir>', 'data folder').option('--if-empty', 'do nothing when the data folder already has schools')
    .option('--no-camera', 'skip the simulated gate camera (no face models needed)')
    .action(async (opts) => {
      await withContext(opts, async (ctx) => {
        if (opts.ifEmpty && (await ctx.deps.repos.org.listAreas()).length > 0) {
          console.log(`Dữ liệu mẫu đã có / demo data already present in ${ctx.config.dataDir} (see demo-credentials.json there)`);
          return;
        }
        const morning = demoMorningStart(ctx.deps.clock.now());
        const creds = await seedDemo(ctx.deps, ctx.config.dataDir, { morningStartsAt: morning });
        console.log('\nTrường mẫu đã sẵn sàng / Demo school ready: Trường THCS Nguyễn Trãi, Phường Ba Đình, Hà Nội');
        console.log(`Buổi sáng bắt đầu lúc / the morning session starts at ${morning} (Vietnam time)\n`);
        if (opts.camera) {
          try {
            const { createEngine } = await import('@truongan/vision');
            const { setUpDemoGate } = await import('../demo/demoGate.ts');
            const engine = await createEngine();
            const gate = await setUpDemoGate(ctx.deps, engine, ctx.config.dataDir, console.log);
            await engine.close();
            console.log(`Camera cổng mô phỏng / simulated gate camera: ${gate.enrolled} enrolled pupils of 6A1 and ${gate.strangers} strangers walk through on a loop\n`);
          } catch (e) {
            console.error(`Không tạo được camera mô phỏng / simulated camera not set up: ${(e as Error).message}\n`);
          }
        }
        console.log('Đăng nhập / Sign-ins (also saved to demo-credentials.json in the data folder):');
        for (const a of creds.accounts) {
          console.log(`  ${a.username.padEnd(18)} ${a.password}  ${a.role}${a.totpSecret ? `  TOTP secret: ${a.totpSecret}` : ''}`);
        }
        console.log(`  Phụ huynh / guardian: phone ${displayPhone(creds.guardianPhone)}; the code appears at /dev/outbox in the demo`);
      });
    });
}
