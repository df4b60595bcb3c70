import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReporterView } from '@truongan/contracts';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { api, query } from '../../../lib/api.ts';
import { TextAction } from './TextAction.tsx';

/**
 * Whether the reporter is known, and, for the designated roles only, a deliberate "show" that asks for a reason
 * (written to the audit log). The identity is never part of the case view itself; the server refuses anyone else.
 */
export function ReporterPanel({ caseId, known, canAsk }: { caseId: string; known: boolean; canAsk: boolean }) {
  const { t } = useTranslation();
  const [who, setWho] = useState<ReporterView | null>(null);
  const { busy, error, run } = useSubmit();
  return (
    <div className="stack-tight">
      <p><strong>{t('cases.detail.reporter')}:</strong> {known ? t('cases.detail.reporterNamed') : t('cases.detail.reporterAnon')}</p>
      {known && canAsk && !who && (
        <details className="cases-close">
          <summary>{t('cases.detail.reveal')}</summary>
          <TextAction label={t('cases.detail.revealReason')} button={t('cases.detail.revealDo')} busy={busy} rows={2}
            onSend={(reason) => void run(async () => { setWho(await api.get<ReporterView>(`/api/cases/${caseId}/reporter${query({ reason })}`)); })} />
        </details>
      )}
      {who && (
        <dl className="facts">
          <dt>{t('cases.detail.reporterName')}</dt><dd>{who.name ?? '—'}</dd>
          <dt>{t('cases.detail.reporterPhone')}</dt><dd>{who.phone ? <a href={`tel:${who.phone}`}>{who.phone}</a> : '—'}</dd>
        </dl>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
