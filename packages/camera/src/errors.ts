// Stable error codes for a camera, with plain words for the guard's console (Vietnamese first).
// Codes are the contract (UI, logs, tests); the words may be reworded freely.

export type CameraErrorCode =
  | 'auth_failed'
  | 'not_found'
  | 'no_video'
  | 'unreachable'
  | 'stalled'
  | 'ended'
  | 'unsupported'
  | 'unknown';

export interface CameraError {
  code: CameraErrorCode;
  vi: string;
  en: string;
  /** Raw evidence (an ffmpeg stderr line or HTTP status), for support staff. */
  detail?: string;
  at: number;
}

export const ERROR_WORDS: Record<CameraErrorCode, { vi: string; en: string }> = {
  auth_failed: {
    vi: 'Sai tên đăng nhập hoặc mật khẩu camera',
    en: 'Wrong camera user name or password',
  },
  not_found: {
    vi: 'Sai đường dẫn luồng video (camera không có luồng này)',
    en: 'Wrong stream path: the camera has no such stream',
  },
  no_video: {
    vi: 'Luồng này không có hình (chỉ có âm thanh)',
    en: 'This stream has no video (audio only)',
  },
  unreachable: {
    vi: 'Không kết nối được tới camera (sai địa chỉ/cổng, hoặc camera tắt)',
    en: 'Cannot connect to the camera (wrong address or port, or camera is off)',
  },
  stalled: {
    vi: 'Camera không gửi hình (bị treo hoặc mạng chập chờn)',
    en: 'The camera stopped sending pictures (hung camera or bad network)',
  },
  ended: {
    vi: 'Luồng video bị ngắt đột ngột',
    en: 'The video stream ended unexpectedly',
  },
  unsupported: {
    vi: 'Không đọc được luồng video (định dạng không hỗ trợ)',
    en: 'Cannot read the video stream (unsupported format)',
  },
  unknown: {
    vi: 'Lỗi camera không xác định',
    en: 'Unknown camera error',
  },
};

export function cameraError(code: CameraErrorCode, detail?: string, at = Date.now()): CameraError {
  return { code, ...ERROR_WORDS[code], ...(detail ? { detail } : {}), at };
}

// Order matters: the first matching rule wins, and ffmpeg often prints a generic line
// ("Invalid data found", "Error opening input") after the specific one.
const STDERR_RULES: Array<[RegExp, CameraErrorCode]> = [
  [/^ffmpeg could not start/, 'unknown'],
  [/\b401\b|Unauthorized|\b403\b|Forbidden/i, 'auth_failed'],
  [/\b404\b|Not Found|No such file or directory|\b454\b|Session Not Found/i, 'not_found'],
  [/matches no streams|does not contain any stream|Output file #0 does not contain any stream/i, 'no_video'],
  [/Connection refused|No route to host|Network is unreachable|Name or service not known|Temporary failure in name resolution|Connection timed out|Host is down/i, 'unreachable'],
  [/Invalid data found|Unsupported codec|Decoder .* not found|could not find codec parameters|unsupported/i, 'unsupported'],
];

/**
 * Classify why an ffmpeg child ended, from its stderr lines.
 * A clean exit with nothing recognisable is `ended`: ffmpeg exits 0 when a camera dies.
 */
export function classifyStderr(lines: readonly string[]): { code: CameraErrorCode; detail?: string } {
  for (const [re, code] of STDERR_RULES) {
    const line = lines.find((l) => re.test(l));
    if (line) return { code, detail: tidy(line) };
  }
  const last = lines.filter((l) => l.trim()).map(tidy).at(-1);
  return last ? { code: 'ended', detail: last } : { code: 'ended' };
}

// "[rtsp @ 0x55b8…] method DESCRIBE failed" -> "rtsp: method DESCRIBE failed" (addresses change every
// run), and never show a password that ffmpeg echoes back with the URL.
function tidy(line: string): string {
  return line.trim().replace(/^\[(\w+) @ 0x[0-9a-f]+\]\s*/i, '$1: ').replace(/(\/\/[^:/@\s]+):[^@/\s]*@/g, '$1:***@');
}

/** Classify an HTTP status from a snapshot or MJPEG camera. */
export function classifyHttpStatus(status: number): CameraErrorCode {
  if (status === 401 || status === 403) return 'auth_failed';
  if (status === 404) return 'not_found';
  return 'unknown';
}

/** Classify a Node network error (fetch's `cause.code`). */
export function classifyNodeError(err: unknown): CameraErrorCode {
  const code = (err as { cause?: { code?: string }; code?: string })?.cause?.code ?? (err as { code?: string })?.code;
  if (code && ['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'UND_ERR_CONNECT_TIMEOUT'].includes(code)) {
    return 'unreachable';
  }
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || (err as Error)?.name === 'TimeoutError') return 'stalled';
  return 'unknown';
}
