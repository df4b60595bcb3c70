import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

/** What the next request gets, for fault tests: a normal answer, an HTTP status, garbage, silence, a reset. */
export type Fault = 'ok' | 'hang' | 'garbage' | 'reset' | { http: number; body?: string; headers?: Record<string, string> } | { code: number | string };

export interface FakeServer { url: string; faults: Fault[]; close(): Promise<void> }

export interface Exchange { path: string; headers: http.IncomingHttpHeaders; body: string; fault: Fault }

/** A loopback HTTP server whose handler sees the parsed request and the fault queued for it. */
export async function startFake(handle: (x: Exchange, res: http.ServerResponse) => void, opts: { raw?: boolean; tls?: boolean } = {}): Promise<FakeServer & { ca?: string }> {
  const faults: Fault[] = [];
  const hanging = new Set<http.ServerResponse>();
  const tls = opts.tls ? selfSigned() : undefined;
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const fault = faults.shift() ?? 'ok';
      const x = { path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString(opts.raw ? 'latin1' : 'utf8'), fault };
      if (fault === 'hang') { hanging.add(res); handle({ ...x, fault: 'ok' }, { writeHead() { return this; }, end() { return this; }, setHeader() { return this; } } as any); return; }
      if (fault === 'reset') { req.socket.destroy(); return; }
      if (fault === 'garbage') { res.writeHead(200, { 'content-type': 'text/html' }).end('<html>502 Bad Gateway</html>'); return; }
      if (typeof fault === 'object' && 'http' in fault) { res.writeHead(fault.http, { 'content-type': 'application/json', ...fault.headers }).end(fault.body ?? '{}'); return; }
      handle(x, res);
    });
  };
  const server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, listener) : http.createServer(listener);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`, faults, ca: tls?.cert,
    close: () => new Promise((r) => { for (const h of hanging) h.destroy(); server.closeAllConnections(); server.close(() => r()); }),
  };
}

export const json = (res: http.ServerResponse, body: unknown, status = 200) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

/** A throwaway certificate for 127.0.0.1 (push services are HTTPS-only; web-push speaks nothing else). */
function selfSigned(): { key: string; cert: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-days', '1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: fs.readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
}
