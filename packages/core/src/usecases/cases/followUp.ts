import type { Actor } from '../../access/actor.ts';
import { DomainError, invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { assertNotLocked, clearFailures, recordFailure } from '../auth/throttle.ts';
import { eventView } from './caseView.ts';

const reporterActor = (code: string): Actor => ({ kind: 'user', userId: `reporter:${code}`, displayName: 'Người báo tin / reporter', grants: [], studentIds: [], mfa: false });
const wrong = () => new DomainError('unauthenticated', 'Mã theo dõi hoặc mật khẩu không đúng / Wrong tracking code or passphrase');

/** Code + passphrase open the thread; wrong guesses lock the code (and the address) like a sign-in does. */
async function openThread(deps: Deps, input: { code: string; passphrase: string; ip: string }) {
  const now = deps.clock.now();
  const keys = [`case:${input.code.toUpperCase()}`, `ip:${input.ip}`];
  await assertNotLocked(deps.repos, keys, now);
  const c = await deps.repos.cases.findByCode(input.code.toUpperCase());
  // Verify against a fixed hash when the code is unknown, so timing does not tell codes that exist.
  const ok = c?.passphraseHash ? await deps.passwords.verify(c.passphraseHash, input.passphrase) : (await deps.passwords.verify(dummy ??= await deps.passwords.hash('no-such-case'), input.passphrase), false);
  if (!c || !ok) { await recordFailure(deps.repos, keys, now); throw wrong(); }
  await clearFailures(deps.repos, [keys[0]!]);
  return c;
}
let dummy: string | undefined;

/** What the reporter sees: status, the 111 hint, and the two-way thread. Never notes, agencies, or who handles it. */
export async function readThread(deps: Deps, input: { code: string; passphrase: string; ip: string }) {
  const c = await openThread(deps, input);
  const messages = (await deps.repos.cases.listEvents(c.id)).filter((e) => e.audience === 'reporter').map((e) => {
    const v = eventView(deps, e);
    // Staff names are not shown to an anonymous reporter: "the school" answers.
    return { at: v.at, from: e.kind === 'reporter_message' ? 'reporter' as const : 'school' as const, body: v.body ?? '' };
  });
  return { code: c.code, status: c.status, category: c.category, createdAt: c.createdAt, messages };
}

export async function postToThread(deps: Deps, input: { code: string; passphrase: string; ip: string; body: string }) {
  const c = await openThread(deps, input);
  if (c.status === 'closed') throw invalidInput('Hồ sơ đã đóng; hãy gửi báo cáo mới / The case is closed; please file a new report');
  const now = deps.clock.now();
  const actor = reporterActor(c.code);
  await deps.tx(async (r) => {
    await r.cases.insertEvent({ id: deps.ids.next(), caseId: c.id, at: now.toISOString(), actorId: actor.userId, actorName: actor.displayName, kind: 'reporter_message',
      audience: 'reporter', bodySealed: deps.secrets.sealText(input.body), data: {} });
    await r.cases.updateCase(c.id, { updatedAt: now.toISOString() });
  });
}
