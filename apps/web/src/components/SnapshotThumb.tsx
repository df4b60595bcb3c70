import { useState } from 'react';

/**
 * A gate snapshot (the face crop) as a small lazy image; the server checks access and audits each read.
 * A missing or refused snapshot leaves a neutral placeholder, never a broken-image icon.
 */
export function SnapshotThumb({ snapshotId, alt, large = false }: { snapshotId: string | null; alt: string; large?: boolean }) {
  const [failed, setFailed] = useState(false);
  const size = large ? 96 : 56;
  const cls = `thumb${large ? ' thumb-large' : ''}`;
  if (!snapshotId || failed) return <span className={`${cls} thumb-empty`} aria-hidden="true" />;
  return (
    <img className={cls} src={`/api/snapshots/${encodeURIComponent(snapshotId)}`} alt={alt} loading="lazy" decoding="async"
      width={size} height={size} onError={() => setFailed(true)} />
  );
}
