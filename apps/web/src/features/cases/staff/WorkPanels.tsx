import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { Card } from '../../../components/ui/Card.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { EventList } from './EventList.tsx';
import { TextAction } from './TextAction.tsx';
import { useCaseAction } from './useCaseAction.ts';

type Props = { view: CaseView; reload: () => void };

/** Tasks with an optional due date; ticking one off is recorded in the audit log. */
export function TasksPanel({ view, reload }: Props) {
  const { t, i18n } = useTranslation();
  const { act, busy, error } = useCaseAction(view.id, reload);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const open = view.status !== 'closed';
  const add = (e: FormEvent) => {
    e.preventDefault();
    void act('POST', '/tasks', { title: title.trim(), dueAt: due ? new Date(due).toISOString() : undefined }, () => { setTitle(''); setDue(''); });
  };
  return (
    <Card title={t('cases.tasks.title')}>
      {(view.tasks ?? []).length === 0 ? <p className="muted">{t('cases.tasks.none')}</p> : (
        <ul className="plain-list" aria-label={t('cases.tasks.title')}>
          {view.tasks!.map((task) => (
            <li key={task.id} className="actions">
              <span className={task.doneAt ? 'muted cases-done' : ''}>{task.title}</span>
              {task.dueAt && <span className="small muted">{t('cases.tasks.due')}: {formatDateTime(task.dueAt, i18n.language)}</span>}
              {!task.doneAt && open && <Button variant="secondary" className="btn-small" disabled={busy} aria-label={t('cases.tasks.markDone', { title: task.title })}
                onClick={() => void act('POST', `/tasks/${task.id}/done`, {})}>{t('cases.tasks.done')}</Button>}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <form className="stack-tight cases-form" onSubmit={add}>
          <TextField label={t('cases.tasks.add')} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
          <TextField label={t('cases.tasks.due')} type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} />
          <Button type="submit" disabled={busy || !title.trim()}>{t('cases.tasks.addDo')}</Button>
        </form>
      )}
      <ErrorMessage error={error} />
    </Card>
  );
}

/** Internal notes: the school's own deliberation, never shown to agencies, the department or the reporter. */
export function NotesPanel({ view, reload }: Props) {
  const { t } = useTranslation();
  const { act, busy, error } = useCaseAction(view.id, reload);
  return (
    <Card title={t('cases.notes.title')}>
      <EventList events={(view.internalNotes ?? []).filter((e) => e.body)} label={t('cases.notes.title')} empty={t('cases.notes.none')} />
      {view.status !== 'closed' && <TextAction label={t('cases.notes.add')} button={t('cases.notes.addDo')} busy={busy} onSend={(body, done) => void act('POST', '/notes', { body }, done)} />}
      <ErrorMessage error={error} />
    </Card>
  );
}

/** The anonymous two-way chat with the reporter, from the school's side. */
export function ChatPanel({ view, reload }: Props) {
  const { t, i18n } = useTranslation();
  const { act, busy, error } = useCaseAction(view.id, reload);
  const hasThread = view.source !== 'hotline';
  return (
    <Card title={t('cases.chat.title')}>
      {!hasThread ? <p className="muted">{t('cases.chat.noThread')}</p> : (
        <>
          {(view.chat ?? []).length === 0 ? <p className="muted">{t('cases.chat.none')}</p> : (
            <ol className="cases-chat" aria-label={t('cases.chat.title')}>
              {view.chat!.map((m) => {
                const mine = m.kind !== 'reporter_message';
                return (
                  <li key={m.id} className={`cases-msg cases-msg-${mine ? 'mine' : 'theirs'}`}>
                    <span className="small muted">{mine ? `${t('cases.chat.school')} (${m.actorName})` : t('cases.chat.reporter')} · {formatDateTime(m.at, i18n.language)}</span>
                    <p>{m.body}</p>
                  </li>
                );
              })}
            </ol>
          )}
          {view.status !== 'closed' && <TextAction label={t('cases.chat.reply')} button={t('cases.chat.send')} busy={busy} onSend={(body, done) => void act('POST', '/replies', { body }, done)} />}
        </>
      )}
      <ErrorMessage error={error} />
    </Card>
  );
}
