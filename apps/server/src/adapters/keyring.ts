import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SecretBox } from '@truongan/core';

/**
 * One master key per installation, generated at first start into <data>/keys/master.key (mode 0600),
 * never in the repository. Purpose keys are derived with HKDF so one leaked derived key opens nothing else.
 */
export interface Keyring { seal: Buffer; digest: Buffer; audit: Buffer; links: Buffer }

export function loadKeyring(dataDir: string): Keyring {
  const dir = path.join(dataDir, 'keys');
  const file = path.join(dir, 'master.key');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) {
    // wx: if two processes start at once, only one writes; the other reads what was written.
    try { fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' }); } catch (e: any) { if (e.code !== 'EEXIST') throw e; }
  }
  const master = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (master.length !== 32) throw new Error(`${file} is not a 32-byte key`);
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `truongan:${info}`, 32));
  return { seal: derive('seal-v1'), digest: derive('digest-v1'), audit: derive('audit-v1'), links: derive('links-v1') };
}

const VERSION = 1;

/** AES-256-GCM: [version | 12-byte nonce | 16-byte tag | ciphertext]. Tampering fails to open. */
export function secretBox(keys: Keyring): SecretBox {
  const seal = (plain: Uint8Array) => {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', keys.seal, iv);
    const body = Buffer.concat([c.update(plain), c.final()]);
    return new Uint8Array(Buffer.concat([Buffer.from([VERSION]), iv, c.getAuthTag(), body]));
  };
  const open = (sealed: Uint8Array) => {
    const b = Buffer.from(sealed);
    if (b[0] !== VERSION) throw new Error('unknown sealed format');
    const d = createDecipheriv('aes-256-gcm', keys.seal, b.subarray(1, 13));
    d.setAuthTag(b.subarray(13, 29));
    return new Uint8Array(Buffer.concat([d.update(b.subarray(29)), d.final()]));
  };
  return {
    seal, open,
    sealText: (t) => Buffer.from(seal(Buffer.from(t, 'utf8'))).toString('base64'),
    openText: (s) => Buffer.from(open(Buffer.from(s, 'base64'))).toString('utf8'),
    digest: (v) => createHmac('sha256', keys.digest).update(v).digest('hex'),
    randomToken: (bytes = 32) => randomBytes(bytes).toString('base64url'),
    randomDigits: (n) => Array.from({ length: n }, () => randomInt(10)).join(''),
  };
}
