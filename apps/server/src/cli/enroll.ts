import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { enrolFace, FaceQualityError, isDomainError, systemActor, type Deps, type FaceEngine } from '@truongan/core';

export type OpenContext = (opts: { data?: string }) => Promise<{ deps: Deps; close(): Promise<void> }>;
interface Options { dir: string; school: string; json?: boolean; data?: string; model?: string; workers?: string }

const IMAGE = /\.(jpe?g|png|webp|bmp|gif|tiff?|avif)$/i;

export interface EnrollReport {
  school: string;
  students: Array<{ studentId: string; name: string | null; photos: number; enrolled: number; refused: number; status: 'enrolled' | 'partly' | 'refused' | 'skipped' }>;
  refused: Array<{ studentId: string; photo: string; reasons: string[]; message: string }>;
  skipped: Array<{ studentId: string; reason: string; message: string }>;
  enrolled: number;
}

/** `truongan enroll --dir DIR --school ID [--json]`: bulk enrolment from `DIR/<student id>/<photos>`. */
export function registerEnroll(program: Command, openContext: OpenContext): Command {
  return program.command('enroll')
    .description('Đăng ký khuôn mặt hàng loạt từ thư mục / Bulk face enrolment from DIR/<student id>/<photos>')
    .requiredOption('--dir <dir>', 'folder with one sub-folder per student id')
    .requiredOption('--school <id>', 'school id')
    .option('--model <name>', 'face model (default: the product pipeline)')
    .option('--workers <n>', 'face workers (one per core)', '1')
    .option('--json', 'print the result as JSON')
    .option('--data <dir>', 'data folder')
    .action(async (opts: Options) => { process.exitCode = await runEnroll(opts, openContext); });
}

/**
 * Exit code 0 every photo enrolled, 1 some photos refused or students skipped, 2 the request was refused (no such folder).
 * Consent is enforced by enrolFace itself: a student without consent in force is skipped before any photo is processed.
 */
export async function runEnroll(opts: Options, openContext: OpenContext): Promise<number> {
  const dir = opts.dir;
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    const message = `Không thấy thư mục / Folder not found: ${dir}`;
    if (opts.json) console.log(JSON.stringify({ code: 'not_found', message })); else console.error(message);
    return 2;
  }
  const ctx = await openContext({ data: opts.data });
  // The engine loads only now: the folder check above must not wait for the face models.
  let owned: FaceEngine | null = null;
  if (!ctx.deps.faceEngine) {
    const { createFacePool } = await import('@truongan/vision');
    owned = ctx.deps.faceEngine = await createFacePool({ model: opts.model, workers: Math.max(1, Number(opts.workers ?? 1)) });
  }
  const folders = fs.readdirSync(dir).filter((n) => !n.startsWith('.') && !n.startsWith('_') && fs.statSync(path.join(dir, n)).isDirectory()).sort();
  const photosOf = new Map(folders.map((f) => [f, fs.readdirSync(path.join(dir, f)).filter((p) => !p.startsWith('.') && IMAGE.test(p)).sort()]));
  const total = [...photosOf.values()].reduce((s, p) => s + p.length, 0);
  const bar = !opts.json && process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: 'Đăng ký / Enrolling [{bar}] {value}/{total} {student}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(total, 0, { student: '' });
  const report: EnrollReport = { school: opts.school, students: [], refused: [], skipped: [], enrolled: 0 };
  const actor = systemActor('cli:enroll');
  try {
    const known = new Map((await ctx.deps.repos.people.listStudents({ schoolId: opts.school, studentIds: folders })).map((s) => [s.id, s]));
    for (const studentId of folders) {
      const photos = photosOf.get(studentId)!;
      const student = known.get(studentId);
      const row = { studentId, name: student?.fullName ?? null, photos: photos.length, enrolled: 0, refused: 0, status: 'skipped' as EnrollReport['students'][number]['status'] };
      report.students.push(row);
      bar?.update({ student: student?.fullName ?? studentId });
      if (!student) {
        report.skipped.push({ studentId, reason: 'not_found', message: 'Không có học sinh này trong trường / No such student in this school' });
        bar?.increment(photos.length);
        continue;
      }
      for (const photo of photos) {
        try {
          await enrolFace(ctx.deps, actor, { studentId, photo: fs.readFileSync(path.join(dir, studentId, photo)), source: 'bulk' });
          row.enrolled++; report.enrolled++;
        } catch (e) {
          if (!isDomainError(e)) throw e;
          // Consent (and access) are about the student, not the photo: skip the rest of the folder.
          if (e.code === 'consent_required' || e.code === 'forbidden') {
            report.skipped.push({ studentId, reason: e.code, message: e.message });
            bar?.increment(photos.length - row.enrolled - row.refused);
            break;
          }
          row.refused++;
          report.refused.push({ studentId, photo, reasons: e instanceof FaceQualityError ? e.issues : [e.code], message: e.message });
        }
        bar?.increment();
      }
      if (!report.skipped.some((s) => s.studentId === studentId)) row.status = row.refused === 0 ? 'enrolled' : row.enrolled ? 'partly' : 'refused';
    }
  } finally {
    bar?.stop();
    await owned?.close();
    await ctx.close();
  }
  if (opts.json) console.log(JSON.stringify(report)); else console.log(formatEnroll(report));
  return report.refused.length || report.skipped.length ? 1 : 0;
}

/** Aligned plain text (it gets pasted into messages to the school), one row per student, then every refusal with its reason. */
export function formatEnroll(r: EnrollReport): string {
  const head = ['Học sinh/Student', 'Tên/Name', 'Ảnh/Photos', 'Đã ĐK/Enrolled', 'Từ chối/Refused', 'Kết quả/Result'];
  const rows = r.students.map((s) => [s.studentId, s.name ?? '—', String(s.photos), String(s.enrolled), String(s.refused), s.status]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i]!.length)));
  const fmt = (x: string[]) => x.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt), '',
    `Đã đăng ký / enrolled: ${r.enrolled} ảnh/photos · từ chối / refused: ${r.refused.length} · bỏ qua / skipped students: ${r.skipped.length}`];
  for (const s of r.skipped) out.push(`  bỏ qua / skipped ${s.studentId}: ${s.message}`);
  for (const f of r.refused) out.push(`  từ chối / refused ${f.studentId}/${f.photo}: ${f.reasons.join(', ')}`);
  return out.join('\n');
}
