import type { NotifyChannel, SendOutcome, SendRequest } from '@truongan/core';
import mqtt from 'mqtt';

/**
 * Publishes each event to the machine's MQTT broker (Mosquitto) at QoS 1 under `<prefix>/<kind>`, for
 * school integrations (a gate display, a PA system). QoS 1 is at-least-once, so the payload carries the
 * stable id for subscribers to de-duplicate; PUBACK from the broker is the acceptance.
 */
export class MqttChannel implements NotifyChannel {
  readonly name = 'mqtt' as const;
  readonly providerDedup = true;
  private client: mqtt.MqttClient | null = null;
  constructor(private readonly o: { url: string; topicPrefix: string; timeoutMs: number; clientId?: string }) {}
  reaches() { return true; }

  private connect(): mqtt.MqttClient {
    this.client ??= mqtt.connect(this.o.url, { clientId: this.o.clientId, connectTimeout: this.o.timeoutMs, reconnectPeriod: 1000, queueQoSZero: false });
    return this.client;
  }

  async send(req: SendRequest): Promise<SendOutcome> {
    const c = this.connect();
    const payload = JSON.stringify({ id: req.dedupKey, kind: req.message.kind, text: req.message.text, link: req.message.link, data: req.message.data });
    const topic = `${this.o.topicPrefix}/${req.message.kind}`;
    try {
      await Promise.race([
        c.publishAsync(topic, payload, { qos: 1 }),
        new Promise((_, rej) => setTimeout(() => rej(new Error(`no PUBACK within ${this.o.timeoutMs} ms`)), this.o.timeoutMs).unref()),
      ]);
      return { kind: 'accepted', providerId: req.dedupKey, awaitReceipt: false };
    } catch (e) {
      return { kind: 'retry', reason: `mqtt ${(e as Error).message}` };
    }
  }

  async close() { await this.client?.endAsync(true); this.client = null; }
}
