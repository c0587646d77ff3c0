import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import MapGL, { Layer, NavigationControl, Popup, Source, AttributionControl, type MapRef, type MapLayerMouseEvent } from 'react-map-gl/maplibre';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useTranslation } from 'react-i18next';
import { allNames, otherEnd, partnerLabel, partnerName, type AtlasIndex } from '../dataset/atlas-index';
import { afterStart } from '../after-start';
import { HOME_LABEL_KEY, LABEL_HEIGHT, homeLabelSide, placeLabels, reservedBoxes, wrapNear, type LabelCandidate, type LabelSide, type View } from './label-layout';
import type { PartnershipId } from '../domain/ids';
import { boundsOf, type Bounds } from '../geo/bounds';
import { selectedPartnerships, visibleMask, visibleMunicipalities } from '../query/visibility';
import { byGmina, byVoivodeship } from '../query/stats';
import { formatInteger } from '../i18n/i18n';
import { getAppStore, useApp } from '../state/store';
import { Rings, labelKey, overlayItems } from './markers';
import { MapOverlay } from './map-overlay';
import { labelMeasurer, type LabelMeasurer } from './measure-label';
import {
  LINES_LAYER, LINES_SOURCE, MUNICIPALITIES_SOURCE, PARTNERS_SOURCE, GMINY_SOURCE, gminyFillLayer,
  municipalityPointsLayer, partnerPointsLayer, partnerPointsOf,
} from './layers';
import { nearestLine, toWorld, type LineState } from './line-geometry';
import { ringLabelPoints } from './geojson';
import { LINE_PROGRAM, partnershipLinesLayer } from './lines-layer';
import { nearestPoint, pointRadius, type PointGeometry } from './point-geometry';
import { POINT_PROGRAM, type PointsLayer } from './points-layer';
import { STYLE_URL, offlineStyle } from './style';
import { registerSnapshot } from './map-snapshot';
import { reportNoWebGL } from './webgl';
import { basemapIfLoaded, loadBasemap } from './basemap';
import type { BasemapGeometry } from './basemap-geometry';
import { BASEMAP_FILL_PROGRAM, BASEMAP_OUTLINE_PROGRAM, BasemapLayer } from './basemap-layer';
import { prepareAll } from './gl';
import { useLoaded } from '../use-loaded';
import { whenIdle } from '../idle';
import { scaleLinear } from 'd3-scale';

maplibregl.setWorkerUrl(workerUrl);
// Start the map's workers now, while the data is still loading, rather than with the map.
maplibregl.prewarm();

type Hover = { source: string; id: number; label: string; lng: number; lat: number };

/**
 * The one map. Lines and points are custom layers built once per load; filters, selection and
 * hover only change their per-feature state textures (the partner points: their positions too).
 */
export function MapView({ index }: { index: AtlasIndex }) {
  const { t } = useTranslation();
  const basemap = useBasemap();
  if (basemap === undefined) return <div className="status" role="status">{t('loading')}</div>;
  return (
    <>
      <MapWithData index={index} basemap={basemap === 'failed' ? null : basemap} />
      {basemap === 'failed' && <p className="notice" role="status">{t('basemapError')}</p>}
    </>
  );
}

/**
 * The bundled basemap's geometry: null with an online style; 'failed' when it could not be loaded
 * (the map then shows the data on a plain background, and says so); undefined while it loads.
 */
const useBasemap = (): BasemapGeometry | 'failed' | null | undefined =>
  useLoaded<BasemapGeometry | null>(() => (STYLE_URL ? Promise.resolve(null) : loadBasemap()), () => (STYLE_URL ? null : (basemapIfLoaded() ?? undefined)));

