import { AppHeader } from '../components/AppHeader.tsx';
import { OutboxView } from '../views/dev/OutboxView.tsx';

/** `/dev/outbox`: demo only; the server answers 404 when the outbox is off. */
export function OutboxPage() {
  return (
    <>
      <AppHeader />
      <main id="main" className="page"><OutboxView /></main>
    </>
  );
}
