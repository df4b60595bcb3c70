/**
 * A bare `jobs` worker (node --import tsx apps/server/src/jobs/worker.ts --data <dir>): the same dispatcher
 * as `truongan start --roles=jobs`, without loading the CLI, web and roster code, so it is up in about a
 * second. Used to add workers next to a running server and by the kill-and-restart test.
 */
import { configFrom } from '../cli/context.ts';
import { openContext } from '../compose.ts';
import { startJobsRole } from './jobsRole.ts';

const dataArg = process.argv.indexOf('--data');
const ctx = await openContext(configFrom(dataArg >= 0 ? { data: process.argv[dataArg + 1] } : {}));
const jobs = await startJobsRole(ctx);
console.log(`Gửi thông báo / notifications: ${jobs.mode}, channels ${jobs.channels.join(', ')}`);
const stop = async () => { await jobs.stop(); await ctx.close(); process.exit(0); };
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
