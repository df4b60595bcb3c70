import { type ChannelName, DEFAULT_CHANNEL_ORDER, type PersonalChannel } from '../ports/notify.ts';

/**
 * The channels to try, in order, for one message. 'auto' follows the guardian's own order (or the default
 * Zalo ZNS → SMS → Web Push → e-mail); channels the school has not configured are left out. A fixed channel
 * (an OTP is always SMS) is a chain of one.
 */
export function resolveChain(requested: string, guardianOrder: PersonalChannel[], configured: ReadonlySet<ChannelName>): ChannelName[] {
  if (requested !== 'auto') return configured.has(requested as ChannelName) ? [requested as ChannelName] : [];
  const order = guardianOrder.length ? [...guardianOrder, ...DEFAULT_CHANNEL_ORDER.filter((c) => !guardianOrder.includes(c))] : DEFAULT_CHANNEL_ORDER;
  const chain: ChannelName[] = order.filter((c) => configured.has(c));
  // The demo outbox stands in for every channel when nothing real is configured.
  if (!chain.length && configured.has('dev')) chain.push('dev');
  return chain;
}
