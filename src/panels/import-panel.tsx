import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasIndex } from '../dataset/atlas-index';
import { parseUserCsvChunked, type ImportError, type UserPartnership } from '../dataset/import-csv';
import type { UserMode } from '../dataset/user-data';

export type UserData = { rows: UserPartnership[]; mode: UserMode; name: string };

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; fraction: number; rows: number }
  | { kind: 'done'; name: string; ok: number; errors: ImportError[] }
  | { kind: 'failed'; name: string; errors: ImportError[]; message: string };

const SHOWN_ERRORS = 50;

/**
 * Load one's own CSV (the open-data format or `municipality,partner,country,type,year`) to see it
 * beside or instead of the bundled data. Every row is checked; errors are listed with their line;
 * a file with no usable row leaves the loaded data as it was. Large files are read in chunks with
 * progress. Names are shown as text.
 */
export function ImportPanel({ bundled, user, onLoad, onClear }: { bundled: AtlasIndex; user: UserData | null; onLoad: (u: UserData) => void; onClear: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<UserMode>('alongside');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const read = async (file: File): Promise<void> => {
    abort.current?.abort();
    const ctrl = new AbortController();
    abort.current = ctrl;
    setStatus({ kind: 'reading', name: file.name, fraction: 0, rows: 0 });
    try {
      const text = await file.text();
      const result = await parseUserCsvChunked(text, bundled, (p) => setStatus({ kind: 'reading', name: file.name, fraction: p.fraction, rows: p.rows }), ctrl.signal);
      if (result.rows.length === 0) {
        setStatus({ kind: 'failed', name: file.name, errors: result.errors, message: t('importNothing') });
        return;
      }
      onLoad({ rows: result.rows, mode, name: file.name });
      setStatus({ kind: 'done', name: file.name, ok: result.rows.length, errors: result.errors });
    } catch (e) {
      if (ctrl.signal.aborted) return;
      setStatus({ kind: 'failed', name: file.name, errors: [], message: e instanceof Error ? e.message : String(e) });
    }
  };

  const errors = status.kind === 'done' || status.kind === 'failed' ? status.errors : [];
  return (
    <details className="import" open={status.kind !== 'idle' || user !== null}>
      <summary>{t('importTitle')}</summary>
      <p className="small muted">{t('importHint')}</p>
      <fieldset className="import-mode">
        <legend className="visually-hidden">{t('importMode')}</legend>
        {(['alongside', 'instead'] as const).map((m) => (
          <label key={m} className="check">
            <input type="radio" name="import-mode" checked={mode === m} onChange={() => setMode(m)} />
            {t(`importMode_${m}`)}
          </label>
        ))}
      </fieldset>
      <label className="file">
        <span className="visually-hidden">{t('importChoose')}</span>
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void read(f);
            e.target.value = '';
          }}
        />
      </label>
      <div role="status" aria-live="polite" className="small import-status">
        {status.kind === 'reading' && (
          <>
            {t('importReading', { name: status.name, rows: status.rows })}
            <progress max={1} value={status.fraction} aria-label={t('importReading', { name: status.name, rows: status.rows })} />
          </>
        )}
        {status.kind === 'done' && t('importDone', { name: status.name, ok: status.ok, errors: status.errors.length })}
        {status.kind === 'failed' && (
          <strong className="error">
            {t('importFailed', { name: status.name })} {status.message}
          </strong>
        )}
      </div>
      {errors.length > 0 && (
        <ul className="import-errors small" aria-label={t('importErrors')}>
          {errors.slice(0, SHOWN_ERRORS).map((e, i) => (
            <li key={i}>
              {t('importLine', { line: e.line })}: {e.reason}
            </li>
          ))}
          {errors.length > SHOWN_ERRORS && <li>{t('importMoreErrors', { count: errors.length - SHOWN_ERRORS })}</li>}
        </ul>
      )}
      {user && (
        <p className="small">
          {t('importActive', { name: user.name, count: user.rows.length })}{' '}
          <button
            type="button"
            className="link"
            onClick={() => {
              onClear();
              setStatus({ kind: 'idle' });
            }}
          >
            {t('importClear')}
          </button>
        </p>
      )}
    </details>
  );
}
