import { AuditView } from '../views/admin/AuditView.tsx';

/** `/audit`: the system admin's whole audit log. */
export function AuditPage() {
  return <AuditView />;
}
