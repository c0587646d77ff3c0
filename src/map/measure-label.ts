import { textWidth } from '../text-width';
import { CHAR_WIDTH_ESTIMATE, LABEL_PADDING, type LabelKind, type MeasureLabel } from './label-layout';

/** A label measurer that can also measure ahead, while the page is idle (`warm`). */
export type LabelMeasurer = MeasureLabel & { warm: (texts: Iterable<string>) => void };

/**
 * Measures map labels as the page draws them (text metrics in the font of `container`, the
 * element the labels are drawn in), so that the label layout knows a name of wide letters from
 * one of narrow ones. `warm` measures the characters of names ahead (see `textWidth`), so that a
 * selection's layout measures nothing. Without a 2D canvas it gives `estimateLabelWidth`.
 */
export function labelMeasurer(container: Element): LabelMeasurer {
  // The labels inherit the map container's font (MapLibre's stylesheet sets one), not the page's.
  const family = getComputedStyle(container).fontFamily || 'sans-serif';
  // As styles.css draws them: `.map-label` 600 12px, `.ring-label` 11px.
  const width = { label: textWidth(`600 12px ${family}`, CHAR_WIDTH_ESTIMATE.label), ring: textWidth(`11px ${family}`, CHAR_WIDTH_ESTIMATE.ring) };
  const measure = (text: string, kind: LabelKind): number => Math.ceil(width[kind](text)) + LABEL_PADDING[kind];
  return Object.assign(measure, {
    warm: (texts: Iterable<string>): void => {
      width.label.warm(texts);
      width.ring.warm(['0123456789 \u00a0,km']); // the rings' "1 000 km"
    },
  });
}
