/**
 * The version of the app's data files, `public/data/atlas.json` and `notes.json`, written by
 * `npm run data` and checked again when the app loads them, so a corrupt or hand-edited file gives
 * a clear error, not a blank page. The partnerships' notes (prose: a third of the data's bytes)
 * are in a file of their own, which the app loads after the map, when they are first needed.
 * Apart from the schemas (`atlas.ts`), so that reading it does not bring zod into the main bundle.
 */
export const ATLAS_SCHEMA_VERSION = 5;
