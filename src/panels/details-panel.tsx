import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { allNames, partnerLabel, type AtlasIndex, type PartnerView } from '../dataset/atlas-index';
import { loadNotes, notesIfLoaded } from '../dataset/notes';
import type { PartnershipId } from '../domain/ids';
import { AGREEMENT_TYPES, VERIFICATIONS, VOIVODESHIPS, type AgreementType, type Verification } from '../domain/vocabulary';
import { countryName, formatInteger } from '../i18n/i18n';
import type { Language } from '../i18n/messages';
import { firstYear } from '../query/timeline';
import { selectedPartnerships, visibleMask } from '../query/visibility';
import type { Filters } from '../query/filters';
import { byGmina, byVoivodeship } from '../query/stats';
import { CHOROPLETHS, type Selection } from '../state/url-state';
import { useApp, useDeferredFilters, useDeferredSelection } from '../state/store';
import { DistanceChart } from './distance-chart';
import { ComparePanel } from './compare-panel';
import { DistanceLegend } from './distance-legend';
import { useLoaded } from '../use-loaded';
import { useProgressive } from './use-progressive';
import { barLabelWidth } from './fit-label';
import { whenIdle } from '../idle';

/** The side panel: an overview, a municipality's or a place's partners, or one partnership's details. */
export function DetailsPanel({ index }: { index: AtlasIndex }) {
  const { selection, pending } = useDeferredSelection();
  // The distance chart's labels are measured by character: measured ahead, not in a first selection.
  useEffect(() => whenIdle(() => barLabelWidth.warm(allNames(index))), [index]);
  return (
    <>
      <ComparePanel index={index} />
      {selection ? <PartnerList index={index} selection={selection} selectionPending={pending} /> : <Overview index={index} busy={pending} />}
    </>
  );
}

/** What the app is, shown at once while the data loads (its counts then read "…"), then with them. */
export function OverviewIntro({ counts, otherUnits, unverified }: { counts?: [number, number, number]; otherUnits?: number; unverified?: number }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  return (
    <>
      <h2 id="overview-title">{t('overviewTitle')}</h2>
      <dl className="stats">
        {(['statPartnerships', 'statMunicipalities', 'statCountries'] as const).map((k, i) => (
          <div key={k}><dt>{t(k)}</dt><dd>{counts ? formatInteger(counts[i]!, lang) : '…'}</dd></div>
        ))}
      </dl>
      {/* The second figure counts gminy only: powiaty and voivodeships with partners of their own are said apart. */}
      {otherUnits ? <p className="small muted stats-note">{t('statOtherUnits', { count: otherUnits })}</p> : null}
      {/* The first figure counts what the map shows by default: not the doubted list pairs, said apart. */}
      {unverified ? <p className="small muted stats-note">{t('statUnverified', { count: unverified })}</p> : null}
      <p>{t('overviewText')}</p>
    </>
  );
}

/**
 * The overview, while nothing is selected. Marked busy while the panel renders a new selection in
 * the background; its body is memoised, so that mark is all the selection's urgent render redraws.
 */
function Overview({ index, busy }: { index: AtlasIndex; busy: boolean }) {
  return (
    <section className="panel-body" aria-labelledby="overview-title" aria-busy={busy}>
      <OverviewBody index={index} />
    </section>
  );
}

const OverviewBody = memo(function OverviewBody({ index }: { index: AtlasIndex }) {
  const { t } = useTranslation();
  const choropleth = useApp((s) => s.choropleth);
  const setChoropleth = useApp((s) => s.setChoropleth);
  return (
    <>
      <OverviewIntro
        counts={[index.atlas.partnerships.length - index.unverifiedCount, index.gminyWithPartners, index.countries.length]}
        otherUnits={index.withPartners.length - index.gminyWithPartners}
        unverified={index.unverifiedCount}
      />
      <div className="panel-tools">
        <span className="small muted">{t('choropleth')}:</span>
        {CHOROPLETHS.map((c) => (
          <button key={c} type="button" className="chip" aria-pressed={choropleth === c} onClick={() => setChoropleth(c)}>
            {t(`choropleth_${c}`)}
          </button>
        ))}
      </div>
      {choropleth !== 'none' && <ChoroplethLegend index={index} by={choropleth} />}
      <DistanceLegend />
      <ul className="legend">
        <li><span className="legend-line" /> {t('legendActive')}</li>
        <li><span className="legend-line legend-line--ended" /> {t('legendEnded')}</li>
      </ul>
    </>
  );
});

