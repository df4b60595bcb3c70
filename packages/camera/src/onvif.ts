// ONVIF adapter over the maintained `onvif` package (agsh): find cameras on the LAN and read the
// stream and snapshot URIs of each media profile, so a school enters an IP and a password only.
import onvif from 'onvif';
import type { Cam as OnvifCam, CamProfile } from 'onvif';
import { withCredentials } from './cameraUrls.ts';

export interface DiscoveredCamera {
  /** WS-Discovery endpoint reference (urn:uuid:...), stable across IP changes. */
  urn: string;
  /** Device service URLs advertised by the camera. */
  xaddrs: string[];
  hostname?: string;
  port?: number;
  name?: string;
  hardware?: string;
}

export interface OnvifStream {
  profileToken: string;
  profileName?: string;
  encoding?: string;
  width?: number;
  height?: number;
  fps?: number;
  /** rtsp URL with the credentials put in (ffmpeg then answers digest itself). */
  rtspUrl?: string;
  snapshotUrl?: string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : v && typeof v === 'object' && '_' in v ? String((v as { _: unknown })._) : undefined);
const num = (v: unknown): number | undefined => (v === undefined || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));

/** Map one raw WS-Discovery ProbeMatch (as `onvif` parses it with resolve:false) to our shape. */
export function parseProbeMatch(raw: any): DiscoveredCamera | undefined {
  const m = raw?.probeMatches?.probeMatch;
  const urn = text(m?.endpointReference?.address);
  if (!m || !urn) return undefined;
  const xaddrs = (text(m.XAddrs) ?? '').split(/\s+/).filter(Boolean);
  const scopes = (text(m.scopes) ?? '').split(/\s+/);
  const scope = (kind: string) => {
    const s = scopes.find((x) => x.startsWith(`onvif://www.onvif.org/${kind}/`));
    return s ? decodeURIComponent(s.slice(`onvif://www.onvif.org/${kind}/`.length)) : undefined;
  };
  // Prefer an IPv4 XAddr: some cameras list a link-local IPv6 one first.
  const main = xaddrs.find((x) => /^https?:\/\/\d+\.\d+\.\d+\.\d+/.test(x)) ?? xaddrs[0];
  const u = main ? new URL(main) : undefined;
  return {
    urn, xaddrs,
    ...(u ? { hostname: u.hostname, port: Number(u.port || (u.protocol === 'https:' ? 443 : 80)) } : {}),
    ...(scope('name') ? { name: scope('name') } : {}),
    ...(scope('hardware') ? { hardware: scope('hardware') } : {}),
  };
}

/** WS-Discovery probe on the LAN (multicast UDP 3702). */
export async function discoverOnvifCameras(opts: { timeoutMs?: number; device?: string } = {}): Promise<DiscoveredCamera[]> {
  const found = await new Promise<any[]>((resolve, reject) => {
    onvif.Discovery.probe({ timeout: opts.timeoutMs ?? 3000, resolve: false, ...(opts.device ? { device: opts.device } : {}) }, (err, devices) => {
      // Errors also cover "a non-ONVIF device answered": keep whatever parsed.
      if (err && !devices?.length && !Array.isArray(err)) return reject(err);
      resolve(devices ?? []);
    });
  });
  return found.map(parseProbeMatch).filter((d): d is DiscoveredCamera => !!d);
}

/** Read codec/size/fps of a profile; Media1 and Media2 (Profile T) shapes differ. */
export function describeProfile(p: CamProfile): Omit<OnvifStream, 'rtspUrl' | 'snapshotUrl'> {
  const enc = p.videoEncoderConfiguration ?? p.configurations?.videoEncoder;
  return {
    profileToken: p.$?.token ?? p.token,
    ...(p.name ? { profileName: text(p.name) } : {}),
    ...(enc?.encoding ? { encoding: String(enc.encoding) } : {}),
    ...(num(enc?.resolution?.width) ? { width: num(enc.resolution.width), height: num(enc.resolution.height) } : {}),
    ...(num(enc?.rateControl?.frameRateLimit ?? enc?.rateControl?.$?.frameRateLimit) ? { fps: num(enc.rateControl.frameRateLimit ?? enc.rateControl.$.frameRateLimit) } : {}),
  };
}

/** Main stream to record (largest), substream to analyse (smallest that is at least 320 px wide). */
export function chooseStreams(streams: OnvifStream[]): { record?: OnvifStream; analyse?: OnvifStream } {
  const withUrl = streams.filter((s) => s.rtspUrl);
  const area = (s: OnvifStream) => (s.width ?? 0) * (s.height ?? 0);
  const bySize = [...withUrl].sort((a, b) => area(a) - area(b));
  const analyse = bySize.find((s) => (s.width ?? 0) >= 320) ?? bySize[0];
  return { record: bySize.at(-1), analyse };
}

function call<T>(fn: (cb: (err: Error | null, data?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((err, data) => (err ? reject(err) : resolve(data as T))));
}

export interface OnvifLogin {
  hostname: string;
  port?: number;
  user?: string;
  password?: string;
  timeoutMs?: number;
}

/** Connect to a camera and list each profile's stream and snapshot URI. */
export async function getOnvifStreams(login: OnvifLogin): Promise<OnvifStream[]> {
  const cam: OnvifCam = await new Promise((resolve, reject) => {
    const c: OnvifCam = new onvif.Cam({
      hostname: login.hostname, port: login.port ?? 80, username: login.user, password: login.password,
      timeout: login.timeoutMs ?? 5000, autoconnect: false,
    });
    c.connect((err) => (err ? reject(err) : resolve(c)));
  });
  const out: OnvifStream[] = [];
  for (const p of cam.profiles ?? []) {
    const d = describeProfile(p);
    const stream = await call<{ uri?: string }>((cb) => cam.getStreamUri({ protocol: 'RTSP', profileToken: d.profileToken }, cb)).catch(() => undefined);
    // Many cameras have no snapshot on some profiles: that is not an error for the stream.
    const snap = await call<{ uri?: string }>((cb) => cam.getSnapshotUri({ profileToken: d.profileToken }, cb)).catch(() => undefined);
    const rtsp = text(stream?.uri);
    out.push({
      ...d,
      ...(rtsp ? { rtspUrl: withCredentials(rtsp, login.user, login.password) } : {}),
      ...(text(snap?.uri) ? { snapshotUrl: text(snap!.uri) } : {}),
    });
  }
  return out;
}
