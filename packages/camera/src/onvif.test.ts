import { describe, expect, it } from 'vitest';
import { chooseStreams, describeProfile, parseProbeMatch } from './onvif.ts';

// Shapes as the `onvif` package hands them over after its linerase() (see its lib/media.js).
describe('ONVIF mapping', () => {
  it('reads a Media1 profile', () => {
    const p = { $: { token: 'Profile_101', fixed: true }, name: 'mainStream', videoEncoderConfiguration: { $: { token: 'VEC_1' }, encoding: 'H264', resolution: { width: 2560, height: 1440 }, rateControl: { frameRateLimit: 20, encodingInterval: 1, bitrateLimit: 4096 } } };
    expect(describeProfile(p)).toEqual({ profileToken: 'Profile_101', profileName: 'mainStream', encoding: 'H264', width: 2560, height: 1440, fps: 20 });
  });

  it('reads a Media2 profile whose rate control is in attributes', () => {
    const p = { $: { token: 'p2' }, name: 'sub', configurations: { videoEncoder: { encoding: 'H265', resolution: { width: 640, height: 480 }, rateControl: { $: { frameRateLimit: 12 } } } } };
    expect(describeProfile(p)).toMatchObject({ profileToken: 'p2', encoding: 'H265', width: 640, height: 480, fps: 12 });
  });

  it('records the largest stream and analyses the smallest usable one', () => {
    const s = (t: string, w: number, h: number, url = true) => ({ profileToken: t, width: w, height: h, ...(url ? { rtspUrl: `rtsp://x/${t}` } : {}) });
    const r = chooseStreams([s('main', 1920, 1080), s('tiny', 176, 144), s('sub', 640, 360), s('nourl', 3840, 2160, false)]);
    expect(r.record?.profileToken).toBe('main');
    expect(r.analyse?.profileToken).toBe('sub');
    expect(chooseStreams([])).toEqual({ record: undefined, analyse: undefined });
  });

  it('ignores a probe answer that is not a ProbeMatch', () => {
    expect(parseProbeMatch({ hello: {} })).toBeUndefined();
  });
});
