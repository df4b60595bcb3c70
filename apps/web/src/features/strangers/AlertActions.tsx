import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert, FalseAlarmFeedback } from '@truongan/contracts';
import { Button } from '../../components/ui/Button.tsx';
import { Dialog } from '../../components/ui/Dialog.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { RadioGroup } from '../../components/ui/RadioGroup.tsx';
import { TextField } from '../../components/ui/TextField.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';

const FEEDBACK: FalseAlarmFeedback[] = ['known_visitor', 'staff', 'camera_conditions', 'other'];

/** Acknowledge, confirm, false alarm (with feedback), escalate — each only when the alert's state allows it; the server decides. */
export function AlertActions({ alert, onDone }: { alert: Alert; onDone: () => void }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [dialog, setDialog] = useState<'false' | 'escalate' | null>(null);
  const [feedback, setFeedback] = useState<FalseAlarmFeedback | null>(null);
  const [note, setNote] = useState('');
  const base = `/api/alerts/${encodeURIComponent(alert.id)}`;
  const act = (path: string, body: unknown) => submit.run(async () => { await api.post(`${base}/${path}`, body); setDialog(null); setNote(''); onDone(); });
  const open = alert.status === 'open' || alert.status === 'acknowledged';
  return (
    <div className="stack-tight">
      <div className="actions">
        {alert.status === 'open' && <Button variant="secondary" disabled={submit.busy} onClick={() => act('acknowledge', { note: null })}>{t('strangers.actions.acknowledge')}</Button>}
        {open && <Button disabled={submit.busy} onClick={() => act('confirm', { note: null })}>{t('strangers.actions.confirm')}</Button>}
        {(open || alert.status === 'confirmed') && <Button variant="secondary" disabled={submit.busy} onClick={() => setDialog('false')}>{t('strangers.actions.falseAlarm')}</Button>}
        {alert.status === 'confirmed' && <Button variant="danger" disabled={submit.busy} onClick={() => setDialog('escalate')}>{t('strangers.actions.escalate')}</Button>}
      </div>
      {open && <p className="muted small">{t('strangers.escalate.needsConfirm')}</p>}
      {!dialog && <ErrorMessage error={submit.error} />}
      <Dialog open={dialog === 'false'} title={t('strangers.falseAlarm.title')} onClose={() => setDialog(null)}>
        <form className="stack-tight" onSubmit={(e) => { e.preventDefault(); if (feedback) act('false-alarm', { feedback, note: note.trim() || null }); }}>
          <RadioGroup legend={t('strangers.falseAlarm.legend')} options={FEEDBACK.map((f) => ({ value: f, label: t(`strangers.falseAlarm.${f}`) }))} value={feedback} onChange={setFeedback} />
          <TextField label={t('strangers.note')} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
          <ErrorMessage error={submit.error} />
          <div className="actions">
            <Button type="submit" disabled={!feedback || submit.busy}>{t('strangers.actions.send')}</Button>
            <Button variant="secondary" onClick={() => setDialog(null)}>{t('strangers.actions.cancel')}</Button>
          </div>
        </form>
      </Dialog>
      <Dialog open={dialog === 'escalate'} title={t('strangers.escalate.title')} onClose={() => setDialog(null)}>
        <form className="stack-tight" onSubmit={(e) => { e.preventDefault(); act('escalate', { note: note.trim() || null }); }}>
          <p className="small">{t('strangers.escalate.help')}</p>
          <TextField label={t('strangers.note')} placeholder={t('strangers.escalate.notePlaceholder')} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
          <ErrorMessage error={submit.error} />
          <div className="actions">
            <Button type="submit" variant="danger" disabled={submit.busy}>{t('strangers.actions.send')}</Button>
            <Button variant="secondary" onClick={() => setDialog(null)}>{t('strangers.actions.cancel')}</Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
