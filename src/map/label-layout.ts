/** A label candidate in screen pixels: anchored at (x, y), extending right by `width`. */
export type LabelBox = { key: string; x: number; y: number; width: number; height: number };

/**
 * Greedy label placement: keep labels in the given priority order and drop any whose box would
 * overlap a box already kept (or the reserved boxes, e.g. the home label). Pure, O(n²) for the
 * few dozen labels of one selection.
 */
export function placeLabels(candidates: readonly LabelBox[], reserved: readonly LabelBox[] = [], margin = 2): Set<string> {
  const kept: LabelBox[] = [...reserved];
  const out = new Set<string>();
  for (const c of candidates) {
    const hit = kept.some(
      (k) =>
        c.x < k.x + k.width + margin &&
        k.x < c.x + c.width + margin &&
        c.y - c.height / 2 < k.y + k.height / 2 + margin &&
        k.y - k.height / 2 < c.y + c.height / 2 + margin,
    );
    if (!hit) {
      kept.push(c);
      out.add(c.key);
    }
  }
  return out;
}

/** Rough width of a 12px bold label, enough to keep labels from overlapping. */
export const estimateLabelWidth = (text: string): number => text.length * 7 + 12;
