import type { SearchEntry } from '../dataset/atlas-index';
import { fold } from './fold';

/**
 * Search municipalities and partner places, ignoring case and diacritics ("krakow" → Kraków,
 * "lodz" → Łódź). Names starting with the query rank first, then names with a word starting with
 * it, then any substring; municipalities with partners before those without; one entry per target.
 */
export function search(index: readonly SearchEntry[], query: string, limit = 10): SearchEntry[] {
  const q = fold(query);
  if (q.length === 0) return [];
  const scored: { e: SearchEntry; score: number }[] = [];
  for (const e of index) {
    const pos = e.key.indexOf(q);
    if (pos < 0) continue;
    const rank = pos === 0 ? (e.key.length === q.length ? 0 : 1) : e.key[pos - 1] === ' ' ? 2 : 3;
    const partners = e.kind === 'municipality' && !e.hasPartners ? 1 : 0;
    scored.push({ e, score: rank * 10 + partners });
  }
  scored.sort((a, b) => a.score - b.score || a.e.label.localeCompare(b.e.label, 'pl'));
  const seen = new Set<string>();
  const out: SearchEntry[] = [];
  for (const { e } of scored) {
    const id = e.kind === 'municipality' ? `m${e.teryt}` : `p${e.id}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(e);
    if (out.length >= limit) break;
  }
  return out;
}
