import { useTranslation } from 'react-i18next';
import { useAuditLog } from '../../hooks/use-audit-log.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';

/** The audit log of one school (principal) or of everything (system admin), newest first. */
export function AuditView({ schoolId }: { schoolId?: string }) {
  const { t, i18n } = useTranslation();
  const log = useAuditLog(schoolId);
  return (
    <div className="stack">
      <h1>{t('audit.title')}</h1>
      <p className="small muted">{t('audit.chainNote')}</p>
      <ErrorMessage error={log.error} onRetry={log.reload} />
      {!log.loading && !log.error && log.entries.length === 0 && <p>{t('audit.empty')}</p>}
      {log.entries.length > 0 && (
        <div className="table-wrap">
          <table className="table wide">
            <caption className="sr-only">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">{t('audit.seq')}</th><th scope="col">{t('audit.at')}</th><th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th><th scope="col">{t('audit.target')}</th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((e) => (
                <tr key={e.seq}>
                  <td className="num">{e.seq}</td>
                  <td className="nowrap">{formatDateTime(e.at, i18n.language)}</td>
                  <td>{e.actorName}</td>
                  <td>{t(`auditActions.${e.action.replace('.', '_')}`, { defaultValue: e.action })}</td>
                  <td className="small">{e.targetKind ? `${e.targetKind}: ${e.targetId ?? ''}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.loading && <Loading />}
      {!log.done && !log.loading && log.entries.length > 0 && <Button variant="secondary" onClick={log.more}>{t('audit.loadMore')}</Button>}
    </div>
  );
}
