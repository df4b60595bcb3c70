import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseCategory, CasePriority, CaseStaffMember, CaseView } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { Card } from '../../../components/ui/Card.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { useApi } from '../../../hooks/use-api.ts';
import { CATEGORIES, ESCALATED_AT_ONCE, NEXT_STATUS, PRIORITIES } from '../lib/labels.ts';
import { TextAction } from './TextAction.tsx';
import { useCaseAction } from './useCaseAction.ts';

/**
 * Category, priority and assignee, one-step status moves, and closing with a reason (a case is never deleted).
 * The assignee list is the school's principal(s) and counsellor(s), from the server; re-categorising into abuse
 * or grooming escalates on save, so the panel says so before the button is pressed.
 */
export function TriagePanel({ view, myId, reload }: { view: CaseView; myId: string; reload: () => void }) {
  const { t } = useTranslation();
  const { act, busy, error } = useCaseAction(view.id, reload);
  const [priority, setPriority] = useState<CasePriority>(view.priority);
  const [category, setCategory] = useState<CaseCategory>(view.category);
  const [assignee, setAssignee] = useState<string>(view.assigneeId ?? '');
  const staff = useApi<CaseStaffMember[]>(`/api/cases/${view.id}/staff`);
  const assigneeOptions: Array<[string, string]> = [['', t('cases.triage.nobody')],
    ...(staff.data ?? []).map((p): [string, string] => [p.userId, p.userId === myId ? `${t('cases.triage.me')} — ${p.displayName}` : `${p.displayName} · ${t(`cases.triage.role.${p.role}`)}`])];
  if (view.assigneeId && !assigneeOptions.some(([v]) => v === view.assigneeId)) assigneeOptions.push([view.assigneeId, t('cases.triage.formerAssignee')]);
  const willEscalate = category !== view.category && ESCALATED_AT_ONCE.has(category) && view.agencies.length < 2;
  // Only what changed: a re-categorisation then brings the new category's priority unless one was chosen here.
  const changes = {
    ...(category !== view.category ? { category } : {}), ...(priority !== view.priority ? { priority } : {}),
    ...(assignee !== (view.assigneeId ?? '') ? { assigneeId: assignee || null } : {}),
  };
  if (view.status === 'closed') return null;
  return (
    <Card title={t('cases.triage.title')}>
      <div className="stack">
        <div className="field">
          <label htmlFor="triage-category">{t('cases.triage.category')}</label>
          <select id="triage-category" value={category} onChange={(e) => setCategory(e.target.value as CaseCategory)}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{t(`cases.category.${c}`)}</option>)}
          </select>
        </div>
        {willEscalate && <Notice tone="warn">{t('cases.triage.willEscalate')}</Notice>}
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
            <ErrorMessage error={staff.error} onRetry={staff.reload} />
          </div>
        </div>
        <div className="actions">
          <Button disabled={busy || Object.keys(changes).length === 0} onClick={() => void act('PATCH', '', changes)}>{t('cases.triage.save')}</Button>
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
