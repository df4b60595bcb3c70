// URL helpers for the two camera brands most Vietnamese schools buy (Hikvision, Dahua/KBVision).
// Credentials go in the URL: ffmpeg answers Basic and Digest challenges from them itself.

export interface CameraAddress {
  host: string;
  port?: number;
  user?: string;
  password?: string;
}

function authority(a: CameraAddress, defaultPort: number): string {
  const cred = a.user ? `${encodeURIComponent(a.user)}${a.password !== undefined ? ':' + encodeURIComponent(a.password) : ''}@` : '';
  const host = a.host.includes(':') && !a.host.startsWith('[') ? `[${a.host}]` : a.host; // IPv6 literal
  return `${cred}${host}:${a.port ?? defaultPort}`;
}

/** Hikvision: channel 1, stream 1 = main (101), stream 2 = substream (102, use it for analysis). */
export function hikvisionRtspUrl(a: CameraAddress, opts: { channel?: number; substream?: boolean } = {}): string {
  const ch = `${opts.channel ?? 1}0${opts.substream === false ? 1 : 2}`;
  return `rtsp://${authority(a, 554)}/Streaming/Channels/${ch}`;
}

/** Dahua/KBVision: subtype 0 = main, 1 = substream. */
export function dahuaRtspUrl(a: CameraAddress, opts: { channel?: number; substream?: boolean } = {}): string {
  return `rtsp://${authority(a, 554)}/cam/realmonitor?channel=${opts.channel ?? 1}&subtype=${opts.substream === false ? 0 : 1}`;
}

export function hikvisionSnapshotUrl(a: CameraAddress, opts: { channel?: number } = {}): string {
  return `http://${authority({ ...a, user: undefined }, 80)}/ISAPI/Streaming/channels/${opts.channel ?? 1}01/picture`;
}

export function dahuaSnapshotUrl(a: CameraAddress, opts: { channel?: number } = {}): string {
  return `http://${authority({ ...a, user: undefined }, 80)}/cgi-bin/snapshot.cgi?channel=${opts.channel ?? 1}`;
}

/** Put credentials into an RTSP/HTTP URL (percent-encoded, so '@' or ':' in passwords survive). */
export function withCredentials(url: string, user?: string, password?: string): string {
  if (!user) return url;
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = password === undefined ? '' : encodeURIComponent(password);
  return u.toString();
}

/** Hide the password before a URL goes into a log, an event or the UI. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
  }
}
