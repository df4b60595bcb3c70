import { useTranslation } from 'react-i18next';
import type { School, StudentView } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { useMe } from '../../hooks/use-me.ts';
import { hasRole } from '../../lib/roles.ts';
import { HotlineLink } from '../../components/HotlineLink.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { CounsellingCounts } from './CounsellingCounts.tsx';
import { CounsellorQueue } from './CounsellorQueue.tsx';
import { ReferralForm } from './ReferralForm.tsx';
import { StudentCounselling } from './StudentCounselling.tsx';
import { isCounsellor, isStudent, seesCounsellingCounts } from './roles.ts';

/** `/counselling`: asking (students), referring (guardians, teachers), the queue (counsellor), counts (principal, teacher). */
export function CounsellingPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const staff = !!me && seesCounsellingCounts(me);
  const guardian = !!me && hasRole(me, 'guardian');
  const schools = useApi<School[]>(staff ? '/api/schools' : null);
  const schoolId = schools.data?.[0]?.id;
  const homeroom = me?.grants.find((g) => g.role === 'homeroom_teacher' && g.scopeKind === 'class')?.scopeId;
  const referrer = !!me && hasRole(me, 'homeroom_teacher', 'school_admin');
  const students = useApi<StudentView[]>(referrer && schoolId ? `/api/schools/${schoolId}/students${homeroom ? `?classId=${encodeURIComponent(homeroom)}` : ''}` : null);
  const children = useApi<StudentView[]>(guardian ? '/api/me/children' : null);
  if (!me) return null;
  return (
    <div className="stack">
      <h1>{t('prevention.counselling.title')}</h1>
      <HotlineLink />
      {isStudent(me) && <StudentCounselling />}
      {isCounsellor(me) && <CounsellorQueue />}
      {!isCounsellor(me) && staff && <Notice>{t('prevention.counselling.notesPrivate')}</Notice>}
      {(referrer || guardian) && (
        <Card title={t('prevention.counselling.referTitle')}>
          {(students.data ?? children.data) && <ReferralForm students={(students.data ?? children.data)!} />}
        </Card>
      )}
      {staff && schoolId && <CounsellingCounts schoolId={schoolId} />}
    </div>
  );
}
