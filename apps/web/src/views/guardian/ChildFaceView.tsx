import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useChildren } from '../../hooks/use-children.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { FacePhotoUpload } from '../../components/FacePhotoUpload.tsx';

/** A guardian enrols a photo of their own child; the same quality and consent checks as the school's upload. */
export function ChildFaceView({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const children = useChildren();
  const child = children.data?.find((c) => c.id === studentId);
  return (
    <div className="stack">
      <p><Link to="/">← {t('app.back')}</Link></p>
      {children.loading && <Loading />}
      <ErrorMessage error={children.error} onRetry={children.reload} />
      {children.data && !child && <p>{t('errors.not_found')}</p>}
      {child && (
        <>
          <h1>{t('enrol.childTitle', { name: child.fullName })}</h1>
          <p>{t('enrol.childHelp')}</p>
          <Notice>{t('enrol.help')}</Notice>
          <FacePhotoUpload studentId={child.id} label={`${t('enrol.upload')}: ${child.fullName}`} />
          <p className="small"><Link to={`/children/${encodeURIComponent(child.id)}/consent`}>{t('guardian.openConsent')}</Link></p>
        </>
      )}
    </div>
  );
}
