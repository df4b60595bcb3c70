import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';

/** The counsellor sets a time and place; an anonymous student sees them with the reply code. */
export function ScheduleForm({ requestId, onSaved }: { requestId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [at, setAt] = useState('');
  const [place, setPlace] = useState(t('prevention.counselling.defaultPlace'));
  const { busy, error, run } = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // datetime-local is the device's local time (Vietnam for a school); the API takes an instant.
    void run(async () => { await api.post(`/api/counselling/requests/${requestId}/sessions`, { scheduledAt: new Date(at).toISOString(), place: place.trim() }); setAt(''); onSaved(); });
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('prevention.counselling.scheduleTitle')}>
      <div className="form-2">
        <div className="field">
          <label htmlFor="s-at">{t('prevention.counselling.when')}</label>
          <input id="s-at" type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="s-place">{t('prevention.counselling.place')}</label>
          <input id="s-place" type="text" maxLength={200} value={place} onChange={(e) => setPlace(e.target.value)} required />
        </div>
      </div>
      <ErrorMessage error={error} />
      <Button type="submit" disabled={busy || !at || !place.trim()}>{t('prevention.counselling.schedule')}</Button>
    </form>
  );
}
