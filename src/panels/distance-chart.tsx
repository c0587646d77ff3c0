import { useEffect, useRef, type MouseEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { useTranslation } from 'react-i18next';
import { partnerLabel, type PartnerView } from '../dataset/atlas-index';
import { distanceColor } from '../geo/distance-scale';
import { formatKm } from '../i18n/i18n';
import { useApp } from '../state/store';
import type { Language } from '../i18n/messages';

const ROW = 16;
const LABEL = 118;
const WIDTH = 330;
/** The page's font stack (styles.css, body), at the chart's 11 px. */
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
const INK = '#1f2933';
const ACTIVE_ROW = '#e7f1fb';

/**
 * The selection's partners as bars, nearest first, coloured on the map's distance scale. Hovering
 * a bar highlights its line on the map and hovering a line highlights its bar (shared `hovered`);
 * the caption then reads the hovered partner's name and distance.
 *
 * The bars are drawn on one canvas, not as SVG: a chart of 40 partners was some 250 SVG elements
 * for the browser to style, lay out and paint in the frame that shows a selection, and 40 React
 * components to render. The list below the chart carries the same data as text, so the canvas is
 * an image to assistive technology (role="img" with a label saying so).
 *
 * `maxKm` fixes the axis, so several charts can share one scale; `color` overrides the distance
 * colours (compared municipalities keep their own colour).
 */
export function DistanceChart({ views, maxKm, title, color }: { views: readonly PartnerView[]; maxKm: number; title: string; color?: string }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const hovered = useApp((s) => s.hovered);
  const setHovered = useApp((s) => s.setHovered);
  const canvas = useRef<HTMLCanvasElement>(null);
  const active = hovered === null ? -1 : views.findIndex((v) => v.partnership.id === hovered);
  const height = views.length * ROW + 4;

  useEffect(() => {
    const c = canvas.current;
    if (c) drawBars(c, views, maxKm, active, lang, color);
  }, [views, maxKm, active, lang, color, height]);

  const row = (e: MouseEvent<HTMLCanvasElement>): number => Math.floor((e.clientY - e.currentTarget.getBoundingClientRect().top - 2) / ROW);
  const shown = active >= 0 ? views[active]! : null;
  return (
    <figure className="distance-chart">
      <figcaption className="small muted">
        {title}
        {shown && (
          <span className="chart-readout">
            {' · '}
            {partnerLabel(shown, lang)}: {t('km', { value: formatKm(shown.partnership.distanceKm, lang) })}
          </span>
        )}
      </figcaption>
      <div className="chart-scroll">
        <canvas
          ref={canvas}
          className="chart-canvas"
          style={{ width: WIDTH, height }}
          role="img"
          aria-label={t('chartAria', { count: views.length })}
          onMouseMove={(e) => {
            const v = views[row(e)];
            setHovered(v ? v.partnership.id : null);
          }}
          onMouseLeave={() => setHovered(null)}
        />
      </div>
    </figure>
  );
}

/** Draws the bars: label (bold when active), bar, distance; the active row on a pale band. */
function drawBars(c: HTMLCanvasElement, views: readonly PartnerView[], maxKm: number, active: number, lang: Language, color?: string): void {
  const ratio = window.devicePixelRatio || 1;
  const height = views.length * ROW + 4;
  const w = Math.round(WIDTH * ratio);
  const h = Math.round(height * ratio);
  if (c.width !== w) c.width = w;
  if (c.height !== h) c.height = h;
  const ctx = c.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, WIDTH, height);
  const x = scaleLinear().domain([0, Math.max(1, maxKm)]).range([0, WIDTH - LABEL - 48]);
  ctx.textBaseline = 'alphabetic';
  views.forEach((v, i) => {
    const top = i * ROW + 2;
    const km = v.partnership.distanceKm;
    const bar = Math.max(1, x(km));
    if (i === active) {
      ctx.fillStyle = ACTIVE_ROW;
      ctx.fillRect(0, top, WIDTH, ROW);
    }
    ctx.font = `${i === active ? '700 ' : ''}11px ${FONT}`;
    ctx.fillStyle = INK;
    ctx.textAlign = 'right';
    ctx.fillText(truncate(partnerLabel(v, lang), 18), LABEL - 4, top + ROW - 4);
    ctx.fillStyle = color ?? distanceColor(km);
    ctx.fillRect(LABEL, top + 3, bar, ROW - 6);
    ctx.fillStyle = INK;
    ctx.textAlign = 'left';
    ctx.font = `11px ${FONT}`;
    ctx.fillText(formatKm(km, lang), LABEL + bar + 4, top + ROW - 4);
  });
}

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
