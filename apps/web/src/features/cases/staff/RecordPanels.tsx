import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView, DisciplineOutcome } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { Card } from '../../../components/ui/Card.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useSchools } from '../../../hooks/use-schools.ts';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { formatSize, toAttachment } from '../lib/files.ts';
import { outcomesFor } from '../lib/labels.ts';
import { send } from '../lib/send.ts';
import { PhotoPicker } from '../public/PhotoPicker.tsx';
import { EventList } from './EventList.tsx';
import { useCaseAction } from './useCaseAction.ts';

type Props = { view: CaseView; reload: () => void };

/** TT 19/2025 outcomes only, and only those the school's level allows: the picker cannot offer a suspension. */
export function DisciplinePanel({ view, reload }: Props) {
  const { t } = useTranslation();
  const schools = useSchools();
  const level = schools.data?.find((s) => s.id === view.schoolId)?.level;
  const outcomes = outcomesFor(level);
  const { act, busy, error } = useCaseAction(view.id, reload);
  const [student, setStudent] = useState('');
  const [outcome, setOutcome] = useState<DisciplineOutcome | ''>('');
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act('POST', '/discipline', { outcome, studentLabel: student.trim(), note: note.trim() || undefined }, () => { setStudent(''); setOutcome(''); setNote(''); });
  };
  return (
    <Card title={t('cases.discipline.title')}>
      <EventList events={view.discipline ?? []} label={t('cases.discipline.title')} empty={t('cases.discipline.none')}
        describe={(d) => `${t(`cases.outcome.${String(d.data.outcome)}`)} (TT 19/2025)`} />
      {view.status !== 'closed' && (
        <form className="stack-tight cases-form" onSubmit={submit}>
          <p className="hint">{t('cases.discipline.lead')}</p>
          <TextField label={t('cases.discipline.student')} value={student} maxLength={120} onChange={(e) => setStudent(e.target.value)} />
          <div className="field">
            <label htmlFor="discipline-outcome">{t('cases.discipline.outcome')}</label>
            <select id="discipline-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as DisciplineOutcome)}>
              <option value="">…</option>
              {outcomes.map((o) => <option key={o} value={o}>{t(`cases.outcome.${o}`)}</option>)}
            </select>
          </div>
          <TextField label={t('cases.discipline.note')} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
          <Button type="submit" disabled={busy || !student.trim() || !outcome}>{t('cases.discipline.record')}</Button>
        </form>
      )}
      <ErrorMessage error={error} />
    </Card>
  );
}

/** Photos on the case (already stripped of EXIF/GPS by the server); school staff may add more. */
export function AttachmentsPanel({ view, reload, canAdd }: Props & { canAdd: boolean }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const { busy, error, run } = useSubmit();
  const list = view.attachments ?? [];
  const upload = () => run(async () => {
    for (const f of files) await send('POST', `/api/cases/${view.id}/attachments`, await toAttachment(f));
    setFiles([]);
    reload();
  });
  return (
    <Card title={t('cases.detail.attachments')}>
      {list.length === 0 ? <p className="muted">{t('cases.detail.noAttachments')}</p> : (
        <ul className="cases-photos">
          {list.map((a) => (
            <li key={a.id}>
              <a href={`/api/cases/${view.id}/attachments/${a.id}`} target="_blank" rel="noreferrer">
                <img src={`/api/cases/${view.id}/attachments/${a.id}`} alt={a.name} className="thumb thumb-large" loading="lazy" />
              </a>
              <span className="small muted">{a.name} · {formatSize(a.size)}</span>
            </li>
          ))}
        </ul>
      )}
      {canAdd && view.status !== 'closed' && (
        <div className="stack-tight">
          <PhotoPicker files={files} onChange={setFiles} />
          {files.length > 0 && <Button disabled={busy} onClick={() => void upload()}>{t('cases.detail.addPhoto')}</Button>}
        </div>
      )}
      <ErrorMessage error={error} />
    </Card>
  );
}
