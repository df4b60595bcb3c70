import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../../components/ui/Loading.tsx';
import { useApi } from '../../../hooks/use-api.ts';
import { useMe } from '../../../hooks/use-me.ts';
import { isSignedIn } from '../../../lib/me-context.ts';
import { HelpLines, type HotlineSchool } from './HelpLines.tsx';
import { PublicFrame } from './PublicFrame.tsx';
import { ReceiptCard } from './ReceiptCard.tsx';
import { ReportForm, type Receipt } from './ReportForm.tsx';

/** `/report`: anyone, no sign-in, phone first. `?school=ID` preselects a school (e.g. from a poster's QR code). */
export function ReportPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const schools = useApi<HotlineSchool[]>('/api/public/schools');
  const [schoolId, setSchoolId] = useState(params.get('school') ?? '');
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [round, setRound] = useState(0);
  // A signed-in pupil or parent starts on their own school (still anonymous: the form never sends who they are).
  const { me } = useMe();
  const mine = useApi<HotlineSchool[]>(me && isSignedIn(me) ? '/api/cases/help-lines' : null);
  // Staff of one school (guard, principal, counsellor) start there too instead of scrolling the list of every school.
  const staffSchool = me && isSignedIn(me) ? me.grants.find((g) => g.scopeKind === 'school')?.scopeId ?? null : null;
  const own = mine.data?.length === 1 ? mine.data[0]!.id : staffSchool;
  useEffect(() => { if (own) setSchoolId((id) => id || own); }, [own]);
  const list = schools.data ?? [];
  const chosen = list.filter((s) => s.id === schoolId);
  return (
    <PublicFrame>
      <div className="stack">
        <h1>{t('cases.report.title')}</h1>
        <HelpLines schools={chosen} />
        {receipt ? (
          <ReceiptCard receipt={receipt} onAnother={() => { setReceipt(null); setRound((n) => n + 1); }} />
        ) : (
          <>
            <p className="lead">{t('cases.report.lead')}</p>
            {schools.loading && <Loading />}
            <ErrorMessage error={schools.error} onRetry={schools.reload} />
            {schools.data && <ReportForm key={round} schools={list} schoolId={schoolId} onSchool={setSchoolId} onFiled={(r) => { setReceipt(r); window.scrollTo(0, 0); }} />}
          </>
        )}
        <p><Link to="/report/follow-up">{t('cases.help.followUp')}</Link></p>
      </div>
    </PublicFrame>
  );
}
