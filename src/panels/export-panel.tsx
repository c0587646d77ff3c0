import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasIndex } from '../dataset/atlas-index';
import { toGeoJson, toOpenDataCsv } from '../dataset/export';
import { loadNotes } from '../dataset/notes';
import type { Notes, Partnership } from '../domain/atlas';
import { takeSnapshot } from '../map/map-snapshot';
import { useWebGL } from '../map/webgl';
import { selectedPartnerships, visibleMask } from '../query/visibility';
import { getAppStore, useApp } from '../state/store';

/** Download what passes the filters (within the selection, if any) as CSV or GeoJSON, or the map as PNG. */
export function ExportPanel({ index }: { index: AtlasIndex }) {
  const { t } = useTranslation();
  const tab = useApp((s) => s.tab);
  const webgl = useWebGL(); // probed after the first paint, never during a render
  const [noNotes, setNoNotes] = useState(false);

  const current = (): Partnership[] => {
    const { filters, selection } = getAppStore().getState(); // read at click time
    const mask = visibleMask(index, filters);
    const visible = (p: Partnership): boolean => mask[index.featureIndex.get(p.id)!] === true;
    if (selection) return selectedPartnerships(index, selection).map((v) => v.partnership).filter(visible);
    return index.atlas.partnerships.filter(visible);
  };
  // The rows are taken at click time; the notes are usually loaded by then (they load after the
  // map's first frame). If they cannot be loaded, the file is written without them, and the panel
  // says so.
  const exportWith = (write: (rows: Partnership[], notes: Notes) => void): void => {
    const rows = current();
    void loadNotes().then(
      (notes) => (setNoNotes(false), write(rows, notes)),
      () => (setNoNotes(true), write(rows, new Map())),
    );
  };

  return (
    <div className="export" role="group" aria-label={t('export')}>
      <span className="small muted">{t('export')}:</span>
      <button
        type="button"
        className="chip"
        onClick={() => exportWith((rows, notes) => download(new Blob(['\uFEFF' + toOpenDataCsv(index, rows, notes)], { type: 'text/csv;charset=utf-8' }), 'partnerstwa.csv'))}
      >
        CSV
      </button>
      <button
        type="button"
        className="chip"
        onClick={() => exportWith((rows, notes) => download(new Blob([JSON.stringify(toGeoJson(index, rows, notes))], { type: 'application/geo+json' }), 'partnerstwa.geojson'))}
      >
        GeoJSON
      </button>
      {tab === 'map' && webgl && (
        <button
          type="button"
          className="chip"
          onClick={() => {
            void takeSnapshot()?.then((blob) => download(blob, 'mapa-partnerstw.png'));
          }}
        >
          PNG
        </button>
      )}
      {noNotes && (
        <p className="small" role="status">
          {t('exportNoNotes')}
        </p>
      )}
    </div>
  );
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
