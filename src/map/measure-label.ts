import { estimateLabelWidth, type MeasureLabel } from './label-layout';

/**
 * Measures map labels as the page draws them (canvas text metrics in the font of `container`,
 * the element the labels are drawn in), so that the label layout knows a name of wide letters
 * from one of narrow ones. Widths are cached by text. Without a 2D canvas it falls back to the
 * estimate from the character count.
 */
export function labelMeasurer(container: Element): MeasureLabel {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateLabelWidth;
  // The labels inherit the map container's font (MapLibre's stylesheet sets one), not the page's.
  const family = getComputedStyle(container).fontFamily || 'sans-serif';
  // As styles.css draws them: `.map-label` 600 12px, 5 px padding a side; `.ring-label` 11px, 3 px.
  const FONTS = { label: `600 12px ${family}`, ring: `11px ${family}` };
  const PADDING = { label: 10, ring: 6 };
  const cache = new Map<string, number>();
  let font: keyof typeof FONTS | null = null; // setting the context's font parses it: only on a change
  return (text, kind) => {
    const key = `${kind}\u0000${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      if (font !== kind) ctx.font = FONTS[(font = kind)];
      w = Math.ceil(ctx.measureText(text).width) + PADDING[kind] + 1; // +1 for subpixel rounding
      cache.set(key, w);
    }
    return w;
  };
}
