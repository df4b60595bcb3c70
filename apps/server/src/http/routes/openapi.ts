import type { z } from '@hono/zod-openapi';
import { ErrorBody } from '@truongan/contracts';

export const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true as const });

/** Error answers every route may give; listed once so the OpenAPI document shows them. */
export const errorResponses = {
  400: json(ErrorBody, 'invalid_input'), 401: json(ErrorBody, 'unauthenticated'), 403: json(ErrorBody, 'forbidden'),
  404: json(ErrorBody, 'not_found'), 409: json(ErrorBody, 'conflict / consent_required'), 429: json(ErrorBody, 'rate_limited'),
};
