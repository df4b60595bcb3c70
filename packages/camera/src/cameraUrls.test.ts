import { describe, expect, it } from 'vitest';
import { dahuaRtspUrl, hikvisionRtspUrl, hikvisionSnapshotUrl, redactUrl, withCredentials } from './cameraUrls.ts';

describe('camera URLs', () => {
  const cam = { host: '192.168.1.64', user: 'admin', password: 'p@ss:w/rd' };

  it('builds the Hikvision substream path with percent-encoded credentials', () => {
    expect(hikvisionRtspUrl(cam)).toBe('rtsp://admin:p%40ss%3Aw%2Frd@192.168.1.64:554/Streaming/Channels/102');
    expect(hikvisionRtspUrl({ host: '10.0.0.2' }, { channel: 2, substream: false })).toBe('rtsp://10.0.0.2:554/Streaming/Channels/201');
  });

  it('builds the Dahua substream path', () => {
    expect(dahuaRtspUrl({ host: '10.0.0.3', port: 8554 })).toBe('rtsp://10.0.0.3:8554/cam/realmonitor?channel=1&subtype=1');
    expect(dahuaRtspUrl({ host: '10.0.0.3' }, { substream: false })).toContain('subtype=0');
  });

  it('keeps credentials out of HTTP snapshot URLs (digest is answered separately)', () => {
    expect(hikvisionSnapshotUrl(cam)).toBe('http://192.168.1.64:80/ISAPI/Streaming/channels/101/picture');
  });

  it('puts credentials into a URL from ONVIF and redacts them for logs', () => {
    const u = withCredentials('rtsp://10.0.0.4:554/Streaming/Channels/101?transportmode=unicast', 'admin', 'a@b');
    expect(u).toBe('rtsp://admin:a%40b@10.0.0.4:554/Streaming/Channels/101?transportmode=unicast');
    expect(redactUrl(u)).toBe('rtsp://admin:***@10.0.0.4:554/Streaming/Channels/101?transportmode=unicast');
  });
});
