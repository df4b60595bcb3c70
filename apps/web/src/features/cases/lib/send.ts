import { request } from '../../../lib/api.ts';

/** Most case actions answer 204 (no body): send them without parsing an answer that is not there. */
export const send = async (method: 'POST' | 'PATCH', path: string, body: unknown = {}): Promise<void> => { await request(method, path, body); };
