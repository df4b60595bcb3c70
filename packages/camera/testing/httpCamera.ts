// Fake HTTP camera: JPEG snapshots at Hikvision/Dahua paths and an MJPEG stream, behind Digest
// auth (MD5, qop=auth) like the real ones. JPEGs are cut from the test media once, at start.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFfmpeg } from './testMedia.ts';

export interface HttpCameraOptions {
  port: number;
  /** A video to cut JPEGs from (e.g. sub360.ts). */
  video: string;
  user?: string;
  password?: string;
  mjpegFps?: number;
}

export interface HttpCamera {
  base: string;
  /** Requests answered so far, for "slow retry" checks. */
  requests: number;
  stop(): Promise<void>;
}

export const SNAPSHOT_PATHS = ['/snapshot.jpg', '/ISAPI/Streaming/channels/101/picture', '/cgi-bin/snapshot.cgi'];

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

function digestOk(req: IncomingMessage, user: string, password: string, realm: string, nonces: Set<string>): boolean {
  const h = req.headers.authorization ?? '';
  if (!h.startsWith('Digest ')) return false;
  const p: Record<string, string> = {};
  for (const m of h.slice(7).matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]+))/g)) p[m[1]!] = m[2] ?? m[3]!;
  if (p.username !== user || p.realm !== realm || !nonces.has(p.nonce ?? '') || p.uri !== req.url) return false;
  const ha1 = md5(`${user}:${realm}:${password}`);
  const ha2 = md5(`${req.method}:${p.uri}`);
  const expected = p.qop ? md5(`${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:${p.qop}:${ha2}`) : md5(`${ha1}:${p.nonce}:${ha2}`);
  return expected === p.response;
}

export async function startHttpCamera(opts: HttpCameraOptions): Promise<HttpCamera> {
  const dir = mkdtempSync(join(tmpdir(), 'httpcam-'));
  await runFfmpeg(['-i', opts.video, '-t', '2', '-vf', 'fps=5', '-q:v', '5', join(dir, '%03d.jpg')]);
  const jpegs = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f)));
  rmSync(dir, { recursive: true, force: true });
  const realm = 'IP Camera(TEST)';
  const nonces = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  const current = () => jpegs[Math.floor(Date.now() / 200) % jpegs.length]!;
  const cam: HttpCamera = { base: `http://127.0.0.1:${opts.port}`, requests: 0, stop: async () => {} };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    cam.requests++;
    if (opts.user && !digestOk(req, opts.user, opts.password ?? '', realm, nonces)) {
      const nonce = randomBytes(12).toString('hex');
      nonces.add(nonce);
      res.writeHead(401, { 'www-authenticate': `Digest realm="${realm}", qop="auth", nonce="${nonce}", algorithm=MD5` });
      return res.end();
    }
    const path = (req.url ?? '').split('?')[0]!;
    if (SNAPSHOT_PATHS.includes(path)) {
      const jpeg = current();
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': jpeg.length });
      return res.end(jpeg);
    }
    if (path === '/mjpeg') {
      res.writeHead(200, { 'content-type': 'multipart/x-mixed-replace; boundary=frame', 'cache-control': 'no-cache' });
      const t = setInterval(() => {
        const jpeg = current();
        res.write(`--frame\r\nContent-Type: image/jpeg\r\nContent-Length: ${jpeg.length}\r\n\r\n`);
        res.write(jpeg);
        res.write('\r\n');
      }, 1000 / (opts.mjpegFps ?? 10));
      timers.add(t);
      res.on('close', () => { clearInterval(t); timers.delete(t); });
      return;
    }
    res.writeHead(404).end();
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  cam.stop = async () => {
    for (const t of timers) clearInterval(t);
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  };
  return cam;
}
