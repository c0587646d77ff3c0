import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasIndex } from '../dataset/atlas-index';
import { COMPARE_COLORS } from '../map/layers';
import { visibleMask } from '../query/visibility';
import { useApp, useDeferredFilters } from '../state/store';
import { DistanceChart } from './distance-chart';

/**
 * Municipalities compared side by side: each one's partners by distance on one shared scale, in
 * the colour its lines have on the map.
 */
export function ComparePanel({ index }: { index: AtlasIndex }) {
  const { t } = useTranslation();
  const compare = useApp((s) => s.compare);
  const { filters, pending } = useDeferredFilters();
  const toggleCompare = useApp((s) => s.toggleCompare);
  const clearCompare = useApp((s) => s.clearCompare);
  const selectMunicipality = useApp((s) => s.selectMunicipality);
  const groups = useMemo(() => {
    const mask = visibleMask(index, filters);
    return compare.map((teryt) => ({
      municipality: index.municipalities.get(teryt),
      views: (index.partnersOf.get(teryt) ?? []).filter((v) => mask[index.featureIndex.get(v.partnership.id)!]),
    }));
  }, [index, filters, compare]);
  if (compare.length === 0) return null;
  const maxKm = Math.max(1, ...groups.flatMap((g) => g.views.map((v) => v.partnership.distanceKm)));

  return (
    <section className="compare" aria-labelledby="compare-title" aria-busy={pending}>
      <div className="panel-head">
        <h2 id="compare-title">{t('compareTitle')}</h2>
        <button type="button" className="link" onClick={clearCompare}>
          {t('compareClear')}
        </button>
      </div>
      <p className="small muted">{t('compareHint')}</p>
      {groups.map((g, k) =>
        g.municipality ? (
          <div key={g.municipality.teryt} className="compare-item">
            <div className="compare-name">
              <span className="swatch" style={{ background: COMPARE_COLORS[k] }} aria-hidden="true" />
              <button type="button" className="link" onClick={() => selectMunicipality(g.municipality!.teryt)}>
                {g.municipality.name}
              </button>
              <span className="muted small">{t('partnerCount', { count: g.views.length })}</span>
              <button type="button" className="icon small" aria-label={t('compareRemove', { name: g.municipality.name })} onClick={() => toggleCompare(g.municipality!.teryt)}>
                ×
              </button>
            </div>
            {g.views.length > 0 && <DistanceChart views={g.views} maxKm={maxKm} title={t('chartTitle')} color={COMPARE_COLORS[k]} />}
          </div>
        ) : null,
      )}
    </section>
  );
}
