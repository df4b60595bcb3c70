import { DomainError, type ErrorCode } from '@truongan/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

/** The one place where domain error codes become HTTP statuses. */
const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 429> = {
  invalid_input: 400, unauthenticated: 401, mfa_required: 401, forbidden: 403, not_found: 404,
  conflict: 409, consent_required: 409, payload_too_large: 413, rate_limited: 429,
};

export function errorResponse(c: Context, code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return c.json({ code, message, requestId: c.get('requestId') ?? '', ...extra }, STATUS[code]);
}

export function onError(err: Error, c: Context) {
  if (err instanceof DomainError) {
    if (err.details.retryAfterSeconds) c.header('Retry-After', String(err.details.retryAfterSeconds));
    return errorResponse(c, err.code, err.message, err.details.issues ? { issues: err.details.issues } : {});
  }
  if (err instanceof HTTPException) {
    if (err.status === 413) return errorResponse(c, 'payload_too_large', 'Dữ liệu gửi lên quá lớn / Request body too large');
    if (err.status === 400) return errorResponse(c, 'invalid_input', 'Yêu cầu không hợp lệ / Malformed request');
  }
  // Unexpected: log the detail for operators, show the caller only an id to quote.
  console.error(`[http] ${c.get('requestId')} ${c.req.method} ${c.req.path}`, err);
  return c.json({ code: 'internal', message: 'Lỗi hệ thống, vui lòng thử lại / Internal error, please try again', requestId: c.get('requestId') ?? '' }, 500);
}

/** zod-openapi's validation hook: report every issue, in our error shape. */
export function validationHook(result: { success: boolean; error?: any }, c: Context) {
  if (result.success) return;
  const issues = (result.error?.issues ?? []).map((i: any) => ({
    path: (i.path ?? []).join('.') || (i.keys ? i.keys.join(',') : ''),
    message: i.code === 'unrecognized_keys' ? `unknown field(s): ${i.keys.join(', ')}` : i.message,
  }));
  return errorResponse(c, 'invalid_input', 'Dữ liệu không hợp lệ / Invalid input', { issues });
}
