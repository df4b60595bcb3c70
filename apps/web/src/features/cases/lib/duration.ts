/** A clock as h:mm:ss (hours uncapped) under two days, "Nd Nh" beyond: short enough for one line on a phone. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(Math.abs(ms) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h >= 48 ? `${Math.floor(h / 24)}d ${h % 24}h` : `${h}:${pad(m)}:${pad(s)}`;
}
