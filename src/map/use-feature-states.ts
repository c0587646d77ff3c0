import { useEffect, useRef } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { featureStateDiff, type StateMap } from './feature-state';

/** Apply feature-state changes (only the differences) once the map and source exist. */
export function useFeatureStates(mapRef: React.RefObject<MapRef | null>, loaded: boolean, source: string, states: StateMap, data?: unknown): void {
  const prev = useRef<StateMap>(new Map());
  const prevData = useRef(data);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded || !map.getSource(source)) return;
    if (prevData.current !== data) {
      // New data for this source: feature ids now mean other features; start from a clean state.
      map.removeFeatureState({ source });
      prev.current = new Map();
      prevData.current = data;
    }
    for (const [id, change] of featureStateDiff(prev.current, states)) map.setFeatureState({ source, id }, change);
    prev.current = states;
  }, [mapRef, loaded, source, states, data]);
}
