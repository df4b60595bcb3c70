/** A dot and a word saying whether live updates are arriving; announced politely when it changes. */
export function LiveIndicator({ connected, live, offline }: { connected: boolean; live: string; offline: string }) {
  return (
    <p className={`live ${connected ? 'live-on' : 'live-off'}`} role="status" aria-live="polite">
      <span className="live-dot" aria-hidden="true" />
      {connected ? live : offline}
    </p>
  );
}
