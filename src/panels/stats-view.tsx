import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerName, type AtlasIndex } from '../dataset/atlas-index';
import { countryName, formatInteger } from '../i18n/i18n';
import { distanceHistogram } from '../query/histogram';
import { byPartnerCountry, byVoivodeship, farthest, nearest, topMunicipalities, type PartnershipEnds } from '../query/stats';
import { visibleMask } from '../query/visibility';
import { useApp, useDeferredFilters } from '../state/store';
import { BarChart } from './bar-chart';

/** Statistics of the partnerships passing the filters, as charts. */
export function StatsView({ index }: { index: AtlasIndex }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const { filters, pending } = useDeferredFilters();
  const selectMunicipality = useApp((s) => s.selectMunicipality);
  const ps = useMemo(() => {
    const mask = visibleMask(index, filters);
    return index.atlas.partnerships.filter((_, i) => mask[i]);
  }, [index, filters]);
  const hist = useMemo(() => distanceHistogram(ps.map((p) => p.distanceKm)), [ps]);
  const countries = useMemo(() => byPartnerCountry(index, ps).slice(0, 15), [index, ps]);
  const voivodeships = useMemo(() => byVoivodeship(index, ps), [index, ps]);
  const top = useMemo(() => topMunicipalities(index, ps, 15), [index, ps]);
  const far = useMemo(() => farthest(index, ps, 5), [index, ps]);
  const near = useMemo(() => nearest(index, ps, 5), [index, ps]);

  return (
    <section className="stats-view" aria-labelledby="stats-title" aria-busy={pending}>
      <h2 id="stats-title">{t('statsTitle', { count: ps.length })}</h2>
      <div className="stats-grid">
        <BarChart
          title={t('statsHistogram')}
          bars={hist.map((b) => ({
            key: String(b.fromKm),
            label: b.toKm === null ? `≥ ${formatInteger(b.fromKm, lang)} km` : `${formatInteger(b.fromKm, lang)}–${formatInteger(b.toKm, lang)} km`,
            value: b.count,
            color: b.color,
          }))}
        />
        <BarChart title={t('statsCountries')} bars={countries.map((c) => ({ key: c.country, label: countryName(c.country, lang), value: c.count }))} />
        <BarChart title={t('statsVoivodeships')} bars={voivodeships.map((v) => ({ key: v.voivodeship, label: v.name, value: v.count }))} />
        <BarChart
          title={t('statsTop')}
          bars={top.map((m) => ({ key: m.municipality.teryt, label: m.municipality.name, value: m.count, onClick: () => selectMunicipality(m.municipality.teryt) }))}
        />
        <div className="extremes">
          <Extremes index={index} title={t('statsFarthest')} rows={far} />
          <Extremes index={index} title={t('statsNearest')} rows={near} />
        </div>
      </div>
    </section>
  );
}

/** A ranked list of partnerships with their distance; choosing one selects it. */
function Extremes({ index, title, rows }: { index: AtlasIndex; title: string; rows: readonly PartnershipEnds[] }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const selectMunicipality = useApp((s) => s.selectMunicipality);
  return (
    <>
      <h3>{title}</h3>
      <ol>
        {rows.map((e) => (
          <li key={e.partnership.id}>
            <button type="button" className="link" onClick={() => selectMunicipality(e.municipality.teryt, e.place.id)}>
              {e.municipality.name} – {partnerName(index, e.partnership, lang)}
            </button>{' '}
            <span className="muted">{t('km', { value: formatInteger(e.partnership.distanceKm, lang) })}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
