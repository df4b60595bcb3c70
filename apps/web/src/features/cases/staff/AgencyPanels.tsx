import { useTranslation } from 'react-i18next';
import type { Agency, CaseEvent, CaseView } from '@truongan/contracts';
import { Badge } from '../../../components/ui/Badge.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { Card } from '../../../components/ui/Card.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { EventList } from './EventList.tsx';
import { TextAction } from './TextAction.tsx';
import { useCaseAction } from './useCaseAction.ts';

type Props = { view: CaseView; reload: () => void };

/** Where each agency stands on this case: what the school sees of the ward police's and committee's parts. */
export function AgencyParts({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  if (view.agencies.length === 0) return <p className="muted">{t('cases.agencies.none')}</p>;
  return (
    <ul className="plain-list" aria-label={t('cases.agencies.title')}>
      {view.agencies.map((a) => (
        <li key={a.agency} className="cases-agency">
          <strong>{t(`cases.agency.${a.agency}`)}</strong>{' '}
          <Badge tone={a.status === 'notified' ? 'warn' : a.status === 'closed' ? 'ok' : 'info'}>{t(`cases.agencyStatus.${a.status}`)}</Badge>
          <span className="small muted"> {t('cases.agencies.notified', { at: formatDateTime(a.notifiedAt, i18n.language) })}
            {a.acknowledgedAt && `, ${t('cases.agencies.acknowledged', { at: formatDateTime(a.acknowledgedAt, i18n.language) })}`}
            {a.closedAt && `, ${t('cases.agencies.closed', { at: formatDateTime(a.closedAt, i18n.language) })}`}</span>
        </li>
      ))}
    </ul>
  );
}

const useKindLabel = () => {
  const { t } = useTranslation();
  return (e: CaseEvent) => {
    const kind = t(`cases.agencies.kinds.${e.kind}`, { defaultValue: e.kind });
    if (e.kind !== 'escalated') return kind;
    // How the agencies heard: in the app always; by SMS/Zalo only the officers with a phone on their account.
    const d = e.data as { trigger?: string; officersMessaged?: number; officersWithoutPhone?: number };
    const why = d.trigger === 'recategorised' ? ` (${t('cases.agencies.recategorised')})` : '';
    const sent = typeof d.officersMessaged === 'number' ? ` · ${d.officersWithoutPhone ? t('cases.agencies.messaged', { count: d.officersMessaged, without: d.officersWithoutPhone }) : t('cases.agencies.messagedAll', { count: d.officersMessaged })}` : '';
    return `${kind}${why}${sent}`;
  };
};

/** The school's side: escalate by hand (the 12-hour clock starts), see the agencies' status, answer their requests. */
export function SchoolAgencyPanel({ view, reload }: Props) {
  const { t } = useTranslation();
  const { act, busy, error } = useCaseAction(view.id, reload);
  const kindLabel = useKindLabel();
  const open = view.status !== 'closed';
  return (
    <Card title={t('cases.agencies.title')}>
      <div className="stack">
        <AgencyParts view={view} />
        {view.agencies.length === 0 && open && (
          <div className="stack-tight cases-escalate">
            <h3>{t('cases.escalate.title')}</h3>
            <p className="small">{t('cases.escalate.lead')}</p>
            <TextAction label={t('cases.escalate.note')} button={t('cases.escalate.do')} busy={busy} required={false} variant="danger" rows={2}
              onSend={(note, done) => void act('POST', '/escalate', { note: note || undefined }, done)} />
          </div>
        )}
        {view.agencies.length > 0 && (
          <>
            <h3>{t('cases.agencies.events')}</h3>
            <EventList events={view.agencyEvents ?? []} label={t('cases.agencies.events')} empty="—" describe={kindLabel} />
            {open && <TextAction label={t('cases.agencies.message')} button={t('cases.agencies.send')} busy={busy} onSend={(body, done) => void act('POST', '/agency-messages', { body }, done)} />}
          </>
        )}
        <ErrorMessage error={error} />
      </div>
    </Card>
  );
}

/** The ward police's or officer's side: acknowledge, ask the school for information, record findings, close their part. */
export function AgencyActionsPanel({ view, agency, reload }: Props & { agency: Agency }) {
  const { t } = useTranslation();
  const { act, busy, error } = useCaseAction(view.id, reload);
  const kindLabel = useKindLabel();
  const part = view.agencies.find((a) => a.agency === agency);
  const name = t(`cases.agency.${agency}`);
  const action = (a: string, body?: string, done?: () => void) => void act('POST', '/agency', { action: a, body: body || undefined }, done);
  return (
    <Card title={t('cases.agencies.ours', { agency: name })}>
      <div className="stack">
        <AgencyParts view={view} />
        {part && part.status !== 'closed' && (
          <>
            {part.status === 'notified' && <Button disabled={busy} onClick={() => action('acknowledge')}>{t('cases.agencies.acknowledge')}</Button>}
            <TextAction label={t('cases.agencies.requestInfo')} button={t('cases.agencies.requestDo')} busy={busy} variant="secondary" onSend={(b, done) => action('request_info', b, done)} />
            <TextAction label={t('cases.agencies.findings')} button={t('cases.agencies.findingsDo')} busy={busy} variant="secondary" onSend={(b, done) => action('add_findings', b, done)} />
            <details className="cases-close">
              <summary>{t('cases.agencies.closePart', { agency: name })}</summary>
              <TextAction label={t('cases.agencies.closeNote')} button={t('cases.agencies.closeDo')} busy={busy} required={false} variant="danger" rows={2}
                onSend={(b, done) => action('close_part', b, done)} />
            </details>
          </>
        )}
        <ErrorMessage error={error} />
        <h3>{t('cases.agencies.events')}</h3>
        <EventList events={view.agencyEvents ?? []} label={t('cases.agencies.events')} empty="—" describe={kindLabel} />
      </div>
    </Card>
  );
}
