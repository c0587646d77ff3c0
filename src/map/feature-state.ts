/** Feature-state values by feature id. */
export type StateMap = ReadonlyMap<number, Record<string, boolean>>;

/**
 * What to send to `setFeatureState` to go from one state map to the next: only features whose
 * state changed, with every key that changed (keys dropped in `next` are reset to false).
 */
export function featureStateDiff(prev: StateMap, next: StateMap): [number, Record<string, boolean>][] {
  const out: [number, Record<string, boolean>][] = [];
  const ids = new Set([...prev.keys(), ...next.keys()]);
  for (const id of ids) {
    const a = prev.get(id) ?? {};
    const b = next.get(id) ?? {};
    const change: Record<string, boolean> = {};
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const va = a[k] ?? false;
      const vb = b[k] ?? false;
      if (va !== vb) change[k] = vb;
    }
    if (Object.keys(change).length > 0) out.push([id, change]);
  }
  return out;
}
