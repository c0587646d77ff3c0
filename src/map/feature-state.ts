/** Feature-state values by feature id (flags, and the compare slot as a number). */
export type StateMap = ReadonlyMap<number, Record<string, boolean | number>>;

/**
 * What to send to `setFeatureState` to go from one state map to the next: only features whose
 * state changed, with every key that changed (keys dropped in `next` are reset to false, or 0
 * for numbers).
 */
export function featureStateDiff(prev: StateMap, next: StateMap): [number, Record<string, boolean | number>][] {
  const out: [number, Record<string, boolean | number>][] = [];
  const ids = new Set([...prev.keys(), ...next.keys()]);
  for (const id of ids) {
    const a = prev.get(id) ?? {};
    const b = next.get(id) ?? {};
    const change: Record<string, boolean | number> = {};
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const va = a[k] ?? (typeof b[k] === 'number' ? 0 : false);
      const vb = b[k] ?? (typeof a[k] === 'number' ? 0 : false);
      if (va !== vb) change[k] = vb;
    }
    if (Object.keys(change).length > 0) out.push([id, change]);
  }
  return out;
}
