import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/Button.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import type { CaptureResult } from './use-gate-capture.ts';

/** The crops the server kept; the teacher unticks any that are not right and confirms, or discards them all. */
export function CaptureCandidates({ result, name, busy, onConfirm, onDiscard }: {
  result: CaptureResult; name: string; busy: boolean; onConfirm: (ids: string[]) => void; onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(() => new Set(result.candidates.map((c) => c.id)));
  const toggle = (id: string) => setChosen((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  return (
    <section className="stack-tight" aria-labelledby="capture-candidates">
      <h2 id="capture-candidates">{t('capture.candidatesTitle', { name })}</h2>
      <ul className="capture-candidates">
        {result.candidates.map((c, i) => (
          <li key={c.id}>
            <img src={c.image} alt={t('capture.candidateAlt', { n: i + 1 })} />
            <label className="capture-use">
              <input type="checkbox" checked={chosen.has(c.id)} onChange={() => toggle(c.id)} disabled={busy} />
              {t('capture.use')} · {t('capture.quality', { pct: Math.round(c.quality * 100) })}
            </label>
          </li>
        ))}
      </ul>
      <p className="small muted">{t('capture.expires')}</p>
      <div className="actions capture-actions">
        <Button onClick={() => onConfirm([...chosen])} disabled={busy || chosen.size === 0}>{t('capture.confirm')}</Button>
        <Button variant="secondary" onClick={onDiscard} disabled={busy}>{t('capture.discard')}</Button>
      </div>
    </section>
  );
}

/** Why no frame could be used: each reason once, with how many frames it concerned. */
export function CaptureRefusals({ result }: { result: CaptureResult }) {
  const { t } = useTranslation();
  const counts = new Map<string, number>();
  for (const r of result.refusals) for (const i of r.issues) counts.set(i, (counts.get(i) ?? 0) + 1);
  return (
    <Notice tone="warn">
      <strong>{t('capture.noCandidate', { frames: result.frames })}</strong>
      <ul className="capture-reasons">
        {[...counts].sort((a, b) => b[1] - a[1]).map(([issue, n]) => (
          <li key={issue} data-issue={issue}>{t(`capture.issues.${issue}`)} <span className="muted">({t('capture.frames', { count: n })})</span></li>
        ))}
      </ul>
    </Notice>
  );
}
