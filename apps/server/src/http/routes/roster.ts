import type { OpenAPIHono } from '@hono/zod-openapi';
import { DomainError, isDomainError, requireAccess } from '@truongan/core';
import { importRosterFile, MAX_FILE_BYTES } from '@truongan/roster';
import { stream } from 'hono/streaming';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';

/**
 * Roster upload. The answer is NDJSON so the page can show progress on a 3,000-row file:
 * `{"progress":{phase,done,total}}` lines, then `{"result":…}` or `{"error":{code,message}}`.
 * Validation errors before any work (permission, size, format) are ordinary JSON errors.
 */
export function rosterRoutes(app: OpenAPIHono<HttpEnv>) {
  app.post('/api/schools/:schoolId/roster', async (c) => {
    const actor = requireActor(c);
    const schoolId = c.req.param('schoolId');
    const dryRun = ['1', 'true'].includes(c.req.query('dryRun') ?? '0');
    const createClasses = ['1', 'true'].includes(c.req.query('createClasses') ?? '0');
    // Refuse before reading the file, and as a plain HTTP error rather than inside the progress stream.
    await requireAccess(c.get('ctx').deps.repos.locator, actor, 'roster.import', [{ kind: 'school', id: schoolId }]);
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) throw new DomainError('invalid_input', 'Thiếu tệp danh sách (trường "file") / Missing roster file field');
    if (file.size > MAX_FILE_BYTES) throw new DomainError('payload_too_large', `Tệp quá lớn (tối đa ${MAX_FILE_BYTES / 1024 / 1024} MB) / File too large`);
    const data = new Uint8Array(await file.arrayBuffer());
    const deps = c.get('ctx').deps;
    c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
    return stream(c, async (s) => {
      let last = 0;
      try {
        const result = await importRosterFile(deps, actor, {
          schoolId, filename: file.name, data, dryRun, createClasses,
          onProgress: (p) => {
            const now = Date.now();
            if (now - last < 100 && p.done !== p.total) return; // at most ~10 progress lines a second
            last = now;
            void s.write(`${JSON.stringify({ progress: p })}\n`);
          },
        });
        await s.write(`${JSON.stringify({ result })}\n`);
      } catch (e) {
        const err = isDomainError(e) ? { code: e.code, message: e.message, issues: e.details.issues } : { code: 'internal', message: 'Lỗi hệ thống / Internal error' };
        if (!isDomainError(e)) console.error('[roster]', e);
        await s.write(`${JSON.stringify({ error: { ...err, requestId: c.get('requestId') } })}\n`);
      }
    });
  });
}