function ChoroplethLegend({ index, by }: { index: AtlasIndex; by: 'voivodeships' | 'gminy' }) {
  const { t } = useTranslation();
  const { filters } = useDeferredFilters();
  const max = useMemo(() => {
    const mask = visibleMask(index, filters);
    const ps = index.atlas.partnerships.filter((_, i) => mask[i]);
    return by === 'gminy' ? Math.max(0, ...byGmina(index, ps).values()) : Math.max(0, ...byVoivodeship(index, ps).map((v) => v.count));
  }, [index, filters, by]);
  return (
    <figure className="choropleth-legend">
      <figcaption className="small muted">{t(by === 'gminy' ? 'choroplethLegendGminy' : 'choroplethLegend')}</figcaption>
      <div className="gradient" aria-hidden="true" />
      <div className="small gradient-labels">
        <span>0</span>
        <span>{max}</span>
      </div>
    </figure>
  );
}

/**
 * A selection's partners. The panel shows deferred values (selection, filters): while React
 * renders the new ones in the background, the urgent render only marks the panel busy, since the
 * body is memoised and still gets the old values.
 */
function PartnerList({ index, selection, selectionPending }: { index: AtlasIndex; selection: NonNullable<Selection>; selectionPending: boolean }) {
  const { filters, pending } = useDeferredFilters();
  return (
    <section className="panel-body" aria-labelledby="sel-title" aria-busy={pending || selectionPending}>
      <PartnerListBody index={index} selection={selection} filters={filters} />
    </section>
  );
}

const PartnerListBody = memo(function PartnerListBody({ index, selection, filters }: { index: AtlasIndex; selection: NonNullable<Selection>; filters: Filters }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const clearSelection = useApp((s) => s.clearSelection);
  const selectPartner = useApp((s) => s.selectPartner);
  const selectMunicipality = useApp((s) => s.selectMunicipality);
  const rings = useApp((s) => s.rings);
  const toggleRings = useApp((s) => s.toggleRings);
  const compare = useApp((s) => s.compare);
  const toggleCompare = useApp((s) => s.toggleCompare);
  const views = useMemo(() => selectedPartnerships(index, selection), [index, selection]);
  const mask = useMemo(() => visibleMask(index, filters), [index, filters]);
  const shown = useMemo(() => views.filter((v) => mask[index.featureIndex.get(v.partnership.id)!]), [views, mask, index]);
  const unverified = views.filter((v) => v.partnership.verification === 'unverified').length;
  const rows = useProgressive(shown, FIRST_ROWS);
  const words = useMemo(() => rowWords(t), [t]);

  let title = '';
  let subtitle = '';
  if (selection.kind === 'municipality') {
    const m = index.municipalities.get(selection.teryt);
    title = m?.name ?? selection.teryt;
    subtitle = m ? (m.kind === 'voivodeship' ? t('kind_voivodeship') : `${t(`kind_${m.kind}`)}, ${t('voivodeship', { name: VOIVODESHIPS[m.voivodeship] })}`) : '';
  } else {
    const p = index.places.get(selection.id);
    title = p?.name ?? selection.id;
    subtitle = p ? countryName(p.country, lang) : '';
  }

  const focused =
    selection.kind === 'municipality' && selection.partner
      ? views.find((v) => !v.reverse && v.place.id === selection.partner) ?? null
      : null;

  return (
    <>
      <div className="panel-head">
        <div>
          <h2 id="sel-title">{title}</h2>
          <p className="muted">{subtitle}</p>
        </div>
        <button type="button" className="icon" onClick={clearSelection} aria-label={t('close')} title={t('close')}>
          ×
        </button>
      </div>
      <div className="panel-tools">
        <button type="button" className="chip" aria-pressed={rings} onClick={toggleRings}>
          {t('rings')}
        </button>
        {selection.kind === 'municipality' && (
          <button type="button" className="chip" aria-pressed={compare.includes(selection.teryt)} onClick={() => toggleCompare(selection.teryt)}>
            {t('compareAdd')}
          </button>
        )}
      </div>
      {focused ? (
        <PartnershipDetails index={index} view={focused} lang={lang} onBack={() => selectPartner(null)} />
      ) : (
        <>
          <p className="count-line">
            {/* Pairs only a secondary list gives and the data doubts (see verification) are not counted as partners. */}
            {t(selection.kind === 'place' ? 'partnerUnits' : 'partnerCount', { count: views.length - unverified })}
            {unverified > 0 && <> · {t('unverifiedCount', { count: unverified })}</>}
            {shown.length !== views.length && <> · {t('shownOf', { shown: shown.length, total: views.length })}</>}
          </p>
          {views.length === 0 && <p>{t('noPartners')}</p>}
          {views.length > 0 && shown.length === 0 && <p>{t('noneMatch')}</p>}
          {shown.length > 1 && (
            <DistanceChart views={shown} maxKm={Math.max(...shown.map((v) => v.partnership.distanceKm))} title={t('chartTitle')} />
          )}
          {shown.length > 0 && <p className="muted small">{t('sortedByDistance')}</p>}
          <ol className="partner-list" aria-label={t('partnersOf')} aria-busy={rows.length < shown.length}>
            {rows.map((v) => (
              <PartnerRow
                key={`${v.partnership.id}-${v.reverse}`}
                index={index}
                view={v}
                lang={lang}
                words={words}
                onOpen={() => {
                  if (selection.kind === 'place' || v.reverse) selectMunicipality(v.partnership.municipality, v.place.id);
                  else selectPartner(v.place.id);
                }}
              />
            ))}
          </ol>
        </>
      )}
    </>
  );
});

