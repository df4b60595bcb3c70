// Fake ONVIF Profile S device service (SOAP over HTTP), just enough for the `onvif` package to
// connect and read profiles, stream URIs and snapshot URIs: GetSystemDateAndTime, GetCapabilities
// (GetServices answers a fault, as on older cameras), GetProfiles, GetVideoSources, GetStreamUri,
// GetSnapshotUri. WS-Security UsernameToken digests are checked, so a wrong password is refused.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';

export interface FakeOnvifProfile {
  token: string;
  name: string;
  width: number;
  height: number;
  fps: number;
  streamUri: string;
  snapshotUri?: string;
}

export interface FakeOnvifOptions {
  port: number;
  user: string;
  password: string;
  profiles: FakeOnvifProfile[];
}

const envelope = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:tt="http://www.onvif.org/ver10/schema" xmlns:tds="http://www.onvif.org/ver10/device/wsdl" xmlns:trt="http://www.onvif.org/ver10/media/wsdl"><s:Body>${body}</s:Body></s:Envelope>`;
const fault = (reason: string) => envelope(`<s:Fault><s:Code><s:Value>s:Sender</s:Value></s:Code><s:Reason><s:Text xml:lang="en">${reason}</s:Text></s:Reason></s:Fault>`);
const tag = (xml: string, name: string) => new RegExp(`<(?:\\w+:)?${name}(?:\\s[^>]*)?>([^<]*)<`).exec(xml)?.[1];

function wsseOk(xml: string, user: string, password: string): boolean {
  const [u, digest, nonce, created] = ['Username', 'Password', 'Nonce', 'Created'].map((n) => tag(xml, n));
  if (u !== user || !digest || !nonce || !created) return false;
  const expected = createHash('sha1').update(Buffer.concat([Buffer.from(nonce, 'base64'), Buffer.from(created), Buffer.from(password)])).digest('base64');
  return expected === digest;
}

function answer(action: string, xml: string, o: FakeOnvifOptions, base: string): string | undefined {
  const now = new Date();
  const profile = o.profiles.find((p) => p.token === tag(xml, 'ProfileToken'));
  switch (action) {
    case 'GetSystemDateAndTime':
      return `<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:DateTimeType>NTP</tt:DateTimeType><tt:DaylightSavings>false</tt:DaylightSavings><tt:UTCDateTime><tt:Time><tt:Hour>${now.getUTCHours()}</tt:Hour><tt:Minute>${now.getUTCMinutes()}</tt:Minute><tt:Second>${now.getUTCSeconds()}</tt:Second></tt:Time><tt:Date><tt:Year>${now.getUTCFullYear()}</tt:Year><tt:Month>${now.getUTCMonth() + 1}</tt:Month><tt:Day>${now.getUTCDate()}</tt:Day></tt:Date></tt:UTCDateTime></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>`;
    case 'GetCapabilities':
      return `<tds:GetCapabilitiesResponse><tds:Capabilities><tt:Device><tt:XAddr>${base}/onvif/device_service</tt:XAddr></tt:Device><tt:Media><tt:XAddr>${base}/onvif/media_service</tt:XAddr></tt:Media></tds:Capabilities></tds:GetCapabilitiesResponse>`;
    case 'GetProfiles':
      return `<trt:GetProfilesResponse>${o.profiles.map((p) => `<trt:Profiles token="${p.token}" fixed="true"><tt:Name>${p.name}</tt:Name><tt:VideoSourceConfiguration token="VSC_1"><tt:Name>VSC_1</tt:Name><tt:UseCount>${o.profiles.length}</tt:UseCount><tt:SourceToken>VideoSource_1</tt:SourceToken><tt:Bounds x="0" y="0" width="1920" height="1080"/></tt:VideoSourceConfiguration><tt:VideoEncoderConfiguration token="VEC_${p.token}"><tt:Name>VEC_${p.token}</tt:Name><tt:UseCount>1</tt:UseCount><tt:Encoding>H264</tt:Encoding><tt:Resolution><tt:Width>${p.width}</tt:Width><tt:Height>${p.height}</tt:Height></tt:Resolution><tt:Quality>3</tt:Quality><tt:RateControl><tt:FrameRateLimit>${p.fps}</tt:FrameRateLimit><tt:EncodingInterval>1</tt:EncodingInterval><tt:BitrateLimit>2048</tt:BitrateLimit></tt:RateControl></tt:VideoEncoderConfiguration></trt:Profiles>`).join('')}</trt:GetProfilesResponse>`;
    case 'GetVideoSources':
      return `<trt:GetVideoSourcesResponse><trt:VideoSources token="VideoSource_1"><tt:Framerate>25</tt:Framerate><tt:Resolution><tt:Width>1920</tt:Width><tt:Height>1080</tt:Height></tt:Resolution></trt:VideoSources></trt:GetVideoSourcesResponse>`;
    case 'GetStreamUri':
      return profile && `<trt:GetStreamUriResponse><trt:MediaUri><tt:Uri>${profile.streamUri.replace(/&/g, '&amp;')}</tt:Uri><tt:InvalidAfterConnect>false</tt:InvalidAfterConnect><tt:InvalidAfterReboot>false</tt:InvalidAfterReboot><tt:Timeout>PT60S</tt:Timeout></trt:MediaUri></trt:GetStreamUriResponse>`;
    case 'GetSnapshotUri':
      return profile?.snapshotUri && `<trt:GetSnapshotUriResponse><trt:MediaUri><tt:Uri>${profile.snapshotUri.replace(/&/g, '&amp;')}</tt:Uri><tt:InvalidAfterConnect>false</tt:InvalidAfterConnect><tt:InvalidAfterReboot>false</tt:InvalidAfterReboot><tt:Timeout>PT60S</tt:Timeout></trt:MediaUri></trt:GetSnapshotUriResponse>`;
  }
  return undefined;
}

export async function startFakeOnvif(o: FakeOnvifOptions): Promise<{ base: string; actions: string[]; stop(): Promise<void> }> {
  const base = `http://127.0.0.1:${o.port}`;
  const actions: string[] = [];
  const server: Server = createServer((req, res) => {
    let xml = '';
    req.on('data', (d) => (xml += d));
    req.on('end', () => {
      const action = /<(?:\w+:)?Body[^>]*>\s*<(?:\w+:)?(\w+)/.exec(xml)?.[1] ?? '';
      actions.push(action);
      const send = (status: number, body: string) => res.writeHead(status, { 'content-type': 'application/soap+xml; charset=utf-8' }).end(body);
      // Like real cameras: the clock is public (clients need it to build digests), the rest is not.
      if (action !== 'GetSystemDateAndTime' && !wsseOk(xml, o.user, o.password)) return send(400, fault('Sender not Authorized'));
      const body = answer(action, xml, o, base);
      return body ? send(200, envelope(body)) : send(400, fault('Optional Action Not Implemented'));
    });
  });
  await new Promise<void>((resolve) => server.listen(o.port, '127.0.0.1', resolve));
  return { base, actions, stop: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}
