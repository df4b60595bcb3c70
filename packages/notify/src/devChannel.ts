import type { NotifyChannel, SendOutcome } from '@truongan/core';

/** The demo outbox: messages are only shown on /dev/outbox, so "handed over" is immediate and final. */
export class DevChannel implements NotifyChannel {
  readonly name = 'dev' as const;
  readonly providerDedup = true;
  reaches() { return true; }
  async send(): Promise<SendOutcome> { return { kind: 'accepted', providerId: 'dev', awaitReceipt: false }; }
}