function MapWithData({ index, basemap }: { index: AtlasIndex; basemap: BasemapGeometry | null }) {
  const { t } = useTranslation();
  const mapRef = useRef<MapRef>(null);
  // As soon as the map has its GL context, the custom layers' programs start linking (in the GPU
  // process, in the background), so the first frame that draws them waits less for the link.
  // The layers go in as soon as the style has loaded (synchronously, in MapLibre's own event), so
  // that the map's first frame already draws the data; waiting for its 'load' event, which comes
  // after that first frame, cost a React round and one more frame. 'load' remains the fallback.
  const [loaded, setLoaded] = useState(false);
  const setMapRef = useCallback((r: MapRef | null): void => {
    mapRef.current = r;
    const map = r?.getMap();
    const gl = map?.getCanvas().getContext('webgl2');
    if (gl) prepareAll(gl, [BASEMAP_FILL_PROGRAM, BASEMAP_OUTLINE_PROGRAM, LINE_PROGRAM, POINT_PROGRAM]);
    if (map?.isStyleLoaded()) setLoaded(true);
    else map?.once('style.load', () => flushSync(() => setLoaded(true)));
  }, []);
  const [hover, setHover] = useState<Hover | null>(null);
  const selection = useApp((s) => s.selection);
  const filters = useApp((s) => s.filters);
  const lang = useApp((s) => s.lang);
  // The URL's view is read once, at start; later moves are written back, not read.
  const view = useRef(getAppStore().getState().view).current;
  const selectMunicipality = useApp((s) => s.selectMunicipality);
  const selectPartner = useApp((s) => s.selectPartner);
  const selectPlace = useApp((s) => s.selectPlace);
  const hovered = useApp((s) => s.hovered);
  const rings = useApp((s) => s.rings);
  const compare = useApp((s) => s.compare);
  const setHovered = useApp((s) => s.setHovered);
  const setView = useApp((s) => s.setView);

  // The start view: the network's bounds, but no wider than Europe, where most partners are.
  const startBounds = useMemo((): Bounds => clampBounds(boundsOf(index.lines.flat()) ?? EUROPE, EUROPE), [index]);
  const style = useMemo(() => STYLE_URL ?? offlineStyle(), []);
  // The lines: built and uploaded once per load; filters and selection only change their states.
  const linesLayer = useMemo(() => partnershipLinesLayer(LINES_LAYER, index), [index]);
  const geometry = linesLayer.geometry;
  const basemapLayer = useMemo(() => (basemap ? new BasemapLayer('basemap', basemap) : null), [basemap]);
  const muniLayer = useMemo(() => municipalityPointsLayer(index), [index]);
  const muniFeatureId = useMemo(() => new Map(index.withPartners.map((m, i) => [m.teryt, i])), [index]);
  const views = useMemo(() => selectedPartnerships(index, selection), [index, selection]);
  const partnerLayer = useMemo(() => partnerPointsLayer(), []);
  const partnerPoints = useMemo(() => partnerPointsOf(index, views), [index, views]);
  const mask = useMemo(() => visibleMask(index, filters), [index, filters]);

  // Line states derived from filters, selection, comparison and hover.
  const lineStates = useMemo(() => {
    const m = new Map<number, LineState>();
    mask.forEach((visible, i) => !visible && m.set(i, { hidden: true }));
    for (const v of views) {
      const i = index.featureIndex.get(v.partnership.id)!;
      m.set(i, { ...(m.get(i) ?? {}), sel: true });
    }
    compare.forEach((teryt, k) => {
      for (const v of index.partnersOf.get(teryt) ?? []) {
        const i = index.featureIndex.get(v.partnership.id)!;
        m.set(i, { ...(m.get(i) ?? {}), cmp: k + 1 });
      }
    });
    const h = hovered ? index.featureIndex.get(hovered) : undefined;
    if (h !== undefined) m.set(h, { ...(m.get(h) ?? {}), hover: true });
    return m;
  }, [mask, views, index, hovered, compare]);
  // Which municipalities have a visible partnership: it follows the filters only (a pass over
  // every partnership), not the selection or hover.
  const visibleMunis = useMemo(() => visibleMunicipalities(index, mask), [index, mask]);
  const muniStates = useMemo(() => {
    const m = new Map<number, LineState>();
    index.withPartners.forEach((mu, i) => !visibleMunis.has(mu.teryt) && m.set(i, { hidden: true }));
    const selTeryt = selection?.kind === 'municipality' ? selection.teryt : null;
    const si = selTeryt ? muniFeatureId.get(selTeryt) : undefined;
    if (si !== undefined) m.set(si, { ...(m.get(si) ?? {}), sel: true });
    if (hover?.source === MUNICIPALITIES_SOURCE) m.set(hover.id, { ...(m.get(hover.id) ?? {}), hover: true });
    return m;
  }, [index, visibleMunis, selection, muniFeatureId, hover]);
  const partnerStates = useMemo(() => {
    const m = new Map<number, LineState>();
    const selPartner = selection?.kind === 'municipality' ? selection.partner : null;
    views.forEach((v, i) => {
      const s: LineState = {};
      if (!mask[index.featureIndex.get(v.partnership.id)!]) s.hidden = true;
      if (selPartner && v.place.id === selPartner && !v.reverse) s.sel = true;
      if (v.partnership.id === hovered) s.hover = true;
      m.set(i, s);
    });
    return m;
  }, [views, mask, index, selection, hovered]);

  // Partner labels: the selected partner first, then nearest first; overlapping ones are hidden
  // (their names remain in the list and the hover tooltip). Laid out again after every move.
  const [shownLabels, setShownLabels] = useState<Map<string, LabelSide>>(new Map());
  const selPartnerId = selection?.kind === 'municipality' ? selection.partner : null;
  const measureRef = useRef<LabelMeasurer | null>(null);
  // The map's size for the layout, kept by a ResizeObserver: read in a selection's task, after
  // React has changed the page, it would force a layout of the whole page.
  const mapSize = useObservedSize(() => mapRef.current?.getContainer(), loaded);
  // A selection's first layout would otherwise pay for first use: the font's set-up (about 8 ms),
  // each character's first measure, and the compiling of the camera's arithmetic and the layout.
  // Done while idle, once the map is there.
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map) return;
    return whenIdle(() => {
      const measure = (measureRef.current ??= labelMeasurer(map.getContainer()));
      measure.warm(allNames(index));
      map.cameraForBounds(startBounds, FIT);
      const at = map.project(startBounds[0]);
      // Two labels at one point and a home label: the layout tries every side.
      const boxes = ['a', 'b'].map((key) => ({ key, ...at, width: measure('Kraków', 'label'), height: LABEL_HEIGHT }));
      placeLabels(boxes, reservedBoxes({ home: { ...at, name: 'Kraków' } }, measure), undefined, mapSize.current ?? undefined);
    });
  }, [loaded, index, startBounds]);
  const layoutLabels = useCallback((): void => {
    const map = mapRef.current;
    if (!map) return;
    const measure = (measureRef.current ??= labelMeasurer(map.getContainer()));
    // The world copy nearest the view's centre, as the overlay draws it.
    const centerLng = map.getCenter().lng;
    const at = (lng: number, lat: number): { x: number; y: number } => map.project([wrapNear(lng, centerLng), lat]);
    const home = selection?.kind === 'municipality' ? index.municipalities.get(selection.teryt) : undefined;
    const place = selection?.kind === 'place' ? index.places.get(selection.id) : undefined;
    const center = home ?? place;
    const view = mapSize.current ?? { width: map.getContainer().clientWidth, height: map.getContainer().clientHeight };
    const homeAt = home && at(home.lng, home.lat);
    const homeSide = home && homeAt ? homeLabelSide(homeAt.x, measure(home.name, 'label'), view) : undefined;
    const reserved = reservedBoxes({
      home: home && homeAt && { ...homeAt, name: home.name, side: homeSide },
      place: place && { ...at(place.lng, place.lat), name: place.name },
      // The distance rings' km labels stay readable.
      rings: rings && center ? ringLabelPoints([center.lng, center.lat]).map((l) => ({ ...at(l.at[0], l.at[1]), text: `${formatInteger(l.km, lang)} km` })) : [],
    }, measure);
    const ordered = [...views].sort((a, b) => Number(!a.reverse && a.place.id === selPartnerId ? 0 : 1) - Number(!b.reverse && b.place.id === selPartnerId ? 0 : 1));
    const boxes: LabelCandidate[] = [];
    for (const v of ordered) {
      if (!mask[index.featureIndex.get(v.partnership.id)!]) continue;
      const end = otherEnd(index, v);
      const p = at(end[0], end[1]);
      boxes.push({ key: labelKey(v), x: p.x, y: p.y, width: measure(partnerLabel(v, lang), 'label'), height: LABEL_HEIGHT });
    }
    const shown = placeLabels(boxes, reserved, undefined, view);
    if (homeSide) shown.set(HOME_LABEL_KEY, homeSide);
    setShownLabels(shown);
  }, [views, mask, index, lang, selection, selPartnerId, rings]);

  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    registerSnapshot(
      () =>
        new Promise<Blob>((resolve, reject) => {
          // The drawing buffer is readable right after a frame is drawn.
          map.once('render', () => map.getCanvas().toBlob((b) => (b ? resolve(b) : reject(new Error('no image'))), 'image/png'));
          map.triggerRepaint();
        }),
    );
    return () => registerSnapshot(null);
  }, [loaded]);

  // Choropleth: voivodeships shaded by the partnerships passing the filters (a colour per
  // voivodeship in the basemap layer; no data is re-uploaded).
  const choropleth = useApp((s) => s.choropleth);
  const voivodeshipCounts = useMemo(
    () => (choropleth === 'voivodeships' ? byVoivodeship(index, index.atlas.partnerships.filter((_, i) => mask[i])) : []),
    [choropleth, index, mask],
  );
  const gminaCounts = useMemo(
    () => (choropleth === 'gminy' ? byGmina(index, index.atlas.partnerships.filter((_, i) => mask[i])) : new Map<string, number>()),
    [choropleth, index, mask],
  );
  useEffect(() => {
    if (!basemapLayer) return;
    if (choropleth !== 'voivodeships') return basemapLayer.setVoivodeshipColors(null);
    const shade = scaleLinear<string>().domain([0, Math.max(1, ...voivodeshipCounts.map((v) => v.count))]).range(['#fff5eb', '#a63603']);
    basemapLayer.setVoivodeshipColors(new Map(voivodeshipCounts.map((v) => [v.name, shade(v.count)])));
  }, [basemapLayer, choropleth, voivodeshipCounts]);
  // Gminy: their shapes are loaded only when asked for; counts go in as feature state.
  const [gminySourceReady, setGminySourceReady] = useState(false);
  const gminaMax = Math.max(1, ...gminaCounts.values());
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !gminySourceReady || choropleth !== 'gminy' || !map.getSource(GMINY_SOURCE)) return;
    map.removeFeatureState({ source: GMINY_SOURCE });
    for (const [t, count] of gminaCounts) map.setFeatureState({ source: GMINY_SOURCE, id: t }, { count });
  }, [gminaCounts, gminySourceReady, choropleth]);

  // The custom layers, in drawing order: the basemap, lines, municipalities, the selection's partners.
  const [linesReady, setLinesReady] = useState(false);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    const layers = [...(basemapLayer ? [basemapLayer] : []), linesLayer, muniLayer, partnerLayer];
    for (const layer of layers) map.addLayer(layer);
    setLinesReady(true);
    return () => {
      setLinesReady(false);
      for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    };
  }, [loaded, basemapLayer, linesLayer, muniLayer, partnerLayer]);
  useEffect(() => {
    if (linesReady) linesLayer.setStates(lineStates);
  }, [linesReady, linesLayer, lineStates]);
  useEffect(() => muniLayer.setStates(muniStates), [muniLayer, muniStates]);
  useEffect(() => partnerLayer.setPoints(partnerPoints.geometry, partnerPoints.style), [partnerLayer, partnerPoints]);
  useEffect(() => partnerLayer.setStates(partnerStates), [partnerLayer, partnerStates]);

  // Fit the view to the selection's visible lines when the selection or the filters change.
  const shownViews = useMemo(() => views.filter((v) => mask[index.featureIndex.get(v.partnership.id)!]), [views, mask, index]);
  const target = selection
    ? `${selection.kind === 'municipality' ? selection.teryt : selection.id}:${shownViews.map((v) => v.partnership.id).join()}`
    : null;
  // The attribution's size. Expanded on a narrow map it covers the bottom of the view, so the fit
  // keeps the selection's lines above it.
  const attribution = useObservedSize(() => mapRef.current?.getContainer().querySelector('.maplibregl-ctrl-attrib'), loaded);
  const firstFit = useRef(true);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded || !target) return;
    if (firstFit.current && view) {
      firstFit.current = false; // a shared URL's view wins over fitting
      return;
    }
    firstFit.current = false;
    const positions = shownViews.flatMap((v) => index.lines[index.featureIndex.get(v.partnership.id)!]!);
    const b = boundsOf(positions);
    if (b) {
      const fit = { ...FIT, padding: { ...FIT.padding, bottom: FIT.padding.bottom + (attribution.current?.height ?? 0) } };
      const duration = cameraMs();
      // Without an animation a jump: the same camera as a fit of no duration, without the easing's
      // machinery (a transform copied, a frame run, in the selection's task).
      const camera = duration === 0 ? map.cameraForBounds(b, fit) : undefined;
      if (camera) map.jumpTo(camera);
      else map.fitBounds(b, { ...fit, duration });
    } else if (selection?.kind === 'municipality') {
      const m = index.municipalities.get(selection.teryt);
      if (m) map.flyTo({ center: [m.lng, m.lat], zoom: Math.max(map.getZoom(), 6), duration: cameraMs() });
    }
    // Only a new target moves the map; the other values are read as they are then.
  }, [target, loaded]);
  // Labels follow every change of what they depend on, unless the camera's move has just laid them
  // out (a jump, with reduced motion, ends within the fit above): declared after the fit for that.
  const laidOutBy = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!loaded || laidOutBy.current === layoutLabels) return;
    laidOutBy.current = layoutLabels;
    layoutLabels();
  }, [loaded, layoutLabels]);

  /**
   * What is under the pointer, topmost first: a partner point, a municipality point, a line (all
   * hit-tested here: none is a MapLibre feature). Hidden partners and lines are not hit; hidden
   * (faint) municipalities are clicked but not hovered.
   */
  const hitAt = (e: MapLayerMouseEvent, hovering: boolean): { source: string; id: number } | null => {
    const [x, y] = toWorld([e.lngLat.lng, e.lngLat.lat]);
    const zoom = mapRef.current?.getZoom() ?? 0;
    const px = 1 / (512 * 2 ** zoom); // one CSS pixel in world units
    const near = (layer: PointsLayer, g: PointGeometry, visible: (i: number) => boolean): number =>
      nearestPoint(g, x, y, (pointRadius(layer.look, 'high', zoom) + 2) * px, visible);
    const partner = near(partnerLayer, partnerPoints.geometry, (i) => mask[index.featureIndex.get(views[i]!.partnership.id)!] === true);
    if (partner >= 0) return { source: PARTNERS_SOURCE, id: partner };
    const muni = near(muniLayer, muniLayer.geometry, (i) => !hovering || muniStates.get(i)?.hidden !== true);
    if (muni >= 0) return { source: MUNICIPALITIES_SOURCE, id: muni };
    const line = nearestLine(geometry, x, y, 4 * px, (i) => mask[i] === true);
    return line >= 0 ? { source: LINES_SOURCE, id: line } : null;
  };

  const onClick = (e: MapLayerMouseEvent): void => {
    const f = hitAt(e, false);
    if (f?.source === PARTNERS_SOURCE) {
      const v = views[f.id]!;
      if (v.reverse) selectMunicipality(v.partnership.municipality);
      else if (selection?.kind === 'municipality') selectPartner(v.place.id);
      else selectPlace(v.place.id);
    } else if (f?.source === MUNICIPALITIES_SOURCE) selectMunicipality(index.withPartners[f.id]!.teryt);
    else if (f?.source === LINES_SOURCE) {
      const ps = index.atlas.partnerships[f.id]!;
      selectMunicipality(ps.municipality, ps.place);
    }
  };

  const onMouseMove = (e: MapLayerMouseEvent): void => {
    const f = hitAt(e, true);
    if (!f) {
      if (hover) setHover(null);
      setHovered(null);
      return;
    }
    let label = '';
    let pid: PartnershipId | null = null;
    if (f.source === MUNICIPALITIES_SOURCE) label = index.withPartners[f.id]!.name;
    if (f.source === PARTNERS_SOURCE) {
      const v = views[f.id]!;
      pid = v.partnership.id;
      label = `${partnerLabel(v, lang)}: ${t('km', { value: formatInteger(v.partnership.distanceKm, lang) })}`;
    }
    if (f.source === LINES_SOURCE) {
      const ps = index.atlas.partnerships[f.id]!;
      const m = index.municipalities.get(ps.municipality);
      pid = ps.id;
      label = m ? `${m.name} – ${partnerName(index, ps, lang)}: ${t('km', { value: formatInteger(ps.distanceKm, lang) })}` : '';
    }
    setHovered(pid);
    if (hover?.source !== f.source || hover.id !== f.id || hover.lng !== e.lngLat.lng)
      setHover({ source: f.source, id: f.id, label, lng: e.lngLat.lng, lat: e.lngLat.lat });
  };

  const selectedMuni = selection?.kind === 'municipality' ? index.municipalities.get(selection.teryt) : undefined;
  const selectedPlace = selection?.kind === 'place' ? index.places.get(selection.id) : undefined;
  const ringAt = rings ? (selectedMuni ?? selectedPlace) : undefined;
  const selPartner = selection?.kind === 'municipality' ? selection.partner : null;
  const overlay = useMemo(
    () =>
      overlayItems({
        index, views, shown: shownLabels, selectedPartner: selPartner, lang, place: selectedPlace,
        visible: (v) => mask[index.featureIndex.get(v.partnership.id)!] === true,
        home: selectedMuni, homeHasPoint: selectedMuni ? muniFeatureId.has(selectedMuni.teryt) : false,
        ringCenter: ringAt,
      }),
    [index, views, shownLabels, selPartner, lang, selectedPlace, mask, selectedMuni, muniFeatureId, ringAt],
  );

  return (
    <MapGL
      ref={setMapRef}
      mapLib={maplibregl}
      mapStyle={style}
      initialViewState={view ? { longitude: view.lng, latitude: view.lat, zoom: view.zoom } : { bounds: startBounds, fitBoundsOptions: { padding: 30 } }}
      style={{ position: 'absolute', inset: 0 }}
      onLoad={() => setLoaded(true)}
      onError={(e) => {
        // The map's own WebGL context is the page's answer to "can it draw?" (see webgl.ts).
        if (e.error instanceof maplibregl.GPUInitializationError) reportNoWebGL();
        else console.error(e.error);
      }}
      onSourceData={(e) => {
        if (e.sourceId === GMINY_SOURCE && e.isSourceLoaded) setGminySourceReady(true);
      }}
      onIdle={(e) => markIdle(e.target.getLayer(LINES_LAYER) !== undefined)}
      onMoveStart={markBusy}
      onClick={onClick}
      onMouseMove={onMouseMove}
      onMouseLeave={() => {
        setHover(null);
        setHovered(null);
      }}
      onMoveEnd={(e) => {
        setView({ lng: e.viewState.longitude, lat: e.viewState.latitude, zoom: e.viewState.zoom });
        laidOutBy.current = layoutLabels;
        layoutLabels();
      }}
      cursor={hover ? 'pointer' : 'grab'}
      attributionControl={false}
      renderWorldCopies
      // No symbol layers to fade in: with MapLibre's default 300 ms fade, every camera change
      // re-ran placement and drew two or three more frames (0.2 s each under software WebGL)
      // before the map went idle.
      fadeDuration={0}
      dragRotate={false}
      maxPitch={0}
    >
      {/* Open on wide maps. On narrow ones MapLibre shows it open at first and folds it behind its
          (i) button once the user moves the map, so that it stops covering a third of a phone's
          map; the page's footer carries the same credits. */}
      <AttributionControl customAttribution={t('attribution')} />
      <NavigationControl showCompass={false} position="bottom-right" />
      {choropleth === 'gminy' && linesReady && (
        <Source id={GMINY_SOURCE} type="geojson" data={GMINY_URL} promoteId="t">
          <Layer {...gminyFillLayer(gminaMax)} beforeId={LINES_LAYER} />
        </Source>
      )}
      {ringAt && linesReady && <Rings lng={ringAt.lng} lat={ringAt.lat} beforeId={muniLayer.id} />}
      {loaded && mapRef.current && <MapOverlay map={mapRef.current.getMap()} items={overlay} />}
      {hover && hover.label && (
        <Popup longitude={hover.lng} latitude={hover.lat} closeButton={false} closeOnClick={false} anchor="bottom" offset={12} className="map-tooltip">
          {hover.label}
        </Popup>
      )}
    </MapGL>
  );
}

