import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, BoardRow } from '@truongan/contracts';
import { api } from '../../lib/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { Dialog } from '../../components/ui/Dialog.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { RadioGroup } from '../../components/ui/RadioGroup.tsx';

type Session = 'morning' | 'afternoon';
// "Not yet" is what the machine says before anyone passes; a person corrects to a definite status.
const CHOICES: AttendanceStatus[] = ['present', 'late', 'absent', 'excused', 'left'];

/** A teacher corrects one student's status for a session; the reason is required and the change is audited. */
export function CorrectionDialog({ row, date, session, onClose, onSaved }: {
  row: BoardRow | null; date: string; session: Session; onClose: () => void; onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<AttendanceStatus | null>(null);
  const [sessionName, setSessionName] = useState<Session>(session);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const close = () => { setStatus(null); setReason(''); setError(undefined); setSessionName(session); onClose(); };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!row || !status || !reason.trim()) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.post('/api/attendance/corrections', { studentId: row.studentId, date, sessionName, status, reason: reason.trim() });
      const name = row.fullName;
      close();
      onSaved(name);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={!!row} title={t('correction.title', { name: row?.fullName ?? '' })} onClose={close}>
      <form className="stack" onSubmit={submit}>
        <RadioGroup legend={t('correction.session')} value={sessionName} onChange={setSessionName}
          options={(['morning', 'afternoon'] as const).map((s) => ({ value: s, label: t(`attendance.sessionNames.${s}`) }))} />
        <RadioGroup legend={t('correction.status')} value={status} onChange={setStatus}
          options={CHOICES.map((s) => ({ value: s, label: t(`attendance.status.${s}`) }))} />
        <div className="field">
          <label htmlFor="correction-reason">{t('correction.reason')}</label>
          <textarea id="correction-reason" className="prose" rows={3} required maxLength={300} value={reason}
            onChange={(e) => setReason(e.target.value)} aria-describedby="correction-hint" />
          <p id="correction-hint" className="hint">{t('correction.reasonHint')}</p>
        </div>
        <ErrorMessage error={error} />
        <Button type="submit" disabled={busy || !status || !reason.trim()}>{busy ? t('app.working') : t('correction.save')}</Button>
      </form>
    </Dialog>
  );
}
