import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GatePassage } from '../../types/api.ts';
import { api } from '../../lib/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';

type Candidate = GatePassage['candidates'][number] & { studentName?: string | null; className?: string | null };

/** The guard settles a passage the machine would not decide: one of the candidates, or not a student at all. */
export function ConfirmCandidates({ passage, onDone }: { passage: GatePassage; onDone: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const confirm = async (studentId: string | null) => {
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/api/passages/${encodeURIComponent(passage.id)}/confirm`, { studentId });
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const candidates = passage.candidates as Candidate[];
  return (
    <div className="confirm">
      <p className="small">{t('gate.pickHelp')}</p>
      <div className="confirm-buttons">
        {candidates.map((c, i) => (
          <Button key={c.studentId} variant="secondary" className="btn-small" disabled={busy} onClick={() => confirm(c.studentId)}>
            {c.studentName ?? t('gate.candidate', { n: i + 1 })}{c.className ? ` (${c.className})` : ''} · {t('gate.similarity', { pct: Math.round(c.score * 100) })}
          </Button>
        ))}
        <Button variant="danger" className="btn-small" disabled={busy} onClick={() => confirm(null)}>{t('gate.notStudent')}</Button>
      </div>
      <ErrorMessage error={error} />
    </div>
  );
}
