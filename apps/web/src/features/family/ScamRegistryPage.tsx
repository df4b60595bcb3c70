import { BulletinKind, ContactRole } from '@truongan/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Button } from '../../components/ui/Button.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { TextField } from '../../components/ui/TextField.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { useSchoolBulletins, useSchoolContacts } from './hooks.ts';

/** `/schools/:schoolId/scam`: the principal keeps the numbers parents may be called from, and warns about current scams. */
export function ScamRegistryPage() {
  const { t } = useTranslation();
  const { schoolId = '' } = useParams();
  return (
    <div className="stack">
      <h1>{t('family.scam.title')}</h1>
      <p><Link to="/verify">{t('family.scam.publicPage')}</Link></p>
      <ContactsCard schoolId={schoolId} />
      <BulletinsCard schoolId={schoolId} />
    </div>
  );
}

function ContactsCard({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const contacts = useSchoolContacts(schoolId);
  const [phone, setPhone] = useState('');
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<string>('staff');
  const [done, setDone] = useState(false);
  const submit = useSubmit();
  const base = `/api/schools/${encodeURIComponent(schoolId)}/family/contacts`;
  const add = () => submit.run(async () => { await api.post(base, { phone, label, role }); setPhone(''); setLabel(''); setDone(true); contacts.reload(); });
  const remove = (id: string) => submit.run(async () => { await api.del(`${base}/${encodeURIComponent(id)}`); contacts.reload(); });
  return (
    <Card title={t('family.scam.contacts')}>
      <p className="hint">{t('family.scam.contactsLead')}</p>
      <ErrorMessage error={contacts.error} onRetry={contacts.reload} />
      <ul className="plain-list registry-list" aria-label={t('family.scam.contacts')}>
        {contacts.data?.map((c) => (
          <li key={c.id} className="row-between">
            <span><strong className="num">{c.phone}</strong> · {c.label} <span className="muted small">({t(`family.scam.roles.${c.role}`)})</span></span>
            <Button variant="secondary" className="btn-small" onClick={() => void remove(c.id)} aria-label={t('family.scam.remove', { label: c.label })}>{t('family.scam.removeShort')}</Button>
          </li>
        ))}
      </ul>
      <form className="stack-tight" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <div className="form-2">
          <TextField label={t('family.scam.phone')} value={phone} onChange={(e) => { setPhone(e.target.value); setDone(false); }} inputMode="tel" required />
          <TextField label={t('family.scam.label')} value={label} onChange={(e) => setLabel(e.target.value)} required maxLength={120} />
        </div>
        <div className="field">
          <label htmlFor="contact-role">{t('family.scam.role')}</label>
          <select id="contact-role" value={role} onChange={(e) => setRole(e.target.value)}>
            {ContactRole.options.map((r) => <option key={r} value={r}>{t(`family.scam.roles.${r}`)}</option>)}
          </select>
        </div>
        <ErrorMessage error={submit.error} />
        {done && <Notice tone="ok">{t('family.scam.added')}</Notice>}
        <Button type="submit" disabled={submit.busy}>{t('family.scam.add')}</Button>
      </form>
    </Card>
  );
}

function BulletinsCard({ schoolId }: { schoolId: string }) {
  const { t, i18n } = useTranslation();
  const bulletins = useSchoolBulletins(schoolId);
  const [kind, setKind] = useState<string>('fake_teacher');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [done, setDone] = useState(false);
  const submit = useSubmit();
  const base = `/api/schools/${encodeURIComponent(schoolId)}/family/bulletins`;
  const publish = () => submit.run(async () => { await api.post(base, { kind, title, body }); setTitle(''); setBody(''); setDone(true); bulletins.reload(); });
  const withdraw = (id: string) => submit.run(async () => { await api.del(`${base}/${encodeURIComponent(id)}`); bulletins.reload(); });
  return (
    <Card title={t('family.scam.bulletins')}>
      <ErrorMessage error={bulletins.error} onRetry={bulletins.reload} />
      <ul className="plain-list bulletins registry-list">
        {bulletins.data?.map((b) => (
          <li key={b.id} className="bulletin">
            <div className="row-between"><strong>{b.title}</strong>
              <Button variant="link" onClick={() => void withdraw(b.id)} aria-label={t('family.scam.withdraw', { title: b.title })}>✕</Button></div>
            <p className="small muted">{t(`family.verify.kind.${b.kind}`)} · {formatDate(b.publishedAt.slice(0, 10), i18n.language)}</p>
          </li>
        ))}
      </ul>
      <form className="stack-tight" onSubmit={(e) => { e.preventDefault(); void publish(); }}>
        <div className="field">
          <label htmlFor="bulletin-kind">{t('family.scam.kind')}</label>
          <select id="bulletin-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {BulletinKind.options.map((k) => <option key={k} value={k}>{t(`family.verify.kind.${k}`)}</option>)}
          </select>
        </div>
        <TextField label={t('family.scam.titleField')} value={title} onChange={(e) => { setTitle(e.target.value); setDone(false); }} required maxLength={160} />
        <div className="field">
          <label htmlFor="bulletin-body">{t('family.scam.body')}</label>
          <textarea id="bulletin-body" rows={3} value={body} onChange={(e) => setBody(e.target.value)} required maxLength={2000} />
        </div>
        <ErrorMessage error={submit.error} />
        {done && <Notice tone="ok">{t('family.scam.published')}</Notice>}
        <Button type="submit" disabled={submit.busy}>{t('family.scam.publish')}</Button>
      </form>
    </Card>
  );
}
