import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { formatDate, todayIso } from '../../lib/format.ts';
import type { SchoolStructure } from '../../types/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { MAX_PHOTOS, MAX_TOTAL_BYTES, toPhotoPayload } from './evidence-files.ts';
import { FORMATS } from './RequiredActivitiesEditor.tsx';

type Format = (typeof FORMATS)[number];

/** The school records what it did: date, format, classes, participants and evidence photos (metadata stripped on the server). */
export function ActivityForm({ campaign, schoolId, onSaved }: { campaign: Campaign; schoolId: string; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const school = useApi<SchoolStructure>(`/api/schools/${schoolId}`);
  const [heldOn, setHeldOn] = useState(todayIso());
  const [format, setFormat] = useState<Format>('assembly');
  const [requiredKey, setRequiredKey] = useState('');
  const [classIds, setClassIds] = useState<string[]>([]);
  const [participants, setParticipants] = useState('');
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [saved, setSaved] = useState(false);
  const [fileKey, setFileKey] = useState(0); // a new key empties the file input after saving
  const { busy, error, run } = useSubmit();
  const total = photos.reduce((s, f) => s + f.size, 0);
  const tooBig = total > MAX_TOTAL_BYTES || photos.length > MAX_PHOTOS;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const n = Number(participants);
    if (!Number.isInteger(n) || n < 1) return; // the number field itself says why
    setSaved(false);
    await run(async () => {
      await api.post(`/api/campaigns/${campaign.id}/schools/${schoolId}/activities`, {
        heldOn, format, classIds, participants: n, ...(requiredKey ? { requiredKey } : {}), ...(note.trim() ? { note: note.trim() } : {}),
        photos: await Promise.all(photos.map(toPhotoPayload)),
      });
      setSaved(true);
      setPhotos([]);
      setFileKey((k) => k + 1);
      setNote('');
      setParticipants('');
      setClassIds([]);
      onSaved();
    });
  }

  return (
    <form className="stack activity-form" onSubmit={submit} aria-label={t('prevention.activity.title')}>
      <div className="form-2">
        <div className="field">
          <label htmlFor="act-date">{t('prevention.activity.heldOn')}</label>
          <input id="act-date" type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} required />
          {/* Date pickers follow the device's locale; say the date once more the Vietnamese way. */}
          <p className="hint">{formatDate(heldOn, i18n.language)}</p>
        </div>
        <div className="field">
          <label htmlFor="act-format">{t('prevention.activity.format')}</label>
          <select id="act-format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
            {FORMATS.map((f) => <option key={f} value={f}>{t(`prevention.formats.${f}`)}</option>)}
          </select>
        </div>
      </div>
      {campaign.requiredActivities.length > 0 && (
        <div className="field">
          <label htmlFor="act-required">{t('prevention.activity.required')}</label>
          <select id="act-required" value={requiredKey} onChange={(e) => setRequiredKey(e.target.value)}>
            <option value="">{t('prevention.activity.notRequired')}</option>
            {campaign.requiredActivities.map((r) => <option key={r.key} value={r.key}>{r.title}</option>)}
          </select>
        </div>
      )}
      <fieldset className="class-picks">
        <legend>{t('prevention.activity.classes')}</legend>
        <div className="class-grid">
          {(school.data?.classes ?? []).map((c) => (
            <label key={c.id} className="check">
              <input type="checkbox" checked={classIds.includes(c.id)}
                onChange={(e) => setClassIds(e.target.checked ? [...classIds, c.id] : classIds.filter((x) => x !== c.id))} />
              <span>{c.name}</span>
            </label>
          ))}
        </div>
        <p className="hint">{t('prevention.activity.classesHint')}</p>
      </fieldset>
      <div className="field">
        <label htmlFor="act-participants">{t('prevention.activity.participants')}</label>
        <input id="act-participants" type="number" inputMode="numeric" min={1} max={100000} value={participants} onChange={(e) => setParticipants(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="act-note">{t('prevention.activity.note')}</label>
        <textarea id="act-note" className="prose" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="act-photos">{t('prevention.activity.photos')}</label>
        {/* Button-looking label instead of the browser's "Choose Files", which ignores the app's language. */}
        <input key={fileKey} id="act-photos" className="file-input" type="file" accept="image/jpeg,image/png,image/webp,image/heic" multiple
          onChange={(e) => setPhotos([...(e.target.files ?? [])].slice(0, MAX_PHOTOS))} />
        <label className="btn btn-secondary file-button" htmlFor="act-photos">{t('prevention.activity.pickPhotos')}</label>
        <p className="hint">{t('prevention.activity.photosHint')}</p>
        {photos.length > 0 && <p className="small">{t('prevention.activity.photosPicked', { count: photos.length })}</p>}
        {tooBig && <p className="error-text small">{t('prevention.activity.photosTooBig')}</p>}
      </div>
      <ErrorMessage error={error} />
      {saved && <Notice tone="ok">{t('prevention.activity.saved')}</Notice>}
      <Button type="submit" disabled={busy || tooBig}>{busy ? t('app.working') : t('prevention.activity.save')}</Button>
    </form>
  );
}
