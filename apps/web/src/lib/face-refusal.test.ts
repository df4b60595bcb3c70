import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { faceRefusal } from './face-refusal.ts';

describe('faceRefusal', () => {
  it('tells missing consent apart from a bad photo', () => {
    expect(faceRefusal(new ApiError({ code: 'consent_required', message: 'x / y' }, 409))).toEqual({ kind: 'consent' });
  });

  it('keeps the quality problems the server named, once each, and ignores other issues', () => {
    const err = new ApiError({ code: 'invalid_input', issues: [
      { path: 'photo', message: 'blurry' }, { path: 'photo', message: 'not_frontal' }, { path: 'photo', message: 'blurry' }, { path: 'name', message: 'Required' },
    ] }, 400);
    expect(faceRefusal(err)).toEqual({ kind: 'quality', issues: ['blurry', 'not_frontal'] });
  });

  it('falls back to the generic message for anything else', () => {
    expect(faceRefusal(new ApiError({ code: 'invalid_input', message: 'Không đọc được ảnh / unreadable' }, 400))).toEqual({ kind: 'other' });
    expect(faceRefusal(new ApiError({ code: 'network' }, 0))).toEqual({ kind: 'other' });
    expect(faceRefusal(new Error('x'))).toEqual({ kind: 'other' });
  });
});
