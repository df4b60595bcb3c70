/**
 * Domain errors carry a stable code and no HTTP status; the HTTP edge maps codes to statuses.
 * Messages are safe to show to the caller: they never contain data the caller may not see.
 */
export type ErrorCode =
  | 'not_found'
  | 'forbidden'
  | 'unauthenticated'
  | 'conflict'
  | 'invalid_input'
  | 'rate_limited'
  | 'consent_required'
  | 'mfa_required'
  | 'payload_too_large';

export interface Issue { path: string; message: string }

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { issues?: Issue[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này / You do not have permission to do this') =>
  new DomainError('forbidden', message);
export const notFound = (what: string) => new DomainError('not_found', `Không tìm thấy ${what} / ${what} not found`);
export const invalidInput = (message: string, issues: Issue[] = []) => new DomainError('invalid_input', message, { issues });
export const conflict = (message: string) => new DomainError('conflict', message);

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
