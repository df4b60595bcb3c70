import type { Actor, AuthSessionRecord, UserRecord } from '@truongan/core';
import type { Context as AppContext } from '../compose.ts';

/** Variables set on every request by the middleware chain. */
export interface HttpEnv {
  Variables: {
    requestId: string;
    ctx: AppContext;
    actor?: Actor;
    session?: AuthSessionRecord;
    user?: UserRecord;
    sessionToken?: string;
  };
}
