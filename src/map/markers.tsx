import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import { otherEnd, partnerLabel, type AtlasIndex, type PartnerView } from '../dataset/atlas-index';
import type { Municipality, Place } from '../domain/atlas';
import { formatInteger } from '../i18n/i18n';
import type { Language } from '../i18n/messages';
import { ringLabelPoints, ringsCollection } from './geojson';
import { HOME_LABEL_GAP, HOME_LABEL_KEY, LABEL_GAP, PLACE_LABEL_GAP, type LabelSide } from './label-layout';
import { RINGS_SOURCE, ringsLayer } from './layers';
import type { OverlayItem } from './map-overlay';

/** Distance rings around the selection, drawn below the layer `beforeId` (the points); their km labels are overlay items. */
export function Rings({ lng, lat, beforeId }: { lng: number; lat: number; beforeId?: string }) {
  const data = useMemo(() => ringsCollection([lng, lat]), [lng, lat]);
  return (
    <Source id={RINGS_SOURCE} type="geojson" data={data}>
      <Layer {...ringsLayer} beforeId={beforeId} />
    </Source>
  );
}

/** The key of a partner's label: its partnership, and which end of it the selection is. */
export const labelKey = (v: PartnerView): string => `${v.partnership.id}${v.reverse ? '-r' : ''}`;

/**
 * What the map draws at points besides its layers, in drawing order: the rings' km labels, the
 * partners' labels the layout found room for (on the side it chose), a selected municipality's
 * mark (when it has no point of its own) and label (on the side the layout gave under
 * `HOME_LABEL_KEY`), a selected place's label. The rings are drawn around `ringCenter` when it
 * is given.
 */
export function overlayItems({ index, views, visible, shown, selectedPartner, lang, home, homeHasPoint, place, ringCenter }: {
  index: AtlasIndex;
  views: readonly PartnerView[];
  visible: (v: PartnerView) => boolean;
  shown: ReadonlyMap<string, LabelSide>;
  selectedPartner: string | null;
  lang: Language;
  home?: Municipality;
  homeHasPoint: boolean;
  place?: Place;
  ringCenter?: { lng: number; lat: number };
}): OverlayItem[] {
  const items: OverlayItem[] = [];
  if (ringCenter)
    for (const l of ringLabelPoints([ringCenter.lng, ringCenter.lat]))
      items.push({ key: `ring-${l.km}`, lng: l.at[0], lat: l.at[1], anchor: 'top', gap: 0, node: <span className="ring-label">{formatInteger(l.km, lang)} km</span> });
  for (const v of views) {
    const side = shown.get(labelKey(v));
    if (!side || !visible(v)) continue;
    const [lng, lat] = otherEnd(index, v);
    const selected = !v.reverse && v.place.id === selectedPartner;
    items.push({ key: labelKey(v), lng, lat, anchor: side, gap: LABEL_GAP, node: <span className={selected ? 'map-label map-label--selected' : 'map-label'}>{partnerLabel(v, lang)}</span> });
  }
  if (home) {
    if (!homeHasPoint) items.push({ key: 'home-mark', lng: home.lng, lat: home.lat, anchor: 'center', gap: 0, node: <span className="lonely-municipality" aria-hidden="true" /> });
    items.push({ key: 'home', lng: home.lng, lat: home.lat, anchor: shown.get(HOME_LABEL_KEY) ?? 'left', gap: HOME_LABEL_GAP, node: <span className="map-label map-label--home">{home.name}</span> });
  }
  if (place)
    items.push({
      key: 'place', lng: place.lng, lat: place.lat, anchor: 'right', gap: PLACE_LABEL_GAP,
      node: (
        <span className="map-label map-label--home map-label--place">
          <span className="place-dot" aria-hidden="true" />
          {place.name}
        </span>
      ),
    });
  return items;
}
