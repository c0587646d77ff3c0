import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasIndex } from '../dataset/atlas-index';
import { AGREEMENT_TYPES, MUNICIPALITY_KINDS, STATUSES, VERIFICATIONS, VOIVODESHIPS, type VoivodeshipCode } from '../domain/vocabulary';
import { countryName, formatInteger } from '../i18n/i18n';
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
  const shownCountries = useMemo(
    () => countries.filter((c) => !countryQuery || fold(c.name).includes(fold(countryQuery)) || c.code === countryQuery.toUpperCase()),
    [countries, countryQuery],
  );

  return (
    <div className="filters">
      <Timeline index={index} />
      <CheckGroup legend={t('filterType')} values={AGREEMENT_TYPES} checked={filters.types} onToggle={toggleType} labelKey="type_" count={counts.byType} />
      <CheckGroup legend={t('filterStatus')} values={STATUSES} checked={filters.statuses} onToggle={toggleStatus} labelKey="status_" count={counts.byStatus} />
      <CheckGroup
        legend={t('filterVerification')}
        values={VERIFICATIONS}
        checked={filters.verifications}
        onToggle={toggleVerification}
        labelKey="verification_"
        count={counts.byVerification}
        hint={t('verificationHint')}
      />
      <CheckGroup legend={t('filterKind')} values={MUNICIPALITY_KINDS} checked={filters.kinds} onToggle={toggleKind} labelKey="kind_" count={counts.byKind} />
      <fieldset>
        <legend>{t('filterVoivodeship')}</legend>
        <CheckList className="country-list voivodeship-list" items={VOIVODESHIP_ITEMS} checked={filters.voivodeships} onToggle={toggleVoivodeship} count={counts.byVoivodeship} />
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
        <CheckList className="country-list" items={shownCountries} checked={filters.countries} onToggle={toggleCountry} count={counts.byCountry} />
      </fieldset>
    </div>
  );
}

const VOIVODESHIP_ITEMS = (Object.keys(VOIVODESHIPS) as VoivodeshipCode[]).map((code) => ({ code, name: VOIVODESHIPS[code] }));

/*
 * The lists below are memoised, and their props keep their identity until they change (the
 * store's actions are stable, a filter's list is replaced only when it changes): a click
 * re-renders the one list it changed, not the 150 checkboxes of the panel.
 */

/** Checkboxes for named codes (countries, voivodeships), each with its count. */
const CheckList = memo(function CheckList<T extends string>({
  className,
  items,
  checked,
  onToggle,
  count,
}: {
  className: string;
  items: readonly { code: T; name: string }[];
  checked: readonly T[];
  onToggle: (code: T) => void;
  count: ReadonlyMap<string, number>;
}) {
  const lang = useApp((s) => s.lang);
  return (
    <div className={className}>
      {items.map((c) => (
        <label key={c.code} className="check">
          <input type="checkbox" checked={checked.includes(c.code)} onChange={() => onToggle(c.code)} />
          {c.name} <span className="count">{formatInteger(count.get(c.code) ?? 0, lang)}</span>
        </label>
      ))}
    </div>
  );
}) as <T extends string>(props: { className: string; items: readonly { code: T; name: string }[]; checked: readonly T[]; onToggle: (code: T) => void; count: ReadonlyMap<string, number> }) => React.JSX.Element;

type CheckGroupProps<T extends string> = {
  legend: string;
  values: readonly T[];
  checked: readonly T[];
  onToggle: (v: T) => void;
  /** The values' labels are the messages `${labelKey}${value}`. */
  labelKey: string;
  count: ReadonlyMap<string, number>;
  hint?: string;
};

/** One filter of a closed vocabulary: a fieldset of checkboxes, each with its count. */
const CheckGroup = memo(function CheckGroup<T extends string>({ legend, values, checked, onToggle, labelKey, count, hint }: CheckGroupProps<T>) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="check">
          <input type="checkbox" checked={checked.includes(v)} onChange={() => onToggle(v)} />
          {t(`${labelKey}${v}`)} <span className="count">{formatInteger(count.get(v) ?? 0, lang)}</span>
        </label>
      ))}
      {hint && <p className="muted small hint">{hint}</p>}
    </fieldset>
  );
}) as <T extends string>(props: CheckGroupProps<T>) => React.JSX.Element;
