import { randomUUID } from 'node:crypto';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MqttChannel } from './mqttPublish.ts';
import { buildSendRequest } from './testing/request.ts';

// The machine's Mosquitto on 127.0.0.1:1883; a random topic prefix keeps parallel runs apart.
describe('MQTT channel against the local Mosquitto', () => {
  const prefix = `truongan-test/${randomUUID()}`;
  let sub: mqtt.MqttClient;
  const got: Array<{ topic: string; payload: any }> = [];
  beforeAll(async () => {
    sub = await mqtt.connectAsync('mqtt://127.0.0.1:1883');
    sub.on('message', (topic, p) => got.push({ topic, payload: JSON.parse(p.toString('utf8')) }));
    await sub.subscribeAsync(`${prefix}/#`, { qos: 1 });
  });
  afterAll(async () => { await sub.endAsync(true); });

  it('publishes at QoS 1 under <prefix>/<kind>; the broker acknowledges and a subscriber receives the event', async () => {
    const ch = new MqttChannel({ url: 'mqtt://127.0.0.1:1883', topicPrefix: prefix, timeoutMs: 2000 });
    const req = buildSendRequest({ dedupKey: 'm7:mqtt' });
    expect((await ch.send(req)).kind).toBe('accepted');
    await expect.poll(() => got.length).toBe(1);
    expect(got[0]).toMatchObject({ topic: `${prefix}/passage_entry`, payload: { id: 'm7:mqtt', text: expect.stringContaining('Nguyễn Văn An') } });
    await ch.close();
  });

  it('no broker (closed port) is a retry after the timeout, not a crash', async () => {
    const ch = new MqttChannel({ url: 'mqtt://127.0.0.1:1', topicPrefix: prefix, timeoutMs: 300 });
    expect(await ch.send(buildSendRequest())).toMatchObject({ kind: 'retry' });
    await ch.close();
  });
});
