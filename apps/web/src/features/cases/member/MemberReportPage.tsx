import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { StudentView } from '@truongan/contracts';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../../components/ui/Loading.tsx';
import { useApi } from '../../../hooks/use-api.ts';
import { useMe } from '../../../hooks/use-me.ts';
import { hasRole } from '../../../lib/roles.ts';
import { HelpLines, type HotlineSchool } from '../public/HelpLines.tsx';
import { ReceiptCard } from '../public/ReceiptCard.tsx';
import type { Receipt } from '../public/ReportForm.tsx';
import { MemberReportForm } from './MemberReportForm.tsx';

/** `/report/me`: a signed-in parent or pupil reports to their (child's) school, with 111 and the school hotline on top. */
export function MemberReportPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const children = useApi<StudentView[]>('/api/me/children');
  const lines = useApi<HotlineSchool[]>('/api/cases/help-lines');
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [round, setRound] = useState(0);
  const isStudent = !!me && hasRole(me, 'student');
  return (
    <div className="stack">
      <h1>{t('cases.member.title')}</h1>
      <HelpLines schools={lines.data ?? []} />
      {receipt ? (
        <ReceiptCard receipt={receipt} onAnother={() => { setReceipt(null); setRound((n) => n + 1); }} />
      ) : (
        <>
          <p className="lead">{t('cases.member.lead')}</p>
          {children.loading && <Loading />}
          <ErrorMessage error={children.error} onRetry={children.reload} />
          {children.data?.length === 0 && <p className="alert alert-warn">{t('cases.member.noChild')}</p>}
          {!!children.data?.length && (
            <MemberReportForm key={round} students={children.data} isStudent={isStudent} onFiled={(r) => { setReceipt(r); window.scrollTo(0, 0); }} />
          )}
        </>
      )}
      <p className="small"><Link to="/report">{t('cases.member.public')}</Link> · <Link to="/report/follow-up">{t('cases.help.followUp')}</Link></p>
    </div>
  );
}
