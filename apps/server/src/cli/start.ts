import os from 'node:os';
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { openContext } from '../compose.ts';
import { createHttpApp } from '../http/app.ts';
import { configFrom } from './context.ts';

export const ALL_ROLES_OF_PROCESS = ['http', 'jobs', 'vision'] as const;

export function registerStart(program: Command) {
  program.command('start').description('Chạy máy chủ / Run the server (all roles by default)')
    .option('--data <dir>', 'data folder (default ./data or TRUONGAN_DATA)')
    .option('--port <n>', 'HTTP port (default 8080)').option('--host <addr>', 'listen address (default 127.0.0.1)')
    .option('--roles <list>', 'comma-separated roles: http,jobs,vision', ALL_ROLES_OF_PROCESS.join(','))
    .option('--vision-workers <n>', 'face workers (one per core; tfjs/onnx run one thread each)', String(os.availableParallelism()))
    .option('--demo-outbox', 'show outgoing messages (sign-in codes) on /dev/outbox instead of sending them: demo only')
    .action(async (opts) => {
      const config = configFrom(opts);
      const roles = String(opts.roles).split(',').map((r) => r.trim());
      const unknown = roles.filter((r) => !(ALL_ROLES_OF_PROCESS as readonly string[]).includes(r));
      if (unknown.length) { console.error(`unknown role(s): ${unknown.join(', ')}`); process.exit(2); }
      const ctx = await openContext(config);
      const stops: Array<() => Promise<void>> = [];
      if (roles.includes('jobs')) {
        const { runRetention } = await import('@truongan/core');
        const tick = () => runRetention(ctx.deps).catch((e) => console.error(`[jobs] retention: ${(e as Error).message}`));
        const timer = setInterval(tick, 60 * 60_000); // hourly is plenty for day-scale retention windows
        void tick();
        stops.push(async () => clearInterval(timer));
        const { startJobsRole } = await import('../jobs/jobsRole.ts');
        const notify = await startJobsRole(ctx);
        stops.push(notify.stop);
        const { startVisitorSweeps } = await import('../jobs/visitorSweeps.ts'); // issue 5: overstay alerts, watchlist expiry
        stops.push(startVisitorSweeps(ctx.deps));
        const { startStrangerRetention } = await import('../jobs/strangerRetention.ts'); // issue 5: unknown faces kept 14 days, then deleted
        stops.push(startStrangerRetention(ctx.deps));
        console.log(`Gửi thông báo / notifications: ${notify.mode}, channels ${notify.channels.join(', ') || 'none'}`);
      }
      if (roles.includes('vision')) {
        try {
          const { startVisionRole } = await import('../vision/visionRole.ts');
          const vision = await startVisionRole(ctx.deps, { workers: Number(opts.visionWorkers) });
          ctx.cameraStates = vision.states;
          stops.push(vision.stop);
          console.log(`Nhận diện khuôn mặt / face recognition: ${vision.engine.model}, ${opts.visionWorkers} worker(s)`);
        } catch (e) {
          // The rest of the school keeps working (roster, consent, cases) if the recognizer cannot start.
          console.error(`Không khởi động được nhận diện khuôn mặt / vision role not started: ${(e as Error).message}`);
        }
      }
      if (roles.includes('http')) {
        const app = createHttpApp(ctx);
        const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
        stops.push(() => new Promise((res) => server.close(() => res())));
        console.log(`Trường An đang chạy / running: ${config.publicUrl}  (database: ${ctx.database.dialect}, data: ${config.dataDir})`);
      }
      const shutdown = async (signal: string) => {
        console.log(`${signal}: stopping…`);
        for (const stop of stops) await stop().catch(() => {});
        await ctx.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
    });
}
