import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePriority, CaseView } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { Card } from '../../../components/ui/Card.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { NEXT_STATUS, PRIORITIES } from '../lib/labels.ts';
import { TextAction } from './TextAction.tsx';
import { useCaseAction } from './useCaseAction.ts';

/** Priority and assignee, one-step status moves, and closing with a reason (a case is never deleted). */
export function TriagePanel({ view, myId, reload }: { view: CaseView; myId: string; reload: () => void }) {
  const { t } = useTranslation();
  const { act, busy, error } = useCaseAction(view.id, reload);
  const [priority, setPriority] = useState<CasePriority>(view.priority);
  const [assignee, setAssignee] = useState<string>(view.assigneeId ?? '');
  const assigneeOptions = [['', t('cases.triage.nobody')], [myId, t('cases.triage.me')]];
  if (view.assigneeId && view.assigneeId !== myId) assigneeOptions.push([view.assigneeId, view.assigneeId]);
  if (view.status === 'closed') return null;
  return (
    <Card title={t('cases.triage.title')}>
      <div className="stack">
        <div className="form-2">
          <div className="field">
            <label htmlFor="triage-priority">{t('cases.triage.priority')}</label>
            <select id="triage-priority" value={priority} onChange={(e) => setPriority(e.target.value as CasePriority)}>
              {PRIORITIES.map((p) => <option key={p} value={p}>{t(`cases.priority.${p}`)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="triage-assignee">{t('cases.triage.assignee')}</label>
            <select id="triage-assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
              {assigneeOptions.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
            </select>
          </div>
        </div>
        <div className="actions">
          <Button disabled={busy} onClick={() => void act('PATCH', '', { priority, assigneeId: assignee || null })}>{t('cases.triage.save')}</Button>
          {NEXT_STATUS[view.status].map((s) => (
            <Button key={s} variant="secondary" disabled={busy} onClick={() => void act('PATCH', '', { status: s })}>
              {t('cases.triage.move', { status: t(`cases.status.${s}`) })}
            </Button>
          ))}
        </div>
        <ErrorMessage error={error} />
        <details className="cases-close">
          <summary>{t('cases.triage.close')}</summary>
          <p className="hint">{t('cases.triage.neverDeleted')}</p>
          <TextAction label={t('cases.triage.closeReason')} button={t('cases.triage.closeDo')} busy={busy} variant="danger" rows={2}
            onSend={(reason, done) => void act('PATCH', '', { status: 'closed', closeReason: reason }, done)} />
        </details>
      </div>
    </Card>
  );
}
