/**
 * Chart labels cut to the width they have. A cut by character count lets a name of wide letters
 * ("Saint-Amand-Montrond") run past the chart's left edge, so labels are measured.
 */
import { textWidth } from '../text-width';

/** The text if `measure` says it fits in `max` pixels, else its longest start that fits with "…". */
export function truncateToWidth(text: string, max: number, measure: (s: string) => number): string {
  if (measure(text) <= max) return text;
  let lo = 0;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/**
 * A bar label's width in pixels: `.bar-label` as styles.css draws it, 11px in the page's font (the
 * `body` rule's stack). `barLabelWidth.warm` measures names ahead, while the page is idle.
 */
export const barLabelWidth = textWidth("11px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif", 6.2);

/** A bar label cut to `max` pixels. */
export const fitBarLabel = (text: string, max: number): string => truncateToWidth(text, max, barLabelWidth);
