// A small typed builder for ffmpeg argument lists (fluent-ffmpeg is deprecated and archived).
// Everything is an argv array for spawn(): no shell, so URLs with credentials need no quoting.

export type SourceInput =
  | { kind: 'rtsp'; url: string; /** socket I/O timeout; without it a hung camera blocks forever */ timeoutMs?: number }
  | { kind: 'mjpeg'; url: string; timeoutMs?: number; /** 'mpjpeg' = multipart/x-mixed-replace (default), 'mjpeg' = bare JPEGs */ format?: 'mpjpeg' | 'mjpeg' }
  | { kind: 'file'; path: string; /** replay forever at real-time pace (demos); default true */ loop?: boolean }
  | { kind: 'jpeg-pipe' };

export interface RawVideoOutput {
  /** Frames per second to emit; omit to pass every decoded frame through (snapshots). */
  fps?: number;
  width: number;
  height: number;
  /** Cheaper H.264 decoding (~15% less CPU) at slightly lower picture quality. */
  skipLoopFilter?: boolean;
}

/** Options every child gets: quiet except errors, never reads our stdin by accident. */
export function globalArgs(opts: { stdin?: boolean } = {}): string[] {
  return ['-hide_banner', '-nostats', '-loglevel', 'error', ...(opts.stdin ? [] : ['-nostdin'])];
}

export function inputArgs(input: SourceInput): string[] {
  switch (input.kind) {
    case 'rtsp':
      return [
        '-rtsp_transport', 'tcp',
        '-timeout', String((input.timeoutMs ?? 5000) * 1000), // microseconds
        // Low latency: do not buffer or probe for long, the watchdog wants the first frame soon.
        '-fflags', 'nobuffer', '-flags', 'low_delay',
        '-analyzeduration', '1000000', '-probesize', '1000000',
        '-i', input.url,
      ];
    case 'mjpeg':
      return [
        '-timeout', String((input.timeoutMs ?? 5000) * 1000),
        // MJPEG over HTTP carries no timestamps: stamp frames on arrival so the fps filter paces them.
        '-use_wallclock_as_timestamps', '1',
        '-fflags', 'nobuffer',
        '-f', input.format ?? 'mpjpeg',
        '-i', input.url,
      ];
    case 'file':
      return ['-re', ...(input.loop === false ? [] : ['-stream_loop', '-1']), '-i', input.path];
    case 'jpeg-pipe':
      return ['-use_wallclock_as_timestamps', '1', '-f', 'image2pipe', '-c:v', 'mjpeg', '-i', 'pipe:0'];
  }
}

/** Decode the first video stream to packed RGB on stdout. Fails with "matches no streams" if audio-only. */
export function rawVideoOutputArgs(out: RawVideoOutput): string[] {
  const filters = [...(out.fps ? [`fps=${out.fps}`] : []), `scale=${out.width}:${out.height}`];
  return [
    '-an', '-sn', '-dn', '-map', '0:v:0',
    '-vf', filters.join(','),
    ...(out.fps ? [] : ['-fps_mode', 'passthrough']),
    '-pix_fmt', 'rgb24', '-f', 'rawvideo', 'pipe:1',
  ];
}

/** Decoder options go before `-i`; only valid for inputs that carry compressed video. */
function decoderArgs(out: RawVideoOutput): string[] {
  return ['-threads', '1', ...(out.skipLoopFilter ? ['-skip_loop_filter', 'all'] : [])];
}

export function frameReaderArgs(input: SourceInput, out: RawVideoOutput): string[] {
  return [...globalArgs({ stdin: input.kind === 'jpeg-pipe' }), ...decoderArgs(out), ...inputArgs(input), ...rawVideoOutputArgs(out)];
}

export interface SegmentRecorderOptions {
  segmentSeconds: number;
  /** Output pattern with strftime fields, e.g. /ring/seg-%s.ts (epoch seconds keeps names unique). */
  pattern: string;
}

/** Copy-only recorder (~1% CPU): the main stream is never decoded, only cut at key frames. */
export function segmentRecorderArgs(input: SourceInput, opts: SegmentRecorderOptions): string[] {
  return [
    ...globalArgs(), ...inputArgs(input),
    '-map', '0:v:0', '-c', 'copy',
    '-f', 'segment', '-segment_time', String(opts.segmentSeconds), '-segment_format', 'mpegts',
    '-reset_timestamps', '1', '-strftime', '1',
    opts.pattern,
  ];
}

/** Join segments listed in a concat file into one mp4 that browsers can start playing at once. */
export function concatArgs(listFile: string, outFile: string): string[] {
  return [
    ...globalArgs(), '-y', '-f', 'concat', '-safe', '0', '-i', listFile,
    '-c', 'copy', '-movflags', '+faststart', outFile,
  ];
}
