import { useParams } from 'react-router-dom';
import { ChildConsentView } from '../views/guardian/ChildConsentView.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

/** `/children/:studentId/consent`. */
export function ChildConsentPage() {
  const { studentId } = useParams();
  return studentId ? <ChildConsentView studentId={studentId} /> : <NotFoundPage />;
}
