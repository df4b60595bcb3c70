import { useEffect, useState } from 'react';

/** Whether this server is a demo with the developer outbox switched on (then the guardian sign-in links to it). */
export function useDemoOutbox(): boolean {
  const [on, setOn] = useState(false);
  useEffect(() => {
    let live = true;
    fetch('/api/dev/outbox', { headers: { accept: 'application/json' } })
      .then((r) => { if (live) setOn(r.ok); }, () => undefined);
    return () => { live = false; };
  }, []);
  return on;
}
