import type { VerifyAnswer } from '@truongan/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../../components/AppHeader.tsx';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { TextField } from '../../components/ui/TextField.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { Call111 } from './Call111.tsx';
import { usePublicBulletins } from './hooks.ts';

/** `/verify`, public: "is this caller (or this message) really the school?", and the schools' current scam warnings. */
export function VerifyPage() {
  const { t, i18n } = useTranslation();
  const [value, setValue] = useState('');
  const [answer, setAnswer] = useState<VerifyAnswer | null>(null);
  const submit = useSubmit();
  const bulletins = usePublicBulletins();
  const check = () => submit.run(async () => {
    setAnswer(null);
    setAnswer(await api.post<VerifyAnswer>('/api/public/verify', { value }));
  });
  return (
    <>
      <AppHeader />
      <main id="main" className="page stack">
        <div className="row-between"><h1>{t('family.verify.title')}</h1><Call111 /></div>
        <p className="lead">{t('family.verify.lead')}</p>
        <form className="card stack-tight" onSubmit={(e) => { e.preventDefault(); void check(); }}>
          <TextField label={t('family.verify.value')} hint={t('family.verify.hint')} value={value} inputMode="text" autoComplete="off"
            onChange={(e) => { setValue(e.target.value); setAnswer(null); }} required minLength={3} maxLength={40} />
          <Button type="submit" disabled={submit.busy || value.trim().length < 3}>{t('family.verify.check')}</Button>
          <ErrorMessage error={submit.error} />
        </form>
        {answer && <VerifyResult answer={answer} />}
        <section className="card" aria-label={t('family.verify.bulletins')}>
          <h2>{t('family.verify.bulletins')}</h2>
          <ErrorMessage error={bulletins.error} onRetry={bulletins.reload} />
          {bulletins.data?.length === 0 && <p>{t('family.verify.noBulletins')}</p>}
          <ul className="plain-list bulletins">
            {bulletins.data?.map((b) => (
              <li key={b.id} className="bulletin" data-kind={b.kind}>
                <span className="badge badge-warn">{t(`family.verify.kind.${b.kind}`)}</span>
                <h3>{b.title}</h3>
                <p>{b.body}</p>
                <p className="small muted">{t('family.verify.published', { school: b.schoolName, at: formatDate(b.publishedAt.slice(0, 10), i18n.language) })}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}

/** The verdict in large type: green with who it is, or red with what to do now. */
function VerifyResult({ answer: a }: { answer: VerifyAnswer }) {
  const { t, i18n } = useTranslation();
  if (a.registered) {
    return (
      <div className="verify-result verify-ok" role="status" data-registered="yes">
        <p className="verify-verdict">✔ {t(a.kind === 'code' ? 'family.verify.registeredCode' : 'family.verify.registered', { school: a.schoolName })}</p>
        {a.label && a.kind === 'phone' && <p>{t('family.verify.label', { label: a.label })}</p>}
        {a.role && <p>{t('family.verify.role', { role: a.role.split(' / ')[i18n.language.startsWith('en') ? 1 : 0] ?? a.role })}</p>}
        {a.kind === 'code' && <p>{t('family.verify.sentBy', { name: a.label, at: formatDateTime(a.sentAt, i18n.language) })}</p>}
        {a.schoolHotline && <p>{t('family.verify.hotline', { phone: a.schoolHotline })}</p>}
      </div>
    );
  }
  return (
    <div className="verify-result verify-bad" role="alert" data-registered="no">
      <p className="verify-verdict">✖ {t(a.kind === 'code' ? 'family.verify.notRegisteredCode' : 'family.verify.notRegistered')}</p>
      <p>{t('family.verify.advice')}</p>
      <a className="btn btn-danger" href="tel:111">{t('family.call111')}</a>
    </div>
  );
}
