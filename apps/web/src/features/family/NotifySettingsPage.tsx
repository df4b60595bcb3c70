import type { NotifyPreferences } from '@truongan/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/Button.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { ALL_CHANNELS, ChannelOrder } from './ChannelOrder.tsx';
import { useNotifyPreferences } from './hooks.ts';
import { PushToggle } from './PushToggle.tsx';

const EVENTS: NotifyPreferences['events'] = ['passage_entry', 'passage_exit', 'late', 'absent', 'announcement'];

/** `/settings/notifications`: channel order, which events, quiet hours, daily digest, message language; and Web Push on this device. */
export function NotifySettingsPage() {
  const { t } = useTranslation();
  const prefs = useNotifyPreferences();
  const [draft, setDraft] = useState<NotifyPreferences>();
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  // An empty list means "the school's default order": show that order so the guardian starts from what really happens.
  useEffect(() => { if (prefs.data) setDraft({ ...prefs.data, channels: prefs.data.channels.length ? prefs.data.channels : ALL_CHANNELS }); }, [prefs.data]);
  const change = (patch: Partial<NotifyPreferences>) => { setDraft((d) => (d ? { ...d, ...patch } : d)); setSaved(false); };
  const save = () => submit.run(async () => {
    setDraft(await api.put<NotifyPreferences>('/api/me/notify-preferences', draft));
    setSaved(true);
  });
  return (
    <div className="stack">
      <h1>{t('family.settings.title')}</h1>
      <PushToggle />
      {prefs.loading && !draft && <Loading />}
      <ErrorMessage error={prefs.error} onRetry={prefs.reload} />
      {draft && (
        <form className="stack" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <Card title={t('family.settings.channels')}>
            <p className="hint">{t('family.settings.channelsHint')}</p>
            <ChannelOrder order={draft.channels} onChange={(channels) => change({ channels })} />
          </Card>
          <Card title={t('family.settings.events')}>
            {EVENTS.map((ev) => (
              <label key={ev} className="check">
                <input type="checkbox" checked={draft.events.includes(ev)}
                  onChange={(e) => change({ events: e.target.checked ? EVENTS.filter((x) => x === ev || draft.events.includes(x)) : draft.events.filter((x) => x !== ev) })} />
                {' '}{t(`family.settings.event.${ev}`)}
              </label>
            ))}
          </Card>
          <Card title={t('family.settings.quiet')}>
            <label className="check">
              <input type="checkbox" checked={draft.quietHours !== null} onChange={(e) => change({ quietHours: e.target.checked ? { from: '21:30', to: '06:00' } : null })} />
              {' '}{t('family.settings.quietOn')}
            </label>
            {draft.quietHours && (
              <div className="form-2">
                <div className="field"><label htmlFor="quiet-from">{t('family.settings.from')}</label>
                  <input id="quiet-from" type="time" value={draft.quietHours.from} onChange={(e) => change({ quietHours: { ...draft.quietHours!, from: e.target.value } })} required /></div>
                <div className="field"><label htmlFor="quiet-to">{t('family.settings.to')}</label>
                  <input id="quiet-to" type="time" value={draft.quietHours.to} onChange={(e) => change({ quietHours: { ...draft.quietHours!, to: e.target.value } })} required /></div>
              </div>
            )}
          </Card>
          <Card title={t('family.settings.more')}>
            <label className="check">
              <input type="checkbox" checked={draft.digest} onChange={(e) => change({ digest: e.target.checked })} /> {t('family.settings.digest')}
            </label>
            {draft.digest && (
              <div className="field"><label htmlFor="digest-at">{t('family.settings.digestAt')}</label>
                <input id="digest-at" type="time" value={draft.digestAt} onChange={(e) => change({ digestAt: e.target.value })} required /></div>
            )}
            <div className="field">
              <label htmlFor="msg-lang">{t('family.settings.language')}</label>
              <select id="msg-lang" value={draft.locale} onChange={(e) => change({ locale: e.target.value as 'vi' | 'en' })}>
                <option value="vi">{t('family.settings.lang.vi')}</option><option value="en">{t('family.settings.lang.en')}</option>
              </select>
            </div>
          </Card>
          <ErrorMessage error={submit.error} />
          {saved && <Notice tone="ok">{t('family.settings.saved')}</Notice>}
          <Button type="submit" disabled={submit.busy}>{t('family.settings.save')}</Button>
        </form>
      )}
    </div>
  );
}
