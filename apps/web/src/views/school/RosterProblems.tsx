import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterProblem } from '@truongan/contracts';
import { messageFor } from '../../lib/api-error.ts';
import { Button } from '../../components/ui/Button.tsx';

const PAGE = 100;

/** Every bad row: line, column, reason, the value found, the server's explanation; counted by reason, shown a page at a time. */
export function RosterProblems({ problems }: { problems: RosterProblem[] }) {
  const { t, i18n } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const byReason = new Map<string, number>();
  for (const p of problems) byReason.set(p.reason, (byReason.get(p.reason) ?? 0) + 1);
  return (
    <div className="stack">
      <ul className="reason-counts" aria-label={t('import.reason')}>
        {[...byReason].sort((a, b) => b[1] - a[1]).map(([reason, n]) => (
          <li key={reason} className="badge badge-warn">{t(`import.reasons.${reason}`, { defaultValue: reason })}: {n}</li>
        ))}
      </ul>
      <div className="table-wrap">
        <table className="table wide">
          <caption>{t('import.problems', { count: problems.length })}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{t('import.line')}</th><th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.reason')}</th><th scope="col">{t('import.value')}</th><th scope="col">{t('import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, limit).map((p, i) => (
              <tr key={`${p.line}-${p.column}-${i}`}>
                <td className="num">{p.line}</td>
                <td>{p.column ?? '—'}</td>
                <td>{t(`import.reasons.${p.reason}`, { defaultValue: p.reason })}</td>
                <td><code>{p.value ?? ''}</code></td>
                <td>{messageFor(p.message, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > limit && (
        <Button variant="secondary" onClick={() => setLimit((n) => n + PAGE)}>
          {t('import.moreProblems', { shown: limit, total: problems.length })}
        </Button>
      )}
    </div>
  );
}