/** Rows in the frame that shows a new list: about what the panel shows above the fold. */
const FIRST_ROWS = 12;

/**
 * One partner in the list. It follows the shared hover itself, so hovering a line or a row
 * re-renders two rows, not the list. Its words come translated once per language (`rowWords`):
 * i18next's `t` costs tens of microseconds a call, and a list of 40 rows made some 150 calls in
 * the render that shows a selection. (A `useTranslation` in each row also subscribed each to
 * i18next's events.)
 */
function PartnerRow({ index, view: v, lang, words, onOpen }: { index: AtlasIndex; view: PartnerView; lang: Language; words: RowWords; onOpen: () => void }) {
  const id = v.partnership.id;
  const hovered = useApp((s) => s.hovered === id);
  const setHovered = useApp((s) => s.setHovered);
  const p = v.partnership;
  return (
    <li>
      <button
        type="button"
        className={`partner partner--${p.status}${hovered ? ' partner--hovered' : ''}`}
        onMouseEnter={() => setHovered(id)}
        onMouseLeave={() => setHovered(null)}
        onFocus={() => setHovered(id)}
        onBlur={() => setHovered(null)}
        onClick={onOpen}
      >
        <span className="partner-name">{partnerLabel(v, lang)}</span>
        <span className="partner-distance">{words.km(formatInteger(p.distanceKm, lang))}</span>
        <span className="partner-meta">
          {otherWhere(index, v, lang)} · {words.type[p.type]} · {firstYear(p) ?? words.unknownYear}
          {p.status === 'ended' && <> · <strong>{words.ended}</strong></>}
          {p.verification !== 'official' && (
            <> · <span className={`badge badge--${p.verification}`}>{words.verification[p.verification]}</span></>
          )}
        </span>
      </button>
    </li>
  );
}

type RowWords = {
  type: Record<AgreementType, string>;
  verification: Record<Verification, string>;
  ended: string;
  unknownYear: string;
  km: (value: string) => string;
};

/** The partner rows' words in the current language, translated once. */
function rowWords(t: T): RowWords {
  // The "{{value}} km" message around a marker, split: the number goes between the halves.
  const [before = '', after = ''] = t('km', { value: '\u0000' }).split('\u0000');
  return {
    type: Object.fromEntries(AGREEMENT_TYPES.map((k) => [k, t(`type_${k}`)])) as Record<AgreementType, string>,
    verification: Object.fromEntries(VERIFICATIONS.map((k) => [k, t(`verification_${k}`)])) as Record<Verification, string>,
    ended: t('status_ended'),
    unknownYear: t('unknownYear'),
    km: (value) => before + value + after,
  };
}

type T = ReturnType<typeof useTranslation>['t'];

/** Where the other end is: its country, or for a Polish unit its voivodeship. */
function otherWhere(index: AtlasIndex, v: PartnerView, lang: Language): string {
  const teryt = v.reverse ? v.partnership.municipality : v.place.teryt;
  const m = teryt ? index.municipalities.get(teryt) : undefined;
  return m ? VOIVODESHIPS[m.voivodeship] : countryName(v.otherCountry, lang);
}

