import type { z } from 'zod';
import type { ErrorBody } from '@truongan/contracts';

type ErrorShape = z.infer<typeof ErrorBody>;

/** An error answer from the API, or a network failure (code `network`). Never carries a stack to the screen. */
export class ApiError extends Error {
  readonly code: string;
  readonly requestId: string | null;
  readonly status: number;
  readonly issues: ErrorShape['issues'];

  constructor(body: Partial<ErrorShape>, status: number) {
    super(body.message ?? body.code ?? 'error');
    this.code = body.code ?? 'unknown';
    this.requestId = body.requestId ?? null;
    this.status = status;
    this.issues = body.issues;
  }
}

/** Server messages are bilingual "Tiếng Việt / English"; show the half for the current language. */
export function messageFor(message: string, lang: string): string {
  const i = message.indexOf(' / ');
  if (i < 0) return message;
  return lang.startsWith('en') ? message.slice(i + 3) : message.slice(0, i);
}
