import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { School, WatchlistReasonKind } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { api } from '../../../lib/api.ts';
import { todayIso } from '../../../lib/format.ts';
import { PhotoCapture } from '../guard/PhotoCapture.tsx';
import type { PhotoPayload } from '../lib/photo.ts';

const REASONS: WatchlistReasonKind[] = ['custody_restriction', 'court_order', 'police_request', 'other'];

/** Request a watchlist entry: reason, basis, a required expiry (≤ 180 days), optionally a photo for face matching. */
export function WatchlistForm({ schools, onDone }: { schools: School[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState({ schoolId: schools[0]?.id ?? '', fullName: '', idLast4: '', reasonKind: 'custody_restriction' as WatchlistReasonKind, reasonNote: '', source: '',
    expiresOn: todayIso(new Date(Date.now() + 90 * 86_400_000)) });
  const [photo, setPhoto] = useState<PhotoPayload | null>(null);
  const s = useSubmit();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => {
      await api.post('/api/watchlist', { schoolId: f.schoolId, fullName: f.fullName, idLast4: f.idLast4 || null, reasonKind: f.reasonKind, reasonNote: f.reasonNote || null,
        source: f.source, expiresOn: f.expiresOn, ...(photo ? { photo } : {}) });
      setF({ ...f, fullName: '', idLast4: '', reasonNote: '', source: '' });
      setPhoto(null);
      onDone();
    });
  };
  return (
    <form className="stack" onSubmit={onSubmit}>
      {schools.length > 1 && (
        <div className="field">
          <label htmlFor="wl-school">{t('visitors.watch.school')}</label>
          <select id="wl-school" value={f.schoolId} onChange={(e) => setF({ ...f, schoolId: e.target.value })}>
            {schools.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
          </select>
        </div>
      )}
      <div className="form-2">
        <TextField label={t('visitors.form.fullName')} value={f.fullName} required maxLength={100} onChange={(e) => setF({ ...f, fullName: e.target.value })} />
        <TextField label={t('visitors.form.idLast4')} value={f.idLast4} inputMode="numeric" pattern="\d{4}" maxLength={4} onChange={(e) => setF({ ...f, idLast4: e.target.value.replace(/\D/g, '') })} />
      </div>
      <div className="field">
        <label htmlFor="wl-reason">{t('visitors.watch.reasonKind')}</label>
        <select id="wl-reason" value={f.reasonKind} onChange={(e) => setF({ ...f, reasonKind: e.target.value as WatchlistReasonKind })}>
          {REASONS.map((r) => <option key={r} value={r}>{t(`visitors.watch.reasons.${r}`)}</option>)}
        </select>
      </div>
      <TextField label={t('visitors.watch.source')} value={f.source} required maxLength={200} onChange={(e) => setF({ ...f, source: e.target.value })} />
      <TextField label={t('visitors.watch.note')} value={f.reasonNote} maxLength={500} onChange={(e) => setF({ ...f, reasonNote: e.target.value })} />
      <TextField label={t('visitors.watch.expires')} hint={t('visitors.watch.expiresHint')} type="date" value={f.expiresOn} required onChange={(e) => setF({ ...f, expiresOn: e.target.value })} />
      <PhotoCapture label={t('visitors.watch.photo')} photo={photo} onChange={setPhoto} />
      <ErrorMessage error={s.error} />
      <Button type="submit" disabled={s.busy || !f.schoolId}>{t('visitors.watch.submit')}</Button>
    </form>
  );
}
