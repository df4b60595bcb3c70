// HTTP Digest access authentication, client side (RFC 7616; RFC 2617 cameras too), for snapshot
// URLs of Hikvision/Dahua cameras, which refuse Basic. MD5, SHA-256 and their -sess variants, qop=auth.
import { createHash, randomBytes } from 'node:crypto';

export interface DigestChallenge {
  realm: string;
  nonce: string;
  qop?: string;
  opaque?: string;
  algorithm: string;
  userhash?: boolean;
}

/** Parse `WWW-Authenticate: Digest realm="..", nonce="..", ...` (undefined if it is not Digest). */
export function parseDigestChallenge(header: string): DigestChallenge | undefined {
  const m = /^\s*Digest\s+(.*)$/is.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /([a-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/gi;
  for (let p: RegExpExecArray | null; (p = re.exec(m[1]!)); ) params[p[1]!.toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3]!;
  if (params.realm === undefined || params.nonce === undefined) return undefined;
  return {
    realm: params.realm,
    nonce: params.nonce,
    qop: params.qop,
    opaque: params.opaque,
    algorithm: params.algorithm ?? 'MD5',
    userhash: params.userhash?.toLowerCase() === 'true',
  };
}

function hasher(algorithm: string): (s: string) => string {
  const base = algorithm.toUpperCase().replace(/-SESS$/, '');
  const name = base === 'MD5' ? 'md5' : base === 'SHA-256' ? 'sha256' : base === 'SHA-512-256' ? 'sha512-256' : undefined;
  if (!name) throw new Error(`unsupported digest algorithm ${algorithm}`);
  return (s) => createHash(name).update(s, 'utf8').digest('hex');
}

export interface DigestRequest {
  method: string;
  /** Request target as sent on the request line: path plus query. */
  uri: string;
  user: string;
  password: string;
  /** Nonce count, 1 for the first use of a nonce. */
  nc: number;
  cnonce?: string;
}

/** Build the `Authorization` header value answering a challenge. */
export function digestAuthorization(ch: DigestChallenge, req: DigestRequest): string {
  const H = hasher(ch.algorithm);
  const cnonce = req.cnonce ?? randomBytes(8).toString('hex');
  const nc = req.nc.toString(16).padStart(8, '0');
  // Cameras offer "auth,auth-int"; only "auth" makes sense for a bodiless GET.
  const qop = ch.qop?.split(',').map((s) => s.trim()).includes('auth') ? 'auth' : undefined;
  let ha1 = H(`${req.user}:${ch.realm}:${req.password}`);
  if (/-sess$/i.test(ch.algorithm)) ha1 = H(`${ha1}:${ch.nonce}:${cnonce}`);
  const ha2 = H(`${req.method}:${req.uri}`);
  const response = qop ? H(`${ha1}:${ch.nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : H(`${ha1}:${ch.nonce}:${ha2}`);
  const username = ch.userhash ? H(`${req.user}:${ch.realm}`) : req.user;
  const q = (s: string) => `"${s.replace(/(["\\])/g, '\\$1')}"`;
  const parts = [
    `username=${q(username)}`, `realm=${q(ch.realm)}`, `nonce=${q(ch.nonce)}`, `uri=${q(req.uri)}`,
    `algorithm=${ch.algorithm}`, `response=${q(response)}`,
    ...(qop ? [`qop=${qop}`, `nc=${nc}`, `cnonce=${q(cnonce)}`] : []),
    ...(ch.opaque !== undefined ? [`opaque=${q(ch.opaque)}`] : []),
    ...(ch.userhash ? ['userhash=true'] : []),
  ];
  return `Digest ${parts.join(', ')}`;
}

/** Pick the strongest Digest challenge among several WWW-Authenticate values (RFC 7616 §3.7). */
export function pickChallenge(headers: string[]): DigestChallenge | undefined {
  const all = headers.flatMap((h) => h.split(/,(?=\s*Digest\s)/i)).map(parseDigestChallenge).filter((c): c is DigestChallenge => !!c);
  const rank = (c: DigestChallenge) => (/SHA-256/i.test(c.algorithm) ? 2 : /MD5/i.test(c.algorithm) ? 1 : 0);
  return all.sort((a, b) => rank(b) - rank(a))[0];
}

/**
 * A fetch that answers Basic or Digest challenges. Reuses the last nonce (incrementing nc) so a
 * polling loop costs one request per snapshot, not two.
 */
export class DigestFetcher {
  private challenge: DigestChallenge | undefined;
  private nc = 0;

  constructor(private readonly user?: string, private readonly password?: string) {}

  async fetch(url: string, init: { signal?: AbortSignal } = {}): Promise<Response> {
    const u = new URL(url);
    const uri = u.pathname + u.search;
    const first = await fetch(url, { signal: init.signal, headers: this.headerFor(uri) });
    if (first.status !== 401 || this.user === undefined) return first;
    const wwwAuth = headerValues(first.headers, 'www-authenticate');
    await first.body?.cancel();
    const ch = pickChallenge(wwwAuth);
    if (ch) {
      this.challenge = ch;
      this.nc = 0;
    } else if (wwwAuth.some((h) => /^\s*Basic/i.test(h))) {
      this.challenge = undefined;
      const basic = 'Basic ' + Buffer.from(`${this.user}:${this.password ?? ''}`).toString('base64');
      return fetch(url, { signal: init.signal, headers: { authorization: basic } });
    } else {
      return first;
    }
    return fetch(url, { signal: init.signal, headers: this.headerFor(uri) });
  }

  private headerFor(uri: string): Record<string, string> {
    if (!this.challenge || this.user === undefined) return {};
    this.nc += 1;
    return { authorization: digestAuthorization(this.challenge, { method: 'GET', uri, user: this.user, password: this.password ?? '', nc: this.nc }) };
  }
}

// Undici joins repeated headers with ", "; split them back where a new scheme starts.
function headerValues(headers: Headers, name: string): string[] {
  const v = headers.get(name);
  return v ? v.split(/,\s*(?=(?:Digest|Basic|Bearer)\s)/i) : [];
}
