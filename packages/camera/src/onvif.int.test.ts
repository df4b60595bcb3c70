// The ONVIF adapter against the real `onvif` package talking SOAP to a fake Profile S device whose
// stream URIs point at the RTSP test camera: IP + password in, a streaming camera out.
// WS-Discovery goes over real UDP multicast (239.255.255.250:3702) to a fake responder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, makeTestMedia, startTestCamera, TEST_MEDIA_DIR, waitForStatus, type TestCamera } from '../testing/index.ts';
import { startFakeOnvif } from '../testing/onvifCamera.ts';
import { startFakeDiscovery } from '../testing/wsDiscovery.ts';
import { chooseStreams, discoverOnvifCameras, getOnvifStreams } from './onvif.ts';
import { CameraSupervisor } from './supervisor.ts';

let rtsp: TestCamera;
let onvifDev: Awaited<ReturnType<typeof startFakeOnvif>>;

beforeAll(async () => {
  rtsp = await startTestCamera({ port: await freePort(), user: 'admin', password: 'abc:12@3', media: (await makeTestMedia(TEST_MEDIA_DIR)).dir });
  const rtspBase = `rtsp://127.0.0.1:${rtsp.port}`;
  onvifDev = await startFakeOnvif({
    port: await freePort(), user: 'admin', password: 'abc:12@3',
    profiles: [
      { token: 'Profile_1', name: 'mainStream', width: 1920, height: 1080, fps: 25, streamUri: `${rtspBase}/Streaming/Channels/101?transportmode=unicast&profile=Profile_1`, snapshotUri: 'http://127.0.0.1/onvif/snapshot?channel=1' },
      { token: 'Profile_2', name: 'subStream', width: 640, height: 360, fps: 25, streamUri: `${rtspBase}/Streaming/Channels/102?transportmode=unicast&profile=Profile_2` },
    ],
  });
});
afterAll(async () => { await onvifDev?.stop(); await rtsp?.stop(); });

describe('ONVIF', () => {
  it('reads profiles, stream URIs with credentials, and snapshot URIs; picks main and substream', async () => {
    const port = Number(new URL(onvifDev.base).port);
    const streams = await getOnvifStreams({ hostname: '127.0.0.1', port, user: 'admin', password: 'abc:12@3' });
    expect(streams).toHaveLength(2);
    expect(streams[0]).toMatchObject({ profileToken: 'Profile_1', profileName: 'mainStream', encoding: 'H264', width: 1920, height: 1080, fps: 25, snapshotUrl: 'http://127.0.0.1/onvif/snapshot?channel=1' });
    expect(streams[1]!.snapshotUrl).toBeUndefined();
    expect(streams[1]!.rtspUrl).toBe(`rtsp://admin:abc%3A12%403@127.0.0.1:${rtsp.port}/Streaming/Channels/102?transportmode=unicast&profile=Profile_2`);
    const { record, analyse } = chooseStreams(streams);
    expect(record?.profileToken).toBe('Profile_1');
    expect(analyse?.profileToken).toBe('Profile_2');

    const sup = new CameraSupervisor({ id: 'onvif', source: { kind: 'rtsp', url: analyse!.rtspUrl! } });
    sup.start();
    try {
      await waitForStatus(sup, (s) => s.state === 'streaming', 10_000);
    } finally {
      await sup.stop();
    }
  });

  it('a wrong ONVIF password is refused', async () => {
    const port = Number(new URL(onvifDev.base).port);
    await expect(getOnvifStreams({ hostname: '127.0.0.1', port, user: 'admin', password: 'nope' })).rejects.toThrow(/not Authorized/i);
  });

  it('finds a camera by WS-Discovery, preferring its IPv4 address and reading its name', async () => {
    const port = Number(new URL(onvifDev.base).port);
    const responder = await startFakeDiscovery({ urn: 'urn:uuid:2f1c-gate-1', xaddr: `http://[fe80::1]/onvif/device_service ${onvifDev.base}/onvif/device_service`, name: 'Cổng chính', hardware: 'DS-2CD1023G0-IU' });
    try {
      const found = await discoverOnvifCameras({ timeoutMs: 1500 });
      const cam = found.find((d) => d.urn === 'urn:uuid:2f1c-gate-1');
      expect(cam).toMatchObject({ hostname: '127.0.0.1', port, name: 'Cổng chính', hardware: 'DS-2CD1023G0-IU' });
      expect(responder.probes).toBeGreaterThanOrEqual(1);
    } finally {
      await responder.stop();
    }
  });
});
