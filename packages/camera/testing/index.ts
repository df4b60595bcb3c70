// Test doubles for cameras: a real RTSP server on loopback, an HTTP/MJPEG camera, and test video.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { startTestCamera, freePort } from './testCamera.ts';
export type { TestCamera, TestCameraOptions } from './testCamera.ts';
export { startHttpCamera, SNAPSHOT_PATHS } from './httpCamera.ts';
export type { HttpCamera, HttpCameraOptions } from './httpCamera.ts';
export { makeTestMedia, runFfmpeg } from './testMedia.ts';
export type { TestMedia, TestMediaOptions } from './testMedia.ts';
export { waitFor, waitForStatus } from './waitFor.ts';
export { startFakeOnvif } from './onvifCamera.ts';
export type { FakeOnvifOptions, FakeOnvifProfile } from './onvifCamera.ts';
export { startFakeDiscovery } from './wsDiscovery.ts';

/**
 * Where tests keep generated media: outside the work tree (MPEG-TS files end in .ts, which linters
 * would take for TypeScript), reused between runs on the same machine.
 */
export const TEST_MEDIA_DIR = process.env.TRUONGAN_TEST_MEDIA ?? join(tmpdir(), 'truongan-camera-media');
export { ffmpegChildTicks, TICK } from './ffmpegTicks.ts';
