import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounsellingGroup, CounsellingRisk, CounsellingSessionView } from '@truongan/contracts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { RadioGroup } from '../../components/ui/RadioGroup.tsx';
import { GROUPS, RISKS } from './counselling-options.ts';

/** A confidential note filed under one content group of Thông tư 18/2025, with a risk level (a serious risk leads to a case). */
export function NoteForm({ requestId, sessions, onSaved }: { requestId: string; sessions: CounsellingSessionView[]; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const [group, setGroup] = useState<CounsellingGroup | ''>('');
  const [risk, setRisk] = useState<CounsellingRisk | null>(null);
  const [sessionId, setSessionId] = useState(sessions[0]?.id ?? '');
  const [body, setBody] = useState('');
  const { busy, error, run } = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!group || !risk) return;
    void run(async () => {
      await api.post(`/api/counselling/requests/${requestId}/notes`, { contentGroup: group, risk, body: body.trim(), ...(sessionId ? { sessionId } : {}) });
      setBody('');
      onSaved();
    });
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('prevention.counselling.noteTitle')}>
      {sessions.length > 0 && (
        <div className="field">
          <label htmlFor="n-session">{t('prevention.counselling.session')}</label>
          <select id="n-session" value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
            <option value="">{t('prevention.counselling.noSession')}</option>
            {sessions.map((s) => <option key={s.id} value={s.id}>{formatDateTime(s.scheduledAt, i18n.language)} · {s.place}</option>)}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="n-group">{t('prevention.counselling.group')}</label>
        <select id="n-group" value={group} onChange={(e) => setGroup(e.target.value as CounsellingGroup | '')} required>
          <option value="">—</option>
          {GROUPS.map((g) => <option key={g} value={g}>{t(`prevention.groups.${g}`)}</option>)}
        </select>
      </div>
      <RadioGroup legend={t('prevention.counselling.risk')} value={risk} onChange={setRisk}
        options={RISKS.map((r) => ({ value: r, label: t(`prevention.risks.${r}`) }))} />
      <div className="field">
        <label htmlFor="n-body">{t('prevention.counselling.noteBody')}</label>
        <textarea id="n-body" className="prose" rows={5} maxLength={8000} value={body} onChange={(e) => setBody(e.target.value)} required />
      </div>
      <ErrorMessage error={error} />
      <Button type="submit" disabled={busy || !group || !risk || !body.trim()}>{t('prevention.counselling.saveNote')}</Button>
    </form>
  );
}
