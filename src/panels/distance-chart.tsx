import { scaleLinear } from 'd3-scale';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { partnerLabel, type PartnerView } from '../dataset/atlas-index';
import { distanceColor } from '../geo/distance-scale';
import { formatKm } from '../i18n/i18n';
import { useApp } from '../state/store';
import type { Language } from '../i18n/messages';

const ROW = 16;
const LABEL = 118;
const WIDTH = 330;

/**
 * The selection's partners as bars, nearest first, coloured on the map's distance scale. Hovering
 * a bar highlights its line on the map and hovering a line highlights its bar (shared `hovered`).
 * `maxKm` fixes the axis, so several charts can share one scale; `color` overrides the distance
 * colours (compared municipalities keep their own colour).
 */
export function DistanceChart({ views, maxKm, title, color }: { views: readonly PartnerView[]; maxKm: number; title: string; color?: string }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const x = scaleLinear().domain([0, Math.max(1, maxKm)]).range([0, WIDTH - LABEL - 48]);
  const height = views.length * ROW + 4;
  return (
    <figure className="distance-chart">
      <figcaption className="small muted">{title}</figcaption>
      <div className="chart-scroll">
        <svg width={WIDTH} height={height} role="img" aria-label={t('chartAria', { count: views.length })}>
          {views.map((v, i) => (
            <DistanceBar key={`${v.partnership.id}-${v.reverse}`} view={v} row={i} x={x} lang={lang} t={t} color={color} />
          ))}
        </svg>
      </div>
    </figure>
  );
}

/**
 * One bar; it follows the shared hover itself, so a hover re-renders two bars, not the chart. It
 * takes the chart's `t` (useTranslation in each bar subscribed each to i18next's events).
 */
function DistanceBar({ view: v, row, x, lang, t, color }: { view: PartnerView; row: number; x: (km: number) => number; lang: Language; t: TFunction; color?: string }) {
  const id = v.partnership.id;
  const active = useApp((s) => s.hovered === id);
  const setHovered = useApp((s) => s.setHovered);
  const km = v.partnership.distanceKm;
  return (
    <g transform={`translate(0, ${row * ROW + 2})`} onMouseEnter={() => setHovered(id)} onMouseLeave={() => setHovered(null)} className={active ? 'bar active' : 'bar'}>
      <title>{`${partnerLabel(v, lang)}: ${t('km', { value: formatKm(km, lang) })}`}</title>
      <rect x={0} y={0} width={WIDTH} height={ROW} fill={active ? '#e7f1fb' : 'transparent'} />
      <text x={LABEL - 4} y={ROW - 4} textAnchor="end" className="bar-label">
        {truncate(partnerLabel(v, lang), 18)}
      </text>
      <rect x={LABEL} y={3} width={Math.max(1, x(km))} height={ROW - 6} fill={color ?? distanceColor(km)} rx={1} />
      <text x={LABEL + x(km) + 4} y={ROW - 4} className="bar-value">
        {formatKm(km, lang)}
      </text>
    </g>
  );
}

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
