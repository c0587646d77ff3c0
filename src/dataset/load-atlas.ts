import { atlasSchema, type Atlas } from '../domain/atlas';

export type LoadProgress = { loaded: number; total: number | null };
export class AtlasLoadError extends Error {}

/**
 * Fetch the atlas, reporting progress, and validate it: a missing, truncated or corrupt file
 * becomes an AtlasLoadError with a reason, never a half-loaded app.
 */
export async function loadAtlas(url: string, onProgress: (p: LoadProgress) => void): Promise<Atlas> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new AtlasLoadError(`network error: ${(e as Error).message}`);
  }
  if (!res.ok) throw new AtlasLoadError(`HTTP ${res.status} for ${url}`);
  const header = res.headers.get('content-length');
  // With compression the header counts compressed bytes; then we only show bytes read.
  const total = header && !res.headers.get('content-encoding') ? Number(header) : null;
  const text = await readText(res, (loaded) => onProgress({ loaded, total }));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new AtlasLoadError(`not valid JSON (${(e as Error).message})`);
  }
  return parseAtlas(json);
}

/** Validate parsed JSON as an atlas; the first few problems are named in the error. */
export function parseAtlas(json: unknown): Atlas {
  const r = atlasSchema.safeParse(json);
  if (!r.success) {
    const issues = r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new AtlasLoadError(`invalid data file: ${issues.join('; ')}`);
  }
  return r.data as Atlas;
}

async function readText(res: Response, onBytes: (n: number) => void): Promise<string> {
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let out = '';
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    out += decoder.decode(value, { stream: true });
    onBytes(loaded);
  }
  return out + decoder.decode();
}
