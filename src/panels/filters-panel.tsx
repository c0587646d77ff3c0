import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasIndex } from '../dataset/atlas-index';
import { AGREEMENT_TYPES, STATUSES } from '../domain/vocabulary';
import { countryName } from '../i18n/i18n';
import { fold } from '../query/fold';
import { useApp } from '../state/store';

/** Country (multi-select), agreement type and status filters; all live in the store and the URL. */
export function FiltersPanel({ index }: { index: AtlasIndex }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const filters = useApp((s) => s.filters);
  const toggleCountry = useApp((s) => s.toggleCountry);
  const setCountries = useApp((s) => s.setCountries);
  const toggleType = useApp((s) => s.toggleType);
  const toggleStatus = useApp((s) => s.toggleStatus);
  const [countryQuery, setCountryQuery] = useState('');

  const counts = useMemo(() => {
    const byCountry = new Map<string, number>();
    const byType = new Map<string, number>();
    const byStatus = new Map<string, number>();
    for (const p of index.atlas.partnerships) {
      const c = index.places.get(p.place)!.country;
      byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
      byType.set(p.type, (byType.get(p.type) ?? 0) + 1);
      byStatus.set(p.status, (byStatus.get(p.status) ?? 0) + 1);
    }
    return { byCountry, byType, byStatus };
  }, [index]);

  const countries = useMemo(
    () =>
      index.countries
        .map((code) => ({ code, name: countryName(code, lang) }))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    [index, lang],
  );
  const shownCountries = countries.filter((c) => !countryQuery || fold(c.name).includes(fold(countryQuery)) || c.code === countryQuery.toUpperCase());

  return (
    <div className="filters">
      <fieldset>
        <legend>{t('filterType')}</legend>
        {AGREEMENT_TYPES.map((type) => (
          <label key={type} className="check">
            <input type="checkbox" checked={filters.types.includes(type)} onChange={() => toggleType(type)} />
            <span className={`type-swatch type-${type}`} aria-hidden="true" />
            {t(`type_${type}`)} <span className="count">{counts.byType.get(type) ?? 0}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filterStatus')}</legend>
        {STATUSES.map((st) => (
          <label key={st} className="check">
            <input type="checkbox" checked={filters.statuses.includes(st)} onChange={() => toggleStatus(st)} />
            {t(`status_${st}`)} <span className="count">{counts.byStatus.get(st) ?? 0}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="countries">
        <legend>{t('filterCountry')}</legend>
        <div className="countries-head">
          <input
            type="search"
            aria-label={t('filterCountrySearch')}
            placeholder={t('filterCountrySearch')}
            value={countryQuery}
            onChange={(e) => setCountryQuery(e.target.value)}
          />
          <button type="button" className="link" disabled={filters.countries.length === 0} onClick={() => setCountries([])}>
            {t('filterCountryAll')}
          </button>
        </div>
        <div className="country-list">
          {shownCountries.map((c) => (
            <label key={c.code} className="check">
              <input type="checkbox" checked={filters.countries.includes(c.code)} onChange={() => toggleCountry(c.code)} />
              {c.name} <span className="count">{counts.byCountry.get(c.code) ?? 0}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
