import { memo, useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { anchorTransform, wrapNear, type Anchor } from './label-layout';

/** An element drawn at a map point: on side `anchor` of it, `gap` px away. */
export type OverlayItem = { key: string; lng: number; lat: number; anchor: Anchor; gap: number; node: ReactNode };

/**
 * The map's labels and marks: plain elements in one layer inside MapLibre's canvas container
 * (so the hover tooltip still draws above them), moved on every camera move. One portal for all,
 * where a react-map-gl marker each was a portal each (React attaches its ~70 event listeners to
 * every portal's container) and a compositing layer each. Memoised: pass a memoised `items`.
 */
export const MapOverlay = memo(function MapOverlay({ map, items }: { map: MapLibreMap; items: readonly OverlayItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const place = (): void => {
      const center = map.getCenter().lng;
      items.forEach((item, i) => {
        const el = root.children[i] as HTMLElement | undefined;
        if (!el) return;
        const p = map.project([wrapNear(item.lng, center), item.lat]);
        el.style.transform = anchorTransform(p.x, p.y, item.anchor, item.gap);
      });
    };
    place();
    map.on('move', place);
    return () => void map.off('move', place);
  }, [map, items]);
  return createPortal(
    <div ref={ref} className="map-overlay">
      {items.map((item) => (
        <div key={item.key} className="map-overlay-item">
          {item.node}
        </div>
      ))}
    </div>,
    map.getCanvasContainer(),
  );
});
