/** A native progress element with a visible label; indeterminate while the total is unknown. */
export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const pct = total > 0 ? Math.round((done / total) * 100) : undefined;
  return (
    <div className="progress">
      <div className="progress-label"><span>{label}</span>{pct !== undefined && <span>{pct}%</span>}</div>
      <progress aria-label={label} max={total > 0 ? total : undefined} value={total > 0 ? done : undefined} />
    </div>
  );
}
