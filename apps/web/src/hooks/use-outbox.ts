import type { OutboxMessage } from '../types/api.ts';
import { useApi } from './use-api.ts';

/** Demo only: messages that would have gone out by SMS/Zalo. */
export const useOutbox = () => useApi<OutboxMessage[]>('/api/dev/outbox');
