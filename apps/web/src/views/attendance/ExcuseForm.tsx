import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRow } from '@truongan/contracts';
import { api } from '../../lib/api.ts';
import { formatDate, todayIso } from '../../lib/format.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';

/** Records an excused absence asked for by a parent, for one day or a range of days. */
export function ExcuseForm({ rows, onSaved }: { rows: BoardRow[]; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  const [studentId, setStudentId] = useState('');
  const [fromDate, setFrom] = useState(today);
  const [toDate, setTo] = useState(today);
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSubmit();
  const [saved, setSaved] = useState<string | null>(null);
  const badRange = toDate < fromDate;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!studentId || !reason.trim() || badRange) return;
    setSaved(null);
    await run(async () => {
      await api.post('/api/attendance/excuses', { studentId, fromDate, toDate, reason: reason.trim() });
      setSaved(rows.find((r) => r.studentId === studentId)?.fullName ?? '');
      setReason('');
      onSaved();
    });
  }

  return (
    <form className="stack" onSubmit={submit}>
      <p className="small">{t('excuse.help')}</p>
      <div className="field">
        <label htmlFor="excuse-student">{t('excuse.student')}</label>
        <select id="excuse-student" value={studentId} onChange={(e) => setStudentId(e.target.value)} required>
          <option value="">—</option>
          {rows.map((r) => <option key={r.studentId} value={r.studentId}>{r.fullName}</option>)}
        </select>
      </div>
      <div className="date-range">
        <div className="field">
          <label htmlFor="excuse-from">{t('excuse.from')}</label>
          <input id="excuse-from" type="date" value={fromDate} onChange={(e) => setFrom(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="excuse-to">{t('excuse.to')}</label>
          <input id="excuse-to" type="date" value={toDate} min={fromDate} onChange={(e) => setTo(e.target.value)} required />
        </div>
      </div>
      {/* Date pickers follow the device's locale; say the range once more the Vietnamese way. */}
      {badRange ? <p className="error-text small">{t('excuse.badRange')}</p>
        : <p className="hint">{formatDate(fromDate, i18n.language)} – {formatDate(toDate, i18n.language)}</p>}
      <div className="field">
        <label htmlFor="excuse-reason">{t('excuse.reason')}</label>
        <input id="excuse-reason" type="text" maxLength={300} value={reason} onChange={(e) => setReason(e.target.value)} required />
      </div>
      <ErrorMessage error={error} />
      {saved !== null && <Notice tone="ok">{t('excuse.saved', { name: saved })}</Notice>}
      <Button type="submit" disabled={busy || !studentId || !reason.trim() || badRange}>{t('excuse.save')}</Button>
    </form>
  );
}
