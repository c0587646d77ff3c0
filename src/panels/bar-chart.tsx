import { scaleLinear } from 'd3-scale';
import { formatInteger } from '../i18n/i18n';
import { useApp } from '../state/store';
import { fitBarLabel } from './fit-label';

export type Bar = { key: string; label: string; value: number; color?: string; onClick?: () => void };

const ROW = 18;

/**
 * A horizontal bar chart in SVG: label, bar, value. The values are printed, so the chart reads
 * as a list for a screen reader too (it is a <figure> with the title as caption).
 */
export function BarChart({ title, bars, width = 340, labelWidth = 130 }: { title: string; bars: readonly Bar[]; width?: number; labelWidth?: number }) {
  const lang = useApp((s) => s.lang);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const x = scaleLinear().domain([0, max]).range([0, width - labelWidth - 50]);
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <svg width={width} height={bars.length * ROW + 4} role="list">
        {bars.map((b, i) => (
          <g key={b.key} transform={`translate(0, ${i * ROW + 2})`} role="listitem" className={b.onClick ? 'clickable' : undefined} onClick={b.onClick}>
            <text x={labelWidth - 6} y={ROW - 5} textAnchor="end" className="bar-label">
              {fitBarLabel(b.label, labelWidth - 6)}
            </text>
            <rect x={labelWidth} y={3} width={Math.max(b.value > 0 ? 1 : 0, x(b.value))} height={ROW - 6} fill={b.color ?? '#1c3d5a'} rx={1} />
            <text x={labelWidth + x(b.value) + 4} y={ROW - 5} className="bar-value">
              {formatInteger(b.value, lang)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
