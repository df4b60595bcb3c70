import { randomUUID } from 'node:crypto';
import { renderMessage, type Recipient, type SendRequest } from '@truongan/core';

/** A passage message for "Nguyễn Văn An, 6A2, 06:58" as the dispatcher would hand it to a channel. */
export function buildSendRequest(o: { recipient?: Partial<Recipient>; dedupKey?: string; unicode?: boolean; znsTemplateId?: string | null; student?: string } = {}): SendRequest {
  const message = renderMessage({
    kind: 'passage_entry', locale: 'vi', fallbackBody: '', link: 'https://truongan.example/s/snap-1?g=g1&e=1&s=abc',
    vars: { student: o.student ?? 'Nguyễn Văn An', class: '6A2', time: '06:58', date: '05/09/2026', school: 'THCS Chu Văn An' }, data: { passageId: 'p1' },
    znsTemplateIds: o.znsTemplateId === null ? {} : { passage_entry: o.znsTemplateId ?? '301234' }, sms: { unicode: o.unicode ?? false, maxSegments: 3 },
  });
  return {
    attemptId: randomUUID(), dedupKey: o.dedupKey ?? `msg-${randomUUID()}:ch`, message,
    recipient: { guardianId: 'g1', phone: '84912345678', email: 'me@example.vn', push: [], ...o.recipient },
  };
}
