import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Agency, CaseView } from '@truongan/contracts';
import { Badge } from '../../../components/ui/Badge.tsx';
import { Card } from '../../../components/ui/Card.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../../components/ui/Loading.tsx';
import { useApi } from '../../../hooks/use-api.ts';
import { useEventSource } from '../../../hooks/use-event-source.ts';
import { query } from '../../../lib/api.ts';
import { caseScopeOf } from '../hooks/use-cases.ts';
import { useMe } from '../../../hooks/use-me.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { hasRole } from '../../../lib/roles.ts';
import { priorityTone, statusTone } from '../lib/labels.ts';
import { AgencyActionsPanel, AgencyParts, SchoolAgencyPanel } from './AgencyPanels.tsx';
import { InterventionClock, SlaClocks } from './CaseClocks.tsx';
import { AttachmentsPanel, DisciplinePanel } from './RecordPanels.tsx';
import { ReporterPanel } from './ReporterPanel.tsx';
import { TriagePanel } from './TriagePanel.tsx';
import { ChatPanel, NotesPanel, TasksPanel } from './WorkPanels.tsx';

/**
 * `/cases/:caseId`. Shows exactly the fields the server returned: a field this reader may not see is absent
 * from the answer, so it is absent here too. School staff get the handling panels; ward roles their own part.
 */
export function CaseDetailPage() {
  const { t, i18n } = useTranslation();
  const { caseId } = useParams();
  const { me } = useMe();
  const { data: view, error, loading, reload } = useApi<CaseView>(caseId ? `/api/cases/${caseId}` : null);
  // When the other side acts (the police acknowledge, the school answers), re-read this case through the audited route.
  const scope = me ? caseScopeOf(me) : null;
  useEventSource(scope && caseId ? `/api/cases/stream${query({ scope })}` : null, {
    event: (data) => { if ((JSON.parse(data) as { caseId?: string }).caseId === caseId) reload(); },
  });
  if (loading && !view) return <Loading />;
  if (!view || !me) return <div className="stack"><Link to="/cases">← {t('cases.detail.back')}</Link><ErrorMessage error={error} onRetry={reload} /></div>;
  // The school handles the case; the server shows internal notes only to school audiences, so their presence says "you handle this".
  const handles = view.internalNotes !== undefined && hasRole(me, 'school_admin', 'counsellor');
  const agency: Agency | null = hasRole(me, 'ward_police') ? 'ward_police' : hasRole(me, 'ward_officer') ? 'ward_committee' : null;
  const fact = (label: string, value: string | null | undefined) => value === undefined ? null : <><dt>{label}</dt><dd>{value || t('cases.detail.none')}</dd></>;
  return (
    <div className="stack">
      <Link to="/cases">← {t('cases.detail.back')}</Link>
      <div className="row-between">
        <h1>{view.code}</h1>
        <span className="actions">
          <Badge tone={priorityTone[view.priority]}>{t(`cases.priority.${view.priority}`)}</Badge>
          <Badge tone={statusTone[view.status]}>{t(`cases.status.${view.status}`)}</Badge>
        </span>
      </div>
      <p className="lead"><strong>{t(`cases.category.${view.category}`)}</strong> · {view.schoolName}</p>
      <p className="small muted">{t('cases.detail.filed', { at: formatDateTime(view.createdAt, i18n.language), source: t(`cases.source.${view.source}`) })}</p>
      {view.clocks.suggest111 && view.status !== 'closed' && <p className="alert alert-error">{t('cases.detail.suggest111')} <a href="tel:111">111</a></p>}
      {view.closeReason && <p className="alert alert-info">{t('cases.detail.closedBecause', { reason: view.closeReason })}</p>}
      <Card title={t('cases.detail.clocks')}>
        <InterventionClock item={view} />
        <SlaClocks item={view} />
      </Card>
      <Card title={t('cases.detail.what')}>
        {view.description !== undefined && <p className="cases-description">{view.description}</p>}
        <dl className="facts">
          {fact(t('cases.detail.where'), view.location)}
          {fact(t('cases.detail.when'), view.occurredAt)}
          {fact(t('cases.detail.subject'), view.subject)}
        </dl>
        <ReporterPanel caseId={view.id} known={view.reporterKnown} canAsk={handles} />
        <p className="small muted">{t('cases.detail.confidentiality')}: {t(`cases.confidentiality.${view.confidentiality}`)} · {t('cases.detail.distribution')}: {view.distribution.map((a) => t(`cases.audience.${a}`)).join(', ')}</p>
      </Card>
      {view.attachments !== undefined && <AttachmentsPanel view={view} reload={reload} canAdd={handles} />}
      {handles && (
        <>
          {/* Keyed on what it edits, so the selects show the server's values after a save (a re-categorisation may raise the priority). */}
          <TriagePanel key={`${view.category}|${view.priority}|${view.assigneeId ?? ''}`} view={view} myId={me.userId} reload={reload} />
          <ChatPanel view={view} reload={reload} />
          <SchoolAgencyPanel view={view} reload={reload} />
          <TasksPanel view={view} reload={reload} />
          <NotesPanel view={view} reload={reload} />
          <DisciplinePanel view={view} reload={reload} />
        </>
      )}
      {!handles && agency && <AgencyActionsPanel view={view} agency={agency} reload={reload} />}
      {!handles && !agency && <Card title={t('cases.agencies.title')}><AgencyParts view={view} /></Card>}
    </div>
  );
}
