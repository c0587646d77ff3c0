import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasIndex } from '../dataset/atlas-index';
import { AGREEMENT_TYPES, MUNICIPALITY_KINDS, STATUSES, VERIFICATIONS, VOIVODESHIPS, type VoivodeshipCode } from '../domain/vocabulary';
import { countryName } from '../i18n/i18n';
import { fold } from '../query/fold';
import { useApp } from '../state/store';
import { Timeline } from './timeline';

/** Country (multi-select), agreement type and status filters; all live in the store and the URL. */
export function FiltersPanel({ index }: { index: AtlasIndex }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const filters = useApp((s) => s.filters);
  const toggleCountry = useApp((s) => s.toggleCountry);
  const setCountries = useApp((s) => s.setCountries);
  const toggleType = useApp((s) => s.toggleType);
  const toggleStatus = useApp((s) => s.toggleStatus);
  const toggleVoivodeship = useApp((s) => s.toggleVoivodeship);
  const toggleKind = useApp((s) => s.toggleKind);
  const toggleVerification = useApp((s) => s.toggleVerification);
  const [countryQuery, setCountryQuery] = useState('');

  const counts = useMemo(() => {
    const byCountry = new Map<string, number>();
    const byType = new Map<string, number>();
    const byStatus = new Map<string, number>();
    const byVerification = new Map<string, number>();
    const byVoivodeship = new Map<string, number>();
    const byKind = new Map<string, number>();
    const inc = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
    for (const p of index.atlas.partnerships) {
      inc(byCountry, index.places.get(p.place)!.country);
      inc(byType, p.type);
      inc(byStatus, p.status);
      inc(byVerification, p.verification);
      const m = index.municipalities.get(p.municipality)!;
      inc(byVoivodeship, m.voivodeship);
      inc(byKind, m.kind);
    }
    return { byCountry, byType, byStatus, byVerification, byVoivodeship, byKind };
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
      <Timeline index={index} />
      <CheckGroup legend={t('filterType')} values={AGREEMENT_TYPES} checked={filters.types} onToggle={toggleType} label={(v) => t(`type_${v}`)} count={counts.byType} />
      <CheckGroup legend={t('filterStatus')} values={STATUSES} checked={filters.statuses} onToggle={toggleStatus} label={(v) => t(`status_${v}`)} count={counts.byStatus} />
      <CheckGroup
        legend={t('filterVerification')}
        values={VERIFICATIONS}
        checked={filters.verifications}
        onToggle={toggleVerification}
        label={(v) => t(`verification_${v}`)}
        count={counts.byVerification}
        hint={t('verificationHint')}
      />
      <CheckGroup legend={t('filterKind')} values={MUNICIPALITY_KINDS} checked={filters.kinds} onToggle={toggleKind} label={(v) => t(`kind_${v}`)} count={counts.byKind} />
      <fieldset>
        <legend>{t('filterVoivodeship')}</legend>
        <div className="country-list voivodeship-list">
          {(Object.keys(VOIVODESHIPS) as VoivodeshipCode[]).map((code) => (
            <label key={code} className="check">
              <input type="checkbox" checked={filters.voivodeships.includes(code)} onChange={() => toggleVoivodeship(code)} />
              {VOIVODESHIPS[code]} <span className="count">{counts.byVoivodeship.get(code) ?? 0}</span>
            </label>
          ))}
        </div>
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

/** One filter of a closed vocabulary: a fieldset of checkboxes, each with its count. */
function CheckGroup<T extends string>({
  legend,
  values,
  checked,
  onToggle,
  label,
  count,
  hint,
}: {
  legend: string;
  values: readonly T[];
  checked: readonly T[];
  onToggle: (v: T) => void;
  label: (v: T) => string;
  count: ReadonlyMap<string, number>;
  hint?: string;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="check">
          <input type="checkbox" checked={checked.includes(v)} onChange={() => onToggle(v)} />
          {label(v)} <span className="count">{count.get(v) ?? 0}</span>
        </label>
      ))}
      {hint && <p className="muted small hint">{hint}</p>}
    </fieldset>
  );
}
