import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { RosterImportResult, RosterProblem } from '@truongan/contracts';
import { type Deps, isDomainError, type RosterProgress, systemActor } from '@truongan/core';
import { importRosterFile, MAX_FILE_BYTES, tooLarge } from '@truongan/roster';

export type OpenContext = (opts: { data?: string }) => Promise<{ deps: Deps; close(): Promise<void> }>;
interface Options { school: string; dryRun?: boolean; json?: boolean; createClasses?: boolean; data?: string }

const PHASES: Record<RosterProgress['phase'], string> = { validate: 'Kiểm tra / Validate', match: 'Đối chiếu / Match', write: 'Ghi / Write' };

/**
 * `truongan import roster FILE --school ID [--dry-run] [--json] [--create-classes]`. Accepts the `import` command
 * (as cli/optional.ts passes it) or the program itself, in which case it finds or adds `import`.
 */
export function registerImportRoster(parent: Command, openContext: OpenContext): Command {
  const importCmd = parent.name() === 'import' ? parent
    : parent.commands.find((c) => c.name() === 'import') ?? parent.command('import').description('Nhập dữ liệu / Import data');
  return importCmd.command('roster <file>')
    .description('Nhập danh sách học sinh từ CSV/XLSX / Import the student roster from CSV or XLSX')
    .requiredOption('--school <id>', 'school id')
    .option('--dry-run', 'chỉ kiểm tra, không ghi / check only, write nothing')
    .option('--create-classes', 'tạo lớp còn thiếu (dạng 10A1) / create missing classes named like 10A1')
    .option('--json', 'print the result as JSON')
    .option('--data <dir>', 'data folder')
    .action(async (file: string, opts: Options) => {
      process.exitCode = await runImportRoster(file, opts, openContext);
    });
}

/** Exit code: 0 imported (or dry run clean), 1 problems in the file, 2 the file or the request was refused. */
export async function runImportRoster(file: string, opts: Options, openContext: OpenContext): Promise<number> {
  const ctx = await openContext({ data: opts.data });
  const bar = !opts.json && process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: '{phase} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  let phase: RosterProgress['phase'] | null = null;
  try {
    // Checked before reading so a mistaken path to a huge file fails at once instead of filling memory.
    if ((await stat(file)).size > MAX_FILE_BYTES) throw tooLarge();
    const data = await readFile(file);
    const result = await importRosterFile(ctx.deps, systemActor('cli'), {
      schoolId: opts.school, filename: path.basename(file), data, dryRun: !!opts.dryRun, createClasses: !!opts.createClasses,
      onProgress: (p) => {
        if (!bar) return;
        if (p.phase !== phase) { if (phase) bar.stop(); phase = p.phase; bar.start(p.total, 0, { phase: PHASES[p.phase] }); }
        bar.update(p.done);
      },
    });
    bar?.stop();
    if (opts.json) console.log(JSON.stringify(result));
    else console.log(formatResult(result));
    return result.problems.length ? 1 : 0;
  } catch (e) {
    bar?.stop();
    const message = isDomainError(e) ? e.message : (e as NodeJS.ErrnoException).code === 'ENOENT' ? `Không thấy tệp / File not found: ${file}` : null;
    if (!message) throw e;
    if (opts.json) console.log(JSON.stringify({ code: isDomainError(e) ? e.code : 'not_found', message }));
    else console.error(message);
    return 2;
  } finally {
    await ctx.close();
  }
}

export function formatResult(r: RosterImportResult): string {
  const lines = [
    r.dryRun ? 'Chạy thử — không ghi gì / Dry run — nothing written' : r.problems.length ? 'Không nhập: tệp có lỗi / Not imported: the file has problems' : 'Đã nhập / Imported',
    `Dòng / rows: ${r.rows}   hợp lệ / valid: ${r.valid}   lỗi / problems: ${r.problems.length}`,
    `Học sinh mới / created: ${r.created}   cập nhật / updated: ${r.updated}   không đổi / unchanged: ${r.unchanged}`,
    `Phụ huynh mới / guardians created: ${r.guardiansCreated}   lớp mới / classes created: ${r.classesCreated}`,
  ];
  if (r.problems.length) lines.push('', formatProblems(r.problems));
  return lines.join('\n');
}

/** Plain aligned text, not console.table: it must read well when pasted into a message to the school. */
export function formatProblems(problems: RosterProblem[], limit = 200): string {
  const head = ['Dòng/Line', 'Cột/Column', 'Lỗi/Reason', 'Giá trị/Value', 'Chi tiết/Detail'];
  const rows = problems.slice(0, limit).map((p) => [String(p.line), p.column ?? '—', p.reason, (p.value ?? '').slice(0, 24), p.message]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  const out = [fmt(head), widths.map((w) => '-'.repeat(Math.min(w, 40))).join('  '), ...rows.map(fmt)];
  if (problems.length > limit) out.push(`… ${problems.length - limit} lỗi nữa / more (dùng --json để xem tất cả / use --json for all)`);
  return out.join('\n');
}
