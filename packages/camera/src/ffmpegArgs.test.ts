import { describe, expect, it } from 'vitest';
import { concatArgs, frameReaderArgs, segmentRecorderArgs } from './ffmpegArgs.ts';

const after = (args: string[], flag: string) => args[args.indexOf(flag) + 1];

describe('frameReaderArgs', () => {
  const out = { fps: 5, width: 640, height: 360 };

  it('reads RTSP over TCP with a socket timeout in microseconds, video only, raw RGB to stdout', () => {
    const a = frameReaderArgs({ kind: 'rtsp', url: 'rtsp://u:p@cam/Streaming/Channels/102', timeoutMs: 4000 }, out);
    expect(after(a, '-rtsp_transport')).toBe('tcp');
    expect(after(a, '-timeout')).toBe('4000000');
    expect(a.indexOf('-timeout')).toBeLessThan(a.indexOf('-i')); // input option, not output
    expect(after(a, '-i')).toBe('rtsp://u:p@cam/Streaming/Channels/102');
    expect(after(a, '-map')).toBe('0:v:0');
    expect(after(a, '-vf')).toBe('fps=5,scale=640:360');
    expect(after(a, '-pix_fmt')).toBe('rgb24');
    expect(a.slice(-3)).toEqual(['-f', 'rawvideo', 'pipe:1']);
    expect(a).toContain('-an');
    expect(a).toContain('-nostdin');
  });

  it('loops a file at real-time pace unless told not to', () => {
    const looped = frameReaderArgs({ kind: 'file', path: '/v.mp4' }, out);
    expect(looped).toContain('-re');
    expect(after(looped, '-stream_loop')).toBe('-1');
    expect(frameReaderArgs({ kind: 'file', path: '/v.mp4', loop: false }, out)).not.toContain('-stream_loop');
  });

  it('stamps MJPEG frames with wall-clock time and uses the multipart demuxer', () => {
    const a = frameReaderArgs({ kind: 'mjpeg', url: 'http://cam/mjpeg' }, out);
    expect(after(a, '-use_wallclock_as_timestamps')).toBe('1');
    expect(after(a, '-f')).toBe('mpjpeg');
  });

  it('passes every frame through when no fps is given', () => {
    const a = frameReaderArgs({ kind: 'jpeg-pipe' }, { width: 320, height: 180 });
    expect(after(a, '-vf')).toBe('scale=320:180');
    expect(after(a, '-fps_mode')).toBe('passthrough');
    expect(a).not.toContain('-nostdin');
  });

  it('adds decoder options before the input', () => {
    const a = frameReaderArgs({ kind: 'rtsp', url: 'rtsp://x' }, { ...out, skipLoopFilter: true });
    expect(a.indexOf('-skip_loop_filter')).toBeLessThan(a.indexOf('-i'));
  });
});

describe('recorder and concat', () => {
  it('records copy-only 2 s MPEG-TS segments named by time', () => {
    const a = segmentRecorderArgs({ kind: 'rtsp', url: 'rtsp://x' }, { segmentSeconds: 2, pattern: '/r/seg-%s.ts' });
    expect(after(a, '-c')).toBe('copy');
    expect(after(a, '-segment_time')).toBe('2');
    expect(after(a, '-strftime')).toBe('1');
    expect(a.at(-1)).toBe('/r/seg-%s.ts');
  });

  it('concatenates with faststart for the browser', () => {
    const a = concatArgs('/l.txt', '/o.mp4');
    expect(after(a, '-f')).toBe('concat');
    expect(after(a, '-movflags')).toBe('+faststart');
    expect(a.at(-1)).toBe('/o.mp4');
  });
});
