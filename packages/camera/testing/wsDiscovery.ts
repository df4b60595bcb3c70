// Fake WS-Discovery responder: answers multicast Probes (UDP 239.255.255.250:3702) with a
// ProbeMatch naming a device service URL, as an ONVIF camera on the school LAN would.
import { createSocket, type Socket } from 'node:dgram';

export interface FakeDiscoveryOptions {
  urn: string;
  xaddr: string;
  name: string;
  hardware: string;
}

export function probeMatchXml(o: FakeDiscoveryOptions, relatesTo: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://www.w3.org/2003/05/soap-envelope" xmlns:wsa="http://schemas.xmlsoap.org/ws/2004/08/addressing" xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery" xmlns:dn="http://www.onvif.org/ver10/network/wsdl">
<SOAP-ENV:Header><wsa:MessageID>urn:uuid:${crypto.randomUUID()}</wsa:MessageID><wsa:RelatesTo>${relatesTo}</wsa:RelatesTo><wsa:To SOAP-ENV:mustUnderstand="true">http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</wsa:To><wsa:Action SOAP-ENV:mustUnderstand="true">http://schemas.xmlsoap.org/ws/2005/04/discovery/ProbeMatches</wsa:Action></SOAP-ENV:Header>
<SOAP-ENV:Body><d:ProbeMatches><d:ProbeMatch><wsa:EndpointReference><wsa:Address>${o.urn}</wsa:Address></wsa:EndpointReference><d:Types>dn:NetworkVideoTransmitter</d:Types><d:Scopes>onvif://www.onvif.org/type/video_encoder onvif://www.onvif.org/Profile/Streaming onvif://www.onvif.org/name/${encodeURIComponent(o.name)} onvif://www.onvif.org/hardware/${encodeURIComponent(o.hardware)} onvif://www.onvif.org/location/city/hanoi</d:Scopes><d:XAddrs>${o.xaddr}</d:XAddrs><d:MetadataVersion>10</d:MetadataVersion></d:ProbeMatch></d:ProbeMatches></SOAP-ENV:Body></SOAP-ENV:Envelope>`;
}

export async function startFakeDiscovery(o: FakeDiscoveryOptions): Promise<{ probes: number; stop(): Promise<void> }> {
  const sock: Socket = createSocket({ type: 'udp4', reuseAddr: true });
  const state = { probes: 0, stop: () => new Promise<void>((r) => sock.close(() => r())) };
  sock.on('message', (msg, rinfo) => {
    const xml = msg.toString();
    if (!/Probe\b/.test(xml) || /ProbeMatches/.test(xml)) return;
    state.probes++;
    const id = /<(?:\w+:)?MessageID[^>]*>([^<]+)</.exec(xml)?.[1] ?? '';
    sock.send(probeMatchXml(o, id), rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve, reject) => {
    sock.once('error', reject);
    sock.bind(3702, () => {
      sock.addMembership('239.255.255.250');
      resolve();
    });
  });
  return state;
}
