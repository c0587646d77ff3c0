import { textWidth } from '../text-width';
import type { LabelKind, MeasureLabel } from './label-layout';

/** A label measurer that can also measure ahead, while the page is idle (`warm`). */
export type LabelMeasurer = MeasureLabel & { warm: (texts: Iterable<string>) => void };

/**
 * Measures map labels as the page draws them (text metrics in the font of `container`, the
 * element the labels are drawn in), so that the label layout knows a name of wide letters from
 * one of narrow ones. `warm` measures the characters of names ahead (see `textWidth`), so that a
 * selection's layout measures nothing. Without a 2D canvas a character counts 7 px in a label and
 * 6 in a ring's.
 */
export function labelMeasurer(container: Element): LabelMeasurer {
  // The labels inherit the map container's font (MapLibre's stylesheet sets one), not the page's.
  const family = getComputedStyle(container).fontFamily || 'sans-serif';
  // As styles.css draws them: `.map-label` 600 12px, 5 px padding a side; `.ring-label` 11px, 3 px.
  const width = { label: textWidth(`600 12px ${family}`, 7), ring: textWidth(`11px ${family}`, 6) };
  const PADDING = { label: 10, ring: 6 };
  const measure = (text: string, kind: LabelKind): number => Math.ceil(width[kind](text)) + PADDING[kind] + 1; // +1 for subpixel rounding
  return Object.assign(measure, {
    warm: (texts: Iterable<string>): void => {
      width.label.warm(texts);
      width.ring.warm(['0123456789 \u00a0,km']); // the rings' "1 000 km"
    },
  });
}
