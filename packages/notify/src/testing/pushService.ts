import { createECDH, randomBytes } from 'node:crypto';
import https from 'node:https';
import ece from 'http_ece';
import { json, startFake } from './fakeServer.ts';

/** A browser's side of a subscription: the P-256 key pair and auth secret it would hand to the server. */
export function browserSubscription(endpoint: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16).toString('base64url');
  return { endpoint, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth }, ecdh };
}

/**
 * A push service on loopback (RFC 8030): it checks the VAPID Authorization header and the aes128gcm content
 * encoding, then decrypts the payload with the subscriber's private key exactly as the browser would
 * (RFC 8291), so a test sees what the guardian's phone would show.
 */
export async function startPushService() {
  const subs = new Map<string, ReturnType<typeof browserSubscription>>();
  const received: Array<{ sub: string; payload: any; headers: Record<string, unknown> }> = [];
  const server = await startFake((x, res) => {
    const id = x.path.split('/').pop()!;
    const sub = subs.get(id);
    if (!sub) return json(res, { reason: 'unsubscribed' }, 410);
    if (!/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]+$/.test(String(x.headers.authorization))) return json(res, { reason: 'bad vapid' }, 403);
    if (x.headers['content-encoding'] !== 'aes128gcm' || !x.headers.ttl) return json(res, { reason: 'bad encoding' }, 400);
    const plain = ece.decrypt(Buffer.from(x.body, 'latin1'), { version: 'aes128gcm', privateKey: sub.ecdh, authSecret: sub.keys.auth });
    received.push({ sub: id, payload: JSON.parse(plain.toString('utf8')), headers: { topic: x.headers.topic, urgency: x.headers.urgency, ttl: x.headers.ttl } });
    res.writeHead(201, { location: `${server.url}/msg/${received.length}` }).end();
  }, { raw: true, tls: true });
  return {
    ...server, received, agent: new https.Agent({ ca: server.ca }),
    subscribe(id: string) { const s = browserSubscription(`${server.url}/push/${id}`); subs.set(id, s); return s; },
    unsubscribe(id: string) { subs.delete(id); },
  };
}
