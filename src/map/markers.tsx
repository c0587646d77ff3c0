import { memo, useMemo } from 'react';
import { Layer, Marker, Source } from 'react-map-gl/maplibre';
import { partnerLabel, type AtlasIndex, type PartnerView } from '../dataset/atlas-index';
import { formatKm } from '../i18n/i18n';
import { useApp } from '../state/store';
import { ringLabelPoints, ringsCollection } from './geojson';
import type { LabelSide } from './label-layout';
import { RINGS_SOURCE, ringsLayer } from './layers';

/** Distance rings around the selection, with km labels, drawn below the layer `beforeId` (the points). */
export function Rings({ lng, lat, beforeId }: { lng: number; lat: number; beforeId?: string }) {
  const lang = useApp((s) => s.lang);
  const data = useMemo(() => ringsCollection([lng, lat]), [lng, lat]);
  const labels = useMemo(() => ringLabelPoints([lng, lat]), [lng, lat]);
  return (
    <>
      <Source id={RINGS_SOURCE} type="geojson" data={data}>
        <Layer {...ringsLayer} beforeId={beforeId} />
      </Source>
      {labels.map((l) => (
        <Marker key={l.km} longitude={l.at[0]} latitude={l.at[1]} anchor="bottom" style={{ pointerEvents: 'none' }}>
          <span className="ring-label">{formatKm(l.km, lang)} km</span>
        </Marker>
      ))}
    </>
  );
}

const MARKER_ANCHOR: Record<LabelSide, { anchor: 'left' | 'right' | 'bottom' | 'top'; offset: [number, number] }> = {
  right: { anchor: 'left', offset: [8, 0] },
  left: { anchor: 'right', offset: [-8, 0] },
  top: { anchor: 'bottom', offset: [0, -8] },
  bottom: { anchor: 'top', offset: [0, 8] },
};

/** A partner's name beside its point. Memoised: the map re-renders on every hover, the labels need not. */
export const PartnerLabel = memo(function PartnerLabel({ index, viewEnd, selected, lang, side }: { index: AtlasIndex; viewEnd: PartnerView; selected: boolean; lang: string; side: LabelSide }) {
  const line = index.lines[index.featureIndex.get(viewEnd.partnership.id)!]!;
  const end = viewEnd.reverse ? line[0]! : line[line.length - 1]!;
  return (
    // Keyed by side: react-map-gl applies a marker's anchor only when it creates it, so a label
    // that moves to another side of its point needs a new marker.
    <Marker key={side} longitude={end[0]} latitude={end[1]} anchor={MARKER_ANCHOR[side].anchor} offset={MARKER_ANCHOR[side].offset} style={{ pointerEvents: 'none' }}>
      <span className={selected ? 'map-label map-label--selected' : 'map-label'}>{partnerLabel(viewEnd, lang)}</span>
    </Marker>
  );
});

