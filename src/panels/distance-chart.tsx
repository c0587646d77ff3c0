import { memo, type MouseEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { useTranslation } from 'react-i18next';
import { partnerLabel, type PartnerView } from '../dataset/atlas-index';
import { distanceColor } from '../geo/distance-scale';
import { formatInteger } from '../i18n/i18n';
import { useApp } from '../state/store';
import type { Language } from '../i18n/messages';
import { fitBarLabel } from './fit-label';
import { useProgressive } from './use-progressive';

const ROW = 16;
const LABEL = 118;
const WIDTH = 330;
/** Bars in the frame that shows a chart: its scroller (260 px high) shows 16 rows. */
const FIRST_BARS = 17;

/**
 * The selection's partners as bars, nearest first, coloured on the map's distance scale. Hovering
 * a bar highlights its line on the map and hovering a line highlights its bar (shared `hovered`);
 * the caption then reads the hovered partner's name and distance.
 *
 * Kept lean, for it is drawn in the frame that shows a selection: one component and three SVG
 * elements a bar (no group, no per-bar title or hover state), and in that frame only the bars its
 * scroller shows (the rest come a frame later); the hover is one band moved to the hovered row,
 * found from the pointer's height. `maxKm` fixes the axis, so several charts can share one scale;
 * `color` overrides the distance colours (compared municipalities keep their own colour).
 */
export function DistanceChart({ views, maxKm, title, color }: { views: readonly PartnerView[]; maxKm: number; title: string; color?: string }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const hovered = useApp((s) => s.hovered);
  const setHovered = useApp((s) => s.setHovered);
  const active = hovered === null ? -1 : views.findIndex((v) => v.partnership.id === hovered);
  const shown = active >= 0 ? views[active]! : null;
  // The chart's height is the whole list's from the first frame, so nothing below it moves when
  // the bars beyond its scroller's view come, a frame later.
  const drawn = useProgressive(views, FIRST_BARS);
  const rowAt = (e: MouseEvent<SVGSVGElement>): number => Math.floor((e.clientY - e.currentTarget.getBoundingClientRect().top - 2) / ROW);
  return (
    <figure className="distance-chart">
      <figcaption className="small muted">
        {title}
        {shown && (
          <span className="chart-readout">
            {' · '}
            {partnerLabel(shown, lang)}: {t('km', { value: formatInteger(shown.partnership.distanceKm, lang) })}
          </span>
        )}
      </figcaption>
      <div className="chart-scroll">
        <svg
          width={WIDTH}
          height={views.length * ROW + 4}
          role="img"
          aria-label={t('chartAria', { count: views.length })}
          aria-busy={drawn.length < views.length}
          onMouseMove={(e) => {
            const v = views[rowAt(e)];
            setHovered(v ? v.partnership.id : null);
          }}
          onMouseLeave={() => setHovered(null)}
        >
          {active >= 0 && <rect className="bar-band" x={0} y={active * ROW + 2} width={WIDTH} height={ROW} />}
          <Bars views={drawn} maxKm={maxKm} lang={lang} color={color} />
        </svg>
      </div>
    </figure>
  );
}

/** The bars themselves, re-rendered only when the partners, the scale or the language change (not on hover). */
const Bars = memo(function Bars({ views, maxKm, lang, color }: { views: readonly PartnerView[]; maxKm: number; lang: Language; color?: string }) {
  const x = scaleLinear().domain([0, Math.max(1, maxKm)]).range([0, WIDTH - LABEL - 48]);
  return views.map((v, i) => {
    const key = `${v.partnership.id}-${v.reverse}`;
    const km = v.partnership.distanceKm;
    const bar = Math.max(1, x(km));
    const y = i * ROW + 2;
    return [
      <text key={`${key}l`} x={LABEL - 4} y={y + ROW - 4} textAnchor="end" className="bar-label">
        {fitBarLabel(partnerLabel(v, lang), LABEL - 4)}
      </text>,
      <rect key={`${key}b`} className="bar" x={LABEL} y={y + 3} width={bar} height={ROW - 6} fill={color ?? distanceColor(km)} rx={1} />,
      <text key={`${key}v`} x={LABEL + bar + 4} y={y + ROW - 4} className="bar-value">
        {formatInteger(km, lang)}
      </text>,
    ];
  });
});

