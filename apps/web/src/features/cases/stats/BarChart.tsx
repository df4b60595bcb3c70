import { useId } from 'react';

export interface Bar { label: string; value: number }

const W = 300;
const ROW = 38;
const BAR_MAX = 250;

/**
 * A horizontal bar chart in plain SVG (no chart library): each bar has its label above it and its number at
 * its end. It scales with the width of the screen (capped in CSS so text stays readable on a desktop). The same
 * figures are in a visually hidden table, so a screen reader reads numbers, not shapes.
 */
export function BarChart({ title, bars, unit = '' }: { title: string; bars: Bar[]; unit?: string }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * ROW + 4;
  return (
    <figure className="cases-chart">
      <figcaption id={`${id}-t`}>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-labelledby={`${id}-t`} className="cases-chart-svg">
        {bars.map((b, i) => {
          const w = Math.max(2, (b.value / max) * BAR_MAX);
          return (
            <g key={b.label} transform={`translate(0 ${i * ROW})`}>
              <text x="0" y="13" className="cases-chart-label">{b.label}</text>
              <rect x="0" y="18" width={w} height="14" rx="2" className="cases-bar" />
              <text x={w + 4} y="30" className="cases-chart-value">{b.value}{unit}</text>
            </g>
          );
        })}
      </svg>
      <table className="sr-only">
        <caption>{title}</caption>
        <tbody>{bars.map((b) => <tr key={b.label}><th scope="row">{b.label}</th><td>{b.value}{unit}</td></tr>)}</tbody>
      </table>
    </figure>
  );
}
