import { describe, expect, it } from 'vitest';
import { classifyHttpStatus, classifyNodeError, classifyStderr, ERROR_WORDS } from './errors.ts';

// Lines as printed by Debian's ffmpeg 5.1 against the test camera.
describe('classifyStderr', () => {
  it.each([
    ['[rtsp @ 0x55b81c839b80] method DESCRIBE failed: 401 Unauthorized', 'auth_failed'],
    ['[rtsp @ 0x55b81c839b80] method DESCRIBE failed: 404 Not Found', 'not_found'],
    ["Stream map '0:v:0' matches no streams.", 'no_video'],
    ['[tcp @ 0x5581] Connection to tcp://127.0.0.1:9 failed: Connection refused', 'unreachable'],
    ['http://a:***@127.0.0.1:8/mjpeg: Server returned 401 Unauthorized (authorization failed)', 'auth_failed'],
    ['/nope.mp4: No such file or directory', 'not_found'],
    ['rtsp://x: Invalid data found when processing input', 'unsupported'],
  ] as const)('%s -> %s', (line, code) => {
    expect(classifyStderr(['some noise', line]).code).toBe(code);
  });

  it('prefers the specific cause over the generic line that follows it', () => {
    expect(classifyStderr(['method DESCRIBE failed: 401 Unauthorized', 'Invalid data found when processing input']).code).toBe('auth_failed');
  });

  it('calls a silent exit "ended" (ffmpeg exits 0 when the camera dies)', () => {
    expect(classifyStderr([])).toEqual({ code: 'ended' });
  });

  it('drops ffmpeg context addresses and hides passwords in the detail', () => {
    const r = classifyStderr(['[http @ 0x55aa] http://admin:s3cret@10.0.0.5/mjpeg: Server returned 401 Unauthorized']);
    expect(r.detail).toBe('http: http://admin:***@10.0.0.5/mjpeg: Server returned 401 Unauthorized');
  });

  it('does not take a port number for a status code', () => {
    expect(classifyStderr(['Connection to tcp://127.0.0.1:40401 failed: Connection refused']).code).toBe('unreachable');
  });
});

describe('other classifiers', () => {
  it('maps HTTP status and Node network errors', () => {
    expect(classifyHttpStatus(401)).toBe('auth_failed');
    expect(classifyHttpStatus(404)).toBe('not_found');
    expect(classifyHttpStatus(500)).toBe('unknown');
    expect(classifyNodeError(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }))).toBe('unreachable');
    expect(classifyNodeError(new DOMException('timeout', 'TimeoutError'))).toBe('stalled');
  });

  it('has Vietnamese and English words for every code', () => {
    for (const w of Object.values(ERROR_WORDS)) {
      expect(w.vi.length).toBeGreaterThan(5);
      expect(w.en.length).toBeGreaterThan(5);
    }
    expect(ERROR_WORDS.auth_failed.vi).toBe('Sai tên đăng nhập hoặc mật khẩu camera');
  });
});
