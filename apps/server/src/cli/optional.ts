import type { Command } from 'commander';
import { openCliContext } from './context.ts';

/**
 * Commands that live beside their feature (roster import, face evaluation). Loaded by file so the CLI
 * still starts when a feature's heavy dependencies are not installed, and says so instead of crashing.
 */
export async function registerOptional(program: Command) {
  const importCmd = program.command('import').description('Nhập dữ liệu / Import data');
  try {
    const m = await import('./importRoster.ts');
    m.registerImportRoster(importCmd, openCliContext);
  } catch (e) {
    importCmd.command('roster').description('(unavailable)').action(() => { console.error(`roster import unavailable: ${(e as Error).message}`); process.exit(1); });
  }
  const evalCmd = program.command('eval').description('Đánh giá mô hình / Evaluate models');
  try {
    const m = await import('./evalFaces.ts');
    m.registerEvalFaces(evalCmd);
  } catch (e) {
    evalCmd.command('faces').description('(unavailable)').action(() => { console.error(`face evaluation unavailable: ${(e as Error).message}`); process.exit(1); });
  }
  try {
    const m = await import('./enroll.ts');
    m.registerEnroll(program, openCliContext);
  } catch (e) {
    program.command('enroll').description('(unavailable)').action(() => { console.error(`enrolment unavailable: ${(e as Error).message}`); process.exit(1); });
  }
}