const GMINY_URL = new URL(`${import.meta.env.BASE_URL}data/basemap/gminy.json`, window.location.origin).href;

/** Camera animations respect the user's reduced-motion setting. */
const cameraMs = (): number => (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : 800);

const EUROPE: Bounds = [[-11, 35], [42, 62]];
const clampBounds = (b: Bounds, max: Bounds): Bounds => [
  [Math.max(b[0][0], max[0][0]), Math.max(b[0][1], max[0][1])],
  [Math.min(b[1][0], max[1][0]), Math.min(b[1][1], max[1][1])],
];

/** How a selection's lines are fitted into the view (the attribution's height is added below). */
const FIT = { padding: { top: 60, right: 60, left: 60, bottom: 60 }, maxZoom: 7 };

/**
 * An element's border-box size once `ready`, kept by a ResizeObserver, so that an interaction's
 * task reads it without forcing a layout. Null before, or where there is no ResizeObserver.
 */
function useObservedSize(element: () => Element | null | undefined, ready: boolean): RefObject<View | null> {
  const size = useRef<View | null>(null);
  useEffect(() => {
    const el = ready ? element() : null;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const box = el.getBoundingClientRect(); // once, at load: a selection in the address fits at once
    size.current = { width: box.width, height: box.height };
    const observer = new ResizeObserver(([entry]) => {
      const b = entry?.borderBoxSize[0];
      if (b) size.current = { width: b.inlineSize, height: b.blockSize };
    });
    observer.observe(el);
    return () => observer.disconnect();
    // `element` is read once the map is there.
  }, [ready]);
  return size;
}


/**
 * Tests and benchmarks wait for the map: `data-map-idle` on <html> is "true" when MapLibre is idle,
 * `data-map-idle-count` counts idle events, `data-map-idle-at` is the last one's `performance.now()`
 * time, and `data-map-first-idle-at` the first one's with the data drawn (`drawn`: the lines'
 * layer is on the map). That first idle also starts what waits for the data to show (`afterStart`).
 */
function markIdle(drawn: boolean): void {
  const d = document.documentElement.dataset;
  d.mapIdle = 'true';
  d.mapIdleCount = String(Number(d.mapIdleCount ?? 0) + 1);
  d.mapIdleAt = String(performance.now());
  if (drawn && d.mapFirstIdleAt === undefined) {
    d.mapFirstIdleAt = d.mapIdleAt;
    afterStart(); // the map has drawn its data: see after-start.ts
  }
}
function markBusy(): void {
  document.documentElement.dataset.mapIdle = 'false';
}

