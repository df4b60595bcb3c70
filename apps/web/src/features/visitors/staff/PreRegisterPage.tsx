import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { Card } from '../../../components/ui/Card.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useApi } from '../../../hooks/use-api.ts';
import { useSchools } from '../../../hooks/use-schools.ts';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { api } from '../../../lib/api.ts';
import { formatTime, todayIso } from '../../../lib/format.ts';
import { VisitStatus } from '../guard/VisitStatus.tsx';

/** Local (Vietnam) date + HH:MM → ISO instant. */
const at = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`).toISOString();

/** A teacher or the principal tells the gate a visitor is coming; their own visitors (and arrivals) are listed below. */
export function PreRegisterPage() {
  const { t, i18n } = useTranslation();
  const schools = useSchools();
  const [picked, setPicked] = useState('');
  const schoolId = picked || schools.data?.[0]?.id || '';
  const mine = useApi<Visit[]>(schoolId ? `/api/schools/${schoolId}/visits/mine` : null);
  const [f, setF] = useState({ fullName: '', purpose: '', date: todayIso(), from: '14:00', until: '15:00' });
  const [done, setDone] = useState<string | null>(null);
  const s = useSubmit();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => {
      const v = await api.post<Visit>(`/api/schools/${schoolId}/visits`, { fullName: f.fullName, purpose: f.purpose, expectedFrom: at(f.date, f.from), expectedUntil: at(f.date, f.until) });
      setDone(v.fullName);
      setF({ ...f, fullName: '', purpose: '' });
      mine.reload();
    });
  };
  return (
    <div className="stack">
      <h1>{t('visitors.pre.title')}</h1>
      <Card>
        <form className="stack visitors-pre" onSubmit={onSubmit}>
          {(schools.data?.length ?? 0) > 1 && (
            <div className="field">
              <label htmlFor="pre-school">{t('visitors.pre.school')}</label>
              <select id="pre-school" value={schoolId} onChange={(e) => setPicked(e.target.value)}>
                {schools.data!.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
              </select>
            </div>
          )}
          <TextField label={t('visitors.form.fullName')} value={f.fullName} required maxLength={100} onChange={(e) => setF({ ...f, fullName: e.target.value })} />
          <TextField label={t('visitors.form.purpose')} value={f.purpose} required maxLength={200} onChange={(e) => setF({ ...f, purpose: e.target.value })} />
          <div className="form-2">
            <TextField label={t('visitors.pre.date')} type="date" value={f.date} required onChange={(e) => setF({ ...f, date: e.target.value })} />
            <TextField label={t('visitors.pre.from')} type="time" value={f.from} required onChange={(e) => setF({ ...f, from: e.target.value })} />
            <TextField label={t('visitors.pre.until')} type="time" value={f.until} required onChange={(e) => setF({ ...f, until: e.target.value })} />
          </div>
          <ErrorMessage error={s.error ?? schools.error} />
          {done && <p className="alert alert-ok" role="status">{t('visitors.pre.done', { name: done })}</p>}
          <Button type="submit" disabled={s.busy || !schoolId}>{t('visitors.pre.submit')}</Button>
        </form>
      </Card>
      <Card title={t('visitors.pre.mine')}>
        <ErrorMessage error={mine.error} onRetry={mine.reload} />
        {mine.data?.length === 0 && <p className="muted">{t('visitors.pre.none')}</p>}
        <ul className="plain-list visitors-list">
          {mine.data?.map((v) => (
            <li key={v.id} className="visitors-item row-between">
              <span><strong>{v.fullName}</strong> · {v.purpose} <span className="muted small">{formatTime(v.checkedInAt ?? v.expectedFrom, i18n.language)}</span></span>
              <VisitStatus visit={v} />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
