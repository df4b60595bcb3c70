import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import type { HttpEnv } from './env.ts';

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Serves the built web app; any other path gets index.html so the client router can take it. */
export function serveWeb(app: OpenAPIHono<HttpEnv>) {
  const root = path.relative(process.cwd(), WEB_DIST);
  app.use('/assets/*', serveStatic({ root }));
  app.get('*', async (c) => {
    const file = path.join(WEB_DIST, c.req.path);
    if (c.req.path !== '/' && file.startsWith(WEB_DIST) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return serveStatic({ root })(c, async () => {});
    }
    const index = path.join(WEB_DIST, 'index.html');
    if (!fs.existsSync(index)) return c.text('Web app not built: run `npm run build`', 503);
    return c.html(fs.readFileSync(index, 'utf8'));
  });
}