function PartnershipDetails({ index, view, lang, onBack }: { index: AtlasIndex; view: PartnerView; lang: Language; onBack: () => void }) {
  const { t } = useTranslation();
  const p = view.partnership;
  // The other name the partner goes by: the place's own name beside a Polish one, or the
  // source's spelling beside the place's name.
  const label = partnerLabel(view, lang);
  const altName = view.reverse ? null : label !== view.place.name ? view.place.name : p.partnerName !== label ? p.partnerName : null;
  const lister = index.municipalities.get(p.municipality);
  // The list the user came from is gone: keep keyboard focus in the panel, on the way back.
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (document.activeElement === document.body) back.current?.focus();
  }, [p.id]);
  return (
    <div className="partnership" aria-live="polite">
      <button type="button" className="link" onClick={onBack} ref={back}>
        ← {t('back')}
      </button>
      <h3>{partnerLabel(view, lang)}</h3>
      <p className="muted">
        {countryName(view.otherCountry, lang)}
        {view.place.teryt && <> · {t('polishPartner')}</>}
        {altName && <> · {altName}</>}
      </p>
      <dl>
        <dt>{t('distance')}</dt>
        <dd>{t('km', { value: formatInteger(p.distanceKm, lang) })}</dd>
        <dt>{t('filterType')}</dt>
        <dd>
          {t(`type_${p.type}`)}
          {p.typeAsWritten && <span className="muted"> ({t('typeAsWritten', { text: p.typeAsWritten })})</span>}
        </dd>
        <dt>{t('verification')}</dt>
        <dd>
          <span className={`badge badge--${p.verification}`}>{t(`verification_${p.verification}`)}</span>
        </dd>
        <dt>{t('filterStatus')}</dt>
        <dd>
          {t(`status_${p.status}`)}
          {p.ended && <> ({p.ended})</>}
        </dd>
        {p.endReason && (
          <>
            <dt>{t('endReason')}</dt>
            <dd>{p.endReason}</dd>
          </>
        )}
        <dt>{t('signed')}</dt>
        <dd>
          {p.signed.length > 0 ? p.signed.join(', ') : '—'}
          {p.agreementsNote && <div className="muted small">{p.agreementsNote}</div>}
          {p.datesSource && (
            <div className="muted small">
              {t('datesSource')}: <SourceLink url={p.datesSource} />
            </div>
          )}
        </dd>
        {p.cooperationSince && (
          <>
            <dt>{t('cooperationSince')}</dt>
            <dd>{p.cooperationSince}</dd>
          </>
        )}
        {p.fields.length > 0 && (
          <>
            <dt>{t('fields')}</dt>
            <dd>{p.fields.join(', ')}</dd>
          </>
        )}
        <PartnershipNotes id={p.id} />
        <dt>{t('source')}</dt>
        <dd>
          <SourceLink url={p.source} />{' '}
          <span className="muted">({t('sourceAsOf', { date: p.sourceAsOf })})</span>
          {lister && <div className="muted small">{t('alsoPartner', { name: lister.name })}</div>}
        </dd>
      </dl>
    </div>
  );
}

/**
 * A partnership's notes, from the notes file (loaded after the map, or now if not yet): '…' while
 * it loads, a line saying so if it cannot be loaded, nothing for a partnership without notes.
 */
function PartnershipNotes({ id }: { id: PartnershipId }) {
  const { t } = useTranslation();
  const notes = useLoaded(loadNotes, notesIfLoaded);
  const text = notes === undefined ? '…' : notes === 'failed' ? t('notesError') : notes.get(id);
  if (!text) return null;
  return (
    <>
      <dt>{t('notes')}</dt>
      <dd className={notes instanceof Map ? 'small' : 'small muted'} aria-busy={notes === undefined}>
        {text}
      </dd>
    </>
  );
}

/** A web source as a link named by its host; anything else (a user's file) as text. */
function SourceLink({ url }: { url: string }) {
  return /^https?:\/\//i.test(url) ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {hostOf(url)}
    </a>
  ) : (
    <span>{url}</span>
  );
}

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return u.hostname === 'web.archive.org' ? `web.archive.org (${u.pathname.split('/')[2]?.slice(0, 4) ?? ''})` : u.hostname;
  } catch {
    return url;
  }
}
