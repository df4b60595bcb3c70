import { useTranslation } from 'react-i18next';
import type { RosterImportResult } from '@truongan/contracts';
import { formatNumber } from '../../lib/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { RosterProblems } from './RosterProblems.tsx';

const STATS = ['rows', 'valid', 'created', 'updated', 'unchanged', 'guardiansCreated', 'classesCreated'] as const;

/** What a dry run found or an import did. */
export function RosterResult({ result }: { result: RosterImportResult }) {
  const { t, i18n } = useTranslation();
  return (
    <Card title={result.dryRun ? t('import.resultDry') : t('import.resultDone')}>
      <div className="stack">
      <dl className="stats">
        {STATS.map((k) => (
          <div key={k} className="stat"><dt>{t(`import.stats.${k}`)}</dt><dd>{formatNumber(result[k], i18n.language)}</dd></div>
        ))}
      </dl>
      {result.problems.length === 0
        ? <Notice tone="ok">{t('import.noProblems')}</Notice>
        : <><Notice tone="warn">{t('import.fixFirst')}</Notice><RosterProblems problems={result.problems} /></>}
      </div>
    </Card>
  );
}
