import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasIndex, SearchEntry } from '../dataset/atlas-index';
import { VOIVODESHIPS } from '../domain/vocabulary';
import { countryName } from '../i18n/i18n';
import { search } from '../query/search';
import { useApp } from '../state/store';

/** A combobox over every gmina and partner place; ignores case and diacritics. */
export function SearchBox({ index }: { index: AtlasIndex }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const selectMunicipality = useApp((s) => s.selectMunicipality);
  const selectPlace = useApp((s) => s.selectPlace);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(() => search(index.searchIndex, query, 12), [index, query]);

  const choose = (e: SearchEntry): void => {
    if (e.kind === 'municipality') selectMunicipality(e.teryt);
    else selectPlace(e.id);
    setQuery('');
    setOpen(false);
  };

  const describe = (e: SearchEntry): string => {
    if (e.kind === 'place') {
      const p = index.places.get(e.id)!;
      const alias = e.matched !== e.label ? ` (${e.matched})` : '';
      return `${alias} · ${countryName(p.country, lang)}`;
    }
    const m = index.municipalities.get(e.teryt)!;
    const extra = e.hasPartners ? '' : ` · ${t('searchMunicipalityNoPartners')}`;
    return ` · ${t(`kind_${m.kind}`)}, ${VOIVODESHIPS[m.voivodeship]}${extra}`;
  };

  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={open && query.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && results[active]) {
            e.preventDefault();
            choose(results[active]);
          } else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open && query.length > 0 && (
        <ul id={listId} role="listbox" className="search-results" aria-label={t('searchLabel')}>
          {results.length === 0 && <li className="search-empty">{t('searchNoResults')}</li>}
          {results.map((e, i) => (
            <li
              key={e.kind === 'municipality' ? e.teryt : `${e.id}-${e.matched}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(ev) => {
                ev.preventDefault();
                choose(e);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="search-name">{e.label}</span>
              <span className="search-extra">{describe(e)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
