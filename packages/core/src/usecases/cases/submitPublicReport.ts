import type { PublicIntakeBody } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { DEFAULT_POW_BITS, powOk } from '../../cases/pow.ts';
import { DomainError, invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { fileCase } from './fileCase.ts';

/** Nobody signed in: the audit log names the channel, never a person or an address. */
const publicActor: Actor = { kind: 'user', userId: 'public:web_form', displayName: 'Biểu mẫu công khai / public form', grants: [], studentIds: [], mfa: false };
const CHALLENGE_TTL_MS = 10 * 60_000;

/**
 * A challenge is self-describing and signed (id.bits.expiry.mac), so issuing one writes nothing; the database
 * only learns of it when it is spent, which is what stops a solved challenge being replayed.
 */
export function issueChallenge(deps: Deps, bits = DEFAULT_POW_BITS) {
  const expiresAt = new Date(deps.clock.now().getTime() + CHALLENGE_TTL_MS).toISOString();
  const body = `${deps.secrets.randomToken(12)}.${bits}.${Date.parse(expiresAt)}`;
  return { challenge: `${body}.${deps.secrets.digest(`pow:${body}`).slice(0, 32)}`, bits, expiresAt,
    algorithm: 'sha256(challenge + ":" + nonce) has `bits` leading zero bits' as const };
}

async function spendChallenge(deps: Deps, pow: { challenge: string; nonce: string }, minBits: number) {
  const parts = pow.challenge.split('.');
  const bad = (why: string) => invalidInput(`Mã chống spam không hợp lệ: ${why} / Anti-spam check failed: ${why}`, [{ path: 'pow', message: why }]);
  if (parts.length !== 4) throw bad('malformed challenge');
  const [id, bitsText, expiresText, mac] = parts as [string, string, string, string];
  if (deps.secrets.digest(`pow:${id}.${bitsText}.${expiresText}`).slice(0, 32) !== mac) throw bad('challenge not issued by this server');
  if (Number(expiresText) < deps.clock.now().getTime()) throw bad('challenge expired, ask for a new one');
  const bits = Number(bitsText);
  if (bits < minBits) throw bad('challenge too easy');
  if (!powOk(pow.challenge, pow.nonce, bits)) throw bad('nonce does not solve the challenge');
  if (!(await deps.repos.cases.useChallenge(id, deps.clock.now().toISOString()))) throw bad('challenge already used');
}

/** The public form (no sign-in). Anonymous unless the reporter chooses to leave a name or phone. */
export async function submitPublicReport(deps: Deps, input: PublicIntakeBody, opts: { minPowBits?: number } = {}) {
  // Honeypot: the field is hidden from people; a filled-in value is a bot. Refused like any other bad input.
  if (input.website) throw invalidInput('Biểu mẫu không hợp lệ / Invalid form', [{ path: 'website', message: 'must be empty' }]);
  await spendChallenge(deps, input.pow, opts.minPowBits ?? DEFAULT_POW_BITS);
  const named = !input.anonymous && (input.contact?.name || input.contact?.phone);
  if (!input.anonymous && !named) throw new DomainError('invalid_input', 'Hãy để lại tên hoặc số điện thoại, hoặc chọn ẩn danh / Leave a name or phone, or choose anonymous');
  return fileCase(deps, publicActor, {
    schoolId: input.schoolId, source: 'web_form', category: input.category, what: input.what, where: input.where, when: input.when,
    reporter: named ? { kind: 'named', name: input.contact?.name ?? null, phone: input.contact?.phone ?? null, userId: null } : { kind: 'anonymous' },
    attachments: input.attachments, withPassphrase: true,
  });
}
