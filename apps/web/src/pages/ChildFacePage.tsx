import { useParams } from 'react-router-dom';
import { ChildFaceView } from '../views/guardian/ChildFaceView.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

/** `/children/:studentId/face`. */
export function ChildFacePage() {
  const { studentId } = useParams();
  return studentId ? <ChildFaceView studentId={studentId} /> : <NotFoundPage />;
}
