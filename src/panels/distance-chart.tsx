import { scaleLinear } from 'd3-scale';
import { useTranslation } from 'react-i18next';
import { partnerLabel, type PartnerView } from '../dataset/atlas-index';
import { distanceColor } from '../geo/distance-scale';
import { formatKm } from '../i18n/i18n';
import { useApp } from '../state/store';

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
  const hovered = useApp((s) => s.hovered);
  const setHovered = useApp((s) => s.setHovered);
  const x = scaleLinear().domain([0, Math.max(1, maxKm)]).range([0, WIDTH - LABEL - 48]);
  const height = views.length * ROW + 4;
  return (
    <figure className="distance-chart">
      <figcaption className="small muted">{title}</figcaption>
      <div className="chart-scroll">
        <svg width={WIDTH} height={height} role="img" aria-label={t('chartAria', { count: views.length })}>
          {views.map((v, i) => {
            const km = v.partnership.distanceKm;
            const active = hovered === v.partnership.id;
            return (
              <g
                key={`${v.partnership.id}-${v.reverse}`}
                transform={`translate(0, ${i * ROW + 2})`}
                onMouseEnter={() => setHovered(v.partnership.id)}
                onMouseLeave={() => setHovered(null)}
                className={active ? 'bar active' : 'bar'}
              >
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
          })}
        </svg>
      </div>
    </figure>
  );
}

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
