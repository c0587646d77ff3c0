import { scaleLinear } from 'd3-scale';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasIndex } from '../dataset/atlas-index';
import { DEFAULT_FILTERS } from '../query/filters';
import { growthByYear, yearExtent } from '../query/timeline';
import { visibleMask } from '../query/visibility';
import { getAppStore, useApp, useDeferredFilters } from '../state/store';

const STEP_MS = 350;
const W = 320;
const H = 48;

/**
 * The year of the first agreement as a range filter, with a play button that grows the network
 * year by year. Partnerships without a known year are counted and the user decides whether they
 * are shown; during play they are hidden, and the UI says so.
 */
export function Timeline({ index }: { index: AtlasIndex }) {
  const { t } = useTranslation();
  const filters = useApp((s) => s.filters); // the slider and checkbox follow input at once
  const { filters: deferred } = useDeferredFilters(); // the chart follows in the background
  const setYears = useApp((s) => s.setYears);
  const extent = useMemo(() => yearExtent(index.atlas.partnerships), [index]);
  // Growth of what the other filters let through (the year filter itself left out).
  const growth = useMemo(() => {
    const mask = visibleMask(index, { ...deferred, years: DEFAULT_FILTERS.years, unknownYears: true });
    return growthByYear(index.atlas.partnerships.filter((_, i) => mask[i]));
  }, [index, deferred]);
  const [playing, setPlaying] = useState(false);
  const timer = useRef<number | null>(null);

  useEffect(() => {
    if (!playing || !extent) return;
    timer.current = window.setInterval(() => {
      const f = getAppStore().getState().filters; // the latest, without re-subscribing
      const to = (f.years?.to ?? extent.from) + 1;
      if (to > extent.to) {
        setPlaying(false);
        return;
      }
      setYears({ from: extent.from, to }, false);
    }, STEP_MS);
    return () => {
      if (timer.current !== null) window.clearInterval(timer.current);
    };
  }, [playing, extent, setYears]);

  if (!extent) return null;
  const range = filters.years ?? extent;
  const max = Math.max(1, ...growth.years.map((y) => y.added));
  const x = scaleLinear().domain([extent.from, extent.to + 1]).range([0, W]);
  const y = scaleLinear().domain([0, max]).range([0, H - 2]);
  const shownCount = growth.years.filter((g) => g.year >= range.from && g.year <= range.to).reduce((n, g) => n + g.added, 0);

  const set = (from: number, to: number): void => setYears({ from: Math.min(from, to), to: Math.max(from, to) });

  return (
    <fieldset className="timeline" aria-busy={deferred !== filters}>
      <legend>{t('timeline')}</legend>
      <svg width={W} height={H} role="img" aria-label={t('timelineChart', { from: extent.from, to: extent.to })} className="timeline-chart">
        {growth.years.map((g) => (
          <rect
            key={g.year}
            x={x(g.year)}
            y={H - y(g.added)}
            width={Math.max(1, x(g.year + 1) - x(g.year) - 0.5)}
            height={y(g.added)}
            className={g.year >= range.from && g.year <= range.to ? 'in' : 'out'}
          >
            <title>{`${g.year}: +${g.added} (${g.total})`}</title>
          </rect>
        ))}
      </svg>
      <div className="timeline-inputs">
        <label>
          {t('yearFrom')}{' '}
          <input type="number" min={extent.from} max={extent.to} value={range.from} onChange={(e) => set(Number(e.target.value) || extent.from, range.to)} />
        </label>
        <label>
          {t('yearTo')}{' '}
          <input type="number" min={extent.from} max={extent.to} value={range.to} onChange={(e) => set(range.from, Number(e.target.value) || extent.to)} />
        </label>
        <button
          type="button"
          className="chip"
          aria-pressed={playing}
          onClick={() => {
            if (!playing) setYears({ from: extent.from, to: extent.from }, false);
            setPlaying(!playing);
          }}
        >
          {playing ? t('pause') : t('play')}
        </button>
        {filters.years && (
          <button type="button" className="link" onClick={() => { setPlaying(false); setYears(null, true); }}>
            {t('allYears')}
          </button>
        )}
      </div>
      <label className="check">
        <input type="checkbox" checked={filters.unknownYears} disabled={playing} onChange={(e) => setYears(filters.years ?? extent, e.target.checked)} />
        {t('unknownYears', { count: growth.unknown })}
      </label>
      <p className="small muted" role="status">
        {filters.years
          ? t(filters.unknownYears ? 'yearsStatusWithUnknown' : 'yearsStatus', { from: range.from, to: range.to, shown: shownCount, unknown: growth.unknown })
          : t('yearsAll', { known: growth.years.at(-1)?.total ?? 0, unknown: growth.unknown })}
      </p>
    </fieldset>
  );
}
