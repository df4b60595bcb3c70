import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher, TotpPort } from '@truongan/core';
import { Secret, TOTP } from 'otpauth';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). */
export const argon2Passwords: PasswordHasher = {
  hash: (p) => hash(p, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 }),
  verify: async (h, p) => { try { return await verify(h, p); } catch { return false; } },
};

const totpFor = (secret: string, label = 'user') => new TOTP({ issuer: 'Trường An', label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });

export const rfc6238Totp: TotpPort = {
  newSecret: () => new Secret({ size: 20 }).base32,
  otpauthUrl: (secret, account) => totpFor(secret, account).toString(),
  check: (secret, code, at) => totpFor(secret).validate({ token: code, timestamp: at.getTime(), window: 1 }) !== null,
};
