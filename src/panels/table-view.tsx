import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerName, type AtlasIndex } from '../dataset/atlas-index';
import { countryName, formatInteger } from '../i18n/i18n';
import { DEFAULT_SORT, TABLE_COLUMNS, searchRows, sortRows, tableRows, type TableColumn, type TableSort } from '../query/table';
import { visibleMask } from '../query/visibility';
import { useApp, useDeferredFilters } from '../state/store';

const PAGE = 200;

/**
 * Every partnership passing the filters as a table: sortable by any column, searchable, usable from
 * the keyboard and by a screen reader; choosing a row selects it (panel and map). Also the app's
 * view when WebGL is not available.
 */
export function TableView({ index }: { index: AtlasIndex }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const { filters, pending } = useDeferredFilters();
  const selection = useApp((s) => s.selection);
  const selectMunicipality = useApp((s) => s.selectMunicipality);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<TableSort>(DEFAULT_SORT);
  const [limit, setLimit] = useState(PAGE);

  const rows = useMemo(
    () =>
      tableRows(index, visibleMask(index, filters), {
        country: (c) => countryName(c, lang),
        type: (x) => t(`type_${x}`),
        status: (x) => t(`status_${x}`),
        verification: (x) => t(`verification_${x}`),
        partner: (p) => partnerName(index, p, lang),
      }),
    [index, filters, lang, t],
  );
  const shown = useMemo(() => sortRows(searchRows(rows, deferredQuery), sort), [rows, deferredQuery, sort]);
  const selectedId =
    selection?.kind === 'municipality' && selection.partner ? `${selection.teryt}|${selection.partner}` : null;

  const header = (c: TableColumn) => {
    const active = sort.column === c;
    return (
      <th key={c} scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="th-sort"
          onClick={() => setSort(active ? { column: c, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { column: c, dir: 'asc' })}
        >
          {t(`col_${c}`)}
          <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <section className="table-view" aria-labelledby="table-title" aria-busy={pending || query !== deferredQuery}>
      <div className="table-head">
        <h2 id="table-title">{t('tableTitle')}</h2>
        <label className="table-search">
          <span className="visually-hidden">{t('tableSearch')}</span>
          <input type="search" placeholder={t('tableSearch')} value={query} onChange={(e) => { setQuery(e.target.value); setLimit(PAGE); }} />
        </label>
        <p className="muted small" role="status">{t('tableCount', { shown: shown.length, total: rows.length })}</p>
      </div>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('tableCaption')}</caption>
          <thead>
            <tr>{TABLE_COLUMNS.map(header)}</tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((r) => {
              const id = `${r.partnership.municipality}|${r.partnership.place}`;
              return (
                <tr key={r.partnership.id} className={id === selectedId ? 'selected' : undefined} aria-selected={id === selectedId}>
                  <td>{r.municipality}</td>
                  <td>{r.voivodeship}</td>
                  <td>
                    <button type="button" className="link" onClick={() => selectMunicipality(r.partnership.municipality, r.partnership.place)}>
                      {r.partner}
                    </button>
                  </td>
                  <td>{r.country}</td>
                  <td>{r.type}</td>
                  <td>{r.status}</td>
                  <td className="num">{r.year ?? '—'}</td>
                  <td className="num">{formatInteger(r.distance, lang)}</td>
                  <td>{r.verification}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shown.length > limit && (
        <button type="button" className="more" onClick={() => setLimit((l) => l + PAGE)}>
          {t('tableMore', { count: Math.min(PAGE, shown.length - limit) })}
        </button>
      )}
    </section>
  );
}
