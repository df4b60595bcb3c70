import { useParams } from 'react-router-dom';
import { ClassBoardView } from '../views/attendance/ClassBoardView.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

/** `/classes/:classId/board`: today's attendance of one class (homeroom teacher, principal). */
export function ClassBoardPage() {
  const { classId } = useParams();
  return classId ? <ClassBoardView key={classId} classId={classId} /> : <NotFoundPage />;
}
