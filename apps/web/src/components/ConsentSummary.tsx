import { useTranslation } from 'react-i18next';
import type { ConsentOverview } from '../types/api.ts';
import { PURPOSES } from '../types/api.ts';
import { formatNumber } from '../lib/format.ts';

const KEYS = ['granted', 'withdrawn', 'unanswered', 'inForce'] as const;

/** Counts per purpose: granted, withdrawn, not answered, in force. */
export function ConsentSummary({ summary }: { summary: ConsentOverview['summary'] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="summary-grid">
      {PURPOSES.map((p) => (
        <div key={p} className="summary">
          <h3>{t(`consent.purposes.${p}`)}</h3>
          <dl className="stats">
            {KEYS.map((k) => (
              <div key={k} className={`stat stat-${k}`}>
                <dt>{t(`consent.summary.${k}`)}</dt>
                <dd>{formatNumber(summary[p]?.[k] ?? 0, i18n.language)}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </div>
  );
}
