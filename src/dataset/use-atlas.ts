import { useEffect, useState } from 'react';
import { buildAtlasIndex, type AtlasIndex } from './atlas-index';
import { loadAtlas, type LoadProgress } from './load-atlas';

export type AtlasState =
  | { status: 'loading'; progress: LoadProgress | null }
  | { status: 'error'; message: string }
  | { status: 'ready'; index: AtlasIndex };

const ATLAS_URL = `${import.meta.env.BASE_URL}data/atlas.json`;

/** Load the atlas once and index it; loading, error and ready are the only states. */
export function useAtlas(): AtlasState {
  const [state, setState] = useState<AtlasState>({ status: 'loading', progress: null });
  useEffect(() => {
    let cancelled = false;
    loadAtlas(ATLAS_URL, (progress) => !cancelled && setState({ status: 'loading', progress }))
      .then((atlas) => !cancelled && setState({ status: 'ready', index: buildAtlasIndex(atlas) }))
      .catch((e: unknown) => !cancelled && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }));
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
