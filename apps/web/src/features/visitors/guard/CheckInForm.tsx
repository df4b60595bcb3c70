import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CccdPreview, CheckInResult, Host, Visit } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useApi } from '../../../hooks/use-api.ts';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { api } from '../../../lib/api.ts';
import { formatDate } from '../../../lib/format.ts';
import type { PhotoPayload } from '../lib/photo.ts';
import { PhotoCapture } from './PhotoCapture.tsx';
import { QrScanner } from './QrScanner.tsx';

/**
 * The guard's check-in: scan (or paste) the CCCD QR — the server reads it and answers with the name and last 4 digits —
 * or type name and digits; purpose, host, expected length and a photo; then check in. A watchlist hold is shown in red.
 */
export function CheckInForm({ schoolId, expected, onDone }: { schoolId: string; expected: Visit | null; onDone: (r: CheckInResult) => void }) {
  const { t, i18n } = useTranslation();
  const hosts = useApi<Host[]>(`/api/schools/${schoolId}/visits/hosts`);
  const [qr, setQr] = useState('');
  const [card, setCard] = useState<CccdPreview | null>(null);
  const [fullName, setFullName] = useState(expected?.fullName ?? '');
  const [idLast4, setIdLast4] = useState('');
  const [purpose, setPurpose] = useState(expected?.purpose ?? '');
  const [hostUserId, setHostUserId] = useState(expected?.hostUserId ?? '');
  const [minutes, setMinutes] = useState('60');
  const [photo, setPhoto] = useState<PhotoPayload | null>(null);
  const preview = useSubmit();
  const submit = useSubmit();

  const runPreview = preview.run;
  const read = useCallback((text: string) => {
    setQr(text);
    void runPreview(async () => {
      const c = await api.post<CccdPreview>(`/api/schools/${schoolId}/visits/cccd`, { qr: text });
      setCard(c);
      setFullName(c.fullName);
      setIdLast4(c.idLast4);
    });
  }, [runPreview, schoolId]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit.run(async () => {
      const body = {
        ...(expected ? { visitId: expected.id } : {}), ...(card && qr ? { qr } : { fullName, ...(idLast4 ? { idLast4 } : {}) }),
        purpose, ...(hostUserId ? { hostUserId } : {}), ...(expected ? {} : { minutes: Number(minutes) }), ...(photo ? { photo } : {}),
      };
      onDone(await api.post<CheckInResult>(`/api/schools/${schoolId}/visits/check-in`, body));
    });
  };

  return (
    <form className="stack visitors-checkin" onSubmit={onSubmit}>
      {expected && <p className="alert alert-info">{t('visitors.form.expected')}: <strong>{expected.fullName}</strong> — {expected.purpose}</p>}
      <QrScanner onResult={read} />
      <div className="visitors-qr-row">
        <TextField label={t('visitors.form.qr')} hint={t('visitors.form.qrHint')} value={qr} autoComplete="off"
          onChange={(e) => { setQr(e.target.value); setCard(null); }} />
        <Button variant="secondary" disabled={!qr || preview.busy} onClick={() => read(qr)}>{t('visitors.form.preview')}</Button>
      </div>
      <ErrorMessage error={preview.error} />
      {card && (
        <div className="alert alert-ok" role="status">
          <p>{t('visitors.scan.read')}: <strong>{card.fullName}</strong></p>
          <p className="small">{t('visitors.form.born')} {formatDate(card.birthDate, i18n.language)} · {t('visitors.form.last4')} {card.idLast4}</p>
        </div>
      )}
      <fieldset className="form-2">
        <legend>{t('visitors.form.orTyped')}</legend>
        <TextField label={t('visitors.form.fullName')} value={fullName} required maxLength={100} disabled={!!card}
          onChange={(e) => setFullName(e.target.value)} />
        <TextField label={t('visitors.form.idLast4')} value={idLast4} inputMode="numeric" pattern="\d{4}" maxLength={4} disabled={!!card}
          onChange={(e) => setIdLast4(e.target.value.replace(/\D/g, ''))} />
      </fieldset>
      <TextField label={t('visitors.form.purpose')} value={purpose} required maxLength={200} onChange={(e) => setPurpose(e.target.value)} />
      <div className="form-2">
        <div className="field">
          <label htmlFor="visit-host">{t('visitors.form.host')}</label>
          <select id="visit-host" value={hostUserId} onChange={(e) => setHostUserId(e.target.value)}>
            <option value="">{t('visitors.form.noHost')}</option>
            {hosts.data?.map((h) => <option key={h.id} value={h.id}>{h.name}</option>)}
          </select>
        </div>
        {!expected && <TextField label={t('visitors.form.minutes')} type="number" min={5} max={720} value={minutes} onChange={(e) => setMinutes(e.target.value)} />}
      </div>
      <PhotoCapture label={t('visitors.form.photo')} photo={photo} onChange={setPhoto} />
      <ErrorMessage error={submit.error} />
      <Button type="submit" disabled={submit.busy}>{t('visitors.form.submit')}</Button>
    </form>
  );
}
