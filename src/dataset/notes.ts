import type { Notes } from '../domain/atlas';
import { ATLAS_SCHEMA_VERSION } from '../domain/schema-version';
import type { PartnershipId } from '../domain/ids';

/**
 * The partnerships' notes (`public/data/notes.json`), kept out of the atlas so that the map starts
 * on a third fewer bytes: loaded once, after the map's first frame with the data (other views:
 * once the data is in), or earlier if a partnership's details or an export ask for them.
 */
export class NotesLoadError extends Error {}

/**
 * The notes file's JSON as a map, checked by hand (the main bundle does without zod): an object
 * with this schema version and a `notes` object of strings. Anything else throws NotesLoadError
 * naming the first problem.
 */
export function parseNotes(json: unknown): Notes {
  const fail = (reason: string): never => {
    throw new NotesLoadError(`invalid notes file: ${reason}`);
  };
  if (!isRecord(json)) return fail('not an object');
  if (json.schemaVersion !== ATLAS_SCHEMA_VERSION) return fail(`schemaVersion is not ${ATLAS_SCHEMA_VERSION}`);
  const notes = json.notes;
  if (!isRecord(notes)) return fail('notes: not an object');
  const out = new Map<PartnershipId, string>();
  for (const id of Object.keys(notes)) {
    const text = notes[id];
    if (typeof text !== 'string') return fail(`notes.${id}: not a string`);
    out.set(id as PartnershipId, text);
  }
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

let loaded: Notes | undefined;
let loading: Promise<Notes> | null = null;

/** The notes, fetched once (a failed load is tried again on the next call). */
export function loadNotes(): Promise<Notes> {
  loading ??= fetchNotes().then(
    (n) => (loaded = n),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/**
 * Load the notes ahead of need, once the page has drawn what it starts with (a failure is shown
 * where the notes are needed, when they are asked for again).
 */
export const prefetchNotes = (): void => void loadNotes().catch(() => {});

/** The notes if they are already here, so a component shows them in its first render. */
export const notesIfLoaded = (): Notes | undefined => loaded;

async function fetchNotes(): Promise<Notes> {
  const url = `${import.meta.env.BASE_URL}data/notes.json`;
  let res: Response;
  try {
    res = await fetch(new URL(url, window.location.href));
  } catch (e) {
    throw new NotesLoadError(`network error: ${(e as Error).message}`);
  }
  if (!res.ok) throw new NotesLoadError(`HTTP ${res.status} for ${url}`);
  let json: unknown;
  try {
    json = await res.json();
  } catch (e) {
    throw new NotesLoadError(`not valid JSON (${(e as Error).message})`);
  }
  return parseNotes(json);
}
