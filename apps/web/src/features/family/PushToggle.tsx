import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';

/** VAPID keys travel base64url-encoded; PushManager wants the raw bytes. */
function keyBytes(b64url: string): Uint8Array<ArrayBuffer> {
  const b64 = (b64url + '='.repeat((4 - (b64url.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(b64);
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

type State = 'unknown' | 'unsupported' | 'denied' | 'off' | 'on';

/**
 * "Turn on notifications": registers the service worker, subscribes through PushManager with the server's VAPID
 * key and hands the subscription to the server (one per browser; the server drops it when the push service says it is gone).
 */
export function PushToggle() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>('unknown');
  const submit = useSubmit();
  useEffect(() => {
    if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) { setState('unsupported'); return; }
    if (Notification.permission === 'denied') { setState('denied'); return; }
    void navigator.serviceWorker.getRegistration().then(async (reg) => setState((await reg?.pushManager.getSubscription()) ? 'on' : 'off'));
  }, []);
  const turnOn = () => submit.run(async () => {
    if ((await Notification.requestPermission()) !== 'granted') { setState('denied'); return; }
    const reg = await navigator.serviceWorker.register('/sw.js');
    await navigator.serviceWorker.ready;
    const { publicKey } = await api.get<{ publicKey: string }>('/api/notify/push-key');
    const sub = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
    const json = sub.toJSON() as { endpoint: string; keys: { p256dh: string; auth: string } };
    await api.post('/api/me/push-subscriptions', { endpoint: json.endpoint, keys: { p256dh: json.keys.p256dh, auth: json.keys.auth } });
    setState('on');
  });
  return (
    <section className="card" aria-label={t('family.push.title')}>
      <h2>{t('family.push.title')}</h2>
      {state === 'unsupported' && <Notice>{t('family.push.unsupported')}</Notice>}
      {state === 'denied' && <Notice tone="warn">{t('family.push.denied')}</Notice>}
      {state === 'on' && <Notice tone="ok">{t('family.push.on')}</Notice>}
      {state === 'off' && <Button onClick={() => void turnOn()} disabled={submit.busy}>{t('family.push.turnOn')}</Button>}
      <ErrorMessage error={submit.error} />
      <p className="hint">{t('family.push.install')}</p>
    </section>
  );
}
