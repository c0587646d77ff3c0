/** A label box in screen pixels: centred vertically on `y`, from `x` to `x + width`. */
export type LabelBox = { x: number; y: number; width: number; height: number };
export type LabelSide = 'right' | 'left' | 'top' | 'bottom';
export type LabelCandidate = { key: string; x: number; y: number; width: number; height: number };

/** Pixels between a partner's point and its label. */
export const LABEL_GAP = 8;
/** A selected municipality's label ends this far left of its point (or starts this far right of it). */
export const HOME_LABEL_GAP = 10;
/** The key under which a layout's result gives the side of a selected municipality's own label. */
export const HOME_LABEL_KEY = 'home';
/** A selected place's label starts this far right of its point: negative, its dot is over the point. */
export const PLACE_LABEL_GAP = -7;

/** The box of a label placed on one side of its point. */
export function boxOnSide(c: LabelCandidate, side: LabelSide): LabelBox {
  switch (side) {
    case 'right':
      return { x: c.x + LABEL_GAP, y: c.y, width: c.width, height: c.height };
    case 'left':
      return { x: c.x - LABEL_GAP - c.width, y: c.y, width: c.width, height: c.height };
    case 'top':
      return { x: c.x - c.width / 2, y: c.y - LABEL_GAP - c.height / 2, width: c.width, height: c.height };
    case 'bottom':
      return { x: c.x - c.width / 2, y: c.y + LABEL_GAP + c.height / 2, width: c.width, height: c.height };
  }
}

const SIDES: readonly LabelSide[] = ['right', 'left', 'top', 'bottom'];

const overlaps = (a: LabelBox, b: LabelBox, margin: number): boolean =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y - a.height / 2 < b.y + b.height / 2 + margin &&
  b.y - b.height / 2 < a.y + a.height / 2 + margin;

/** The map's visible area in screen pixels, from (0, 0) to (width, height). */
export type View = { width: number; height: number };

/** The share of a box's area that lies inside the view: 1 when wholly inside. */
const visibleShare = (b: LabelBox, view: View): number => {
  const w = Math.min(b.x + b.width, view.width) - Math.max(b.x, 0);
  const h = Math.min(b.y + b.height / 2, view.height) - Math.max(b.y - b.height / 2, 0);
  return w > 0 && h > 0 ? (w * h) / (b.width * b.height) : 0;
};

/** Below this share inside the view a label cannot be read: it is left out, not drawn cut. */
export const MIN_VISIBLE_SHARE = 0.5;

/**
 * Greedy label placement: in priority order, put each label on the first side of its point
 * (right, left, top, bottom) where it overlaps no label already placed nor a reserved box, and,
 * given the `view`, lies wholly inside it (a point near the right edge gets its label on its left);
 * failing that, on the free side that shows most of it, if that is at least half of it (a label
 * mostly beyond the edge could not be read); a label with no such side is dropped. Pure; O(n²)
 * for the few dozen labels of one selection.
 */
export function placeLabels(candidates: readonly LabelCandidate[], reserved: readonly LabelBox[] = [], margin = 2, view?: View): Map<string, LabelSide> {
  const kept: LabelBox[] = [...reserved];
  const out = new Map<string, LabelSide>();
  const free = (box: LabelBox): boolean => {
    for (const k of kept) if (overlaps(box, k, margin)) return false;
    return true;
  };
  for (const c of candidates) {
    let side: LabelSide | undefined;
    let box: LabelBox | undefined;
    let share = -1;
    for (const s of SIDES) {
      const b = boxOnSide(c, s);
      if (!free(b)) continue;
      const visible = view ? visibleShare(b, view) : 1;
      if (visible > share) {
        side = s;
        box = b;
        share = visible;
      }
      if (!view) break;
    }
    if (!side || !box || (view && share < MIN_VISIBLE_SHARE)) continue;
    kept.push(box);
    out.set(c.key, side);
  }
  return out;
}

/** Height of a map label as drawn (`.map-label`: 12px text, its line height and padding). */
export const LABEL_HEIGHT = 22;
/** Height of a distance ring's km label (`.ring-label`: 11px text). */
export const RING_LABEL_HEIGHT = 15;

/** What a label's text is drawn as: a map label (`.map-label`) or a ring's km label (`.ring-label`). */
export type LabelKind = 'label' | 'ring';
/** A label's drawn width in CSS pixels, padding included. */
export type MeasureLabel = (text: string, kind: LabelKind) => number;

/**
 * What a label's box adds to its text's width: `.map-label`'s 5 px padding a side and `.ring-label`'s
 * 3 px, each with 1 px for subpixel rounding.
 */
export const LABEL_PADDING: Readonly<Record<LabelKind, number>> = { label: 11, ring: 7 };
/** A character's rough width: 7 px in the 12px bold label, 6 in the 11px ring label. */
export const CHAR_WIDTH_ESTIMATE: Readonly<Record<LabelKind, number>> = { label: 7, ring: 6 };

/**
 * A rough width from the character count, for where no text can be measured; the map measures
 * its labels (`labelMeasurer`), and gives this where the page has no canvas.
 */
export const estimateLabelWidth: MeasureLabel = (text, kind) => [...text].length * CHAR_WIDTH_ESTIMATE[kind] + LABEL_PADDING[kind];

/** Room taken in a selected place's label by its dot (10 px and a 2 px border) and the gap after it. */
export const PLACE_DOT_WIDTH = 19;

type At = { x: number; y: number };

/**
 * The side of its point a selected municipality's label goes: the left, as a rule (partners'
 * labels try the right of their points first); the right when the left would cut it at the view's
 * left edge and the right would not.
 */
export function homeLabelSide(x: number, width: number, view?: View): 'left' | 'right' {
  return view && x - HOME_LABEL_GAP - width < 0 && x + HOME_LABEL_GAP + width <= view.width ? 'right' : 'left';
}

/**
 * The boxes partner labels keep off, in screen pixels: a selected municipality's own label (on
 * side `home.side` of its point, its left by default, `HOME_LABEL_GAP` off) and its mark; a
 * selected place's label (right of its point, after its dot); and the distance rings' km labels,
 * each just above its point. These boxes match how markers.tsx draws those labels (the same gaps).
 */
export function reservedBoxes(
  { home, place, rings = [] }: { home?: At & { name: string; side?: 'left' | 'right' }; place?: At & { name: string }; rings?: readonly (At & { text: string })[] },
  measure: MeasureLabel = estimateLabelWidth,
): LabelBox[] {
  const out: LabelBox[] = [];
  if (home) {
    const w = measure(home.name, 'label');
    const x = home.side === 'right' ? home.x + HOME_LABEL_GAP : home.x - HOME_LABEL_GAP - w;
    out.push({ x, y: home.y, width: w, height: LABEL_HEIGHT }, { x: home.x - 8, y: home.y, width: 16, height: 16 });
  }
  if (place) out.push({ x: place.x + PLACE_LABEL_GAP, y: place.y, width: measure(place.name, 'label') + PLACE_DOT_WIDTH, height: LABEL_HEIGHT });
  for (const r of rings) {
    const w = measure(r.text, 'ring');
    out.push({ x: r.x - w / 2, y: r.y - RING_LABEL_HEIGHT / 2, width: w, height: RING_LABEL_HEIGHT });
  }
  return out;
}

/** Where an element drawn at a map point sits: on one side of the point, or centred on it. */
export type Anchor = LabelSide | 'center';

/**
 * The CSS transform that draws an element (placed at the overlay's top left corner) on side
 * `anchor` of screen point (x, y), `gap` px away: 'right' puts its left edge `gap` px right of
 * the point, vertically centred; 'top' puts its bottom edge `gap` px above, horizontally centred;
 * and so on. Whole pixels, so that text stays sharp.
 */
export function anchorTransform(x: number, y: number, anchor: Anchor, gap = 0): string {
  const px = Math.round(x);
  const py = Math.round(y);
  switch (anchor) {
    case 'right':
      return `translate(${px + gap}px, ${py}px) translate(0, -50%)`;
    case 'left':
      return `translate(${px - gap}px, ${py}px) translate(-100%, -50%)`;
    case 'top':
      return `translate(${px}px, ${py - gap}px) translate(-50%, -100%)`;
    case 'bottom':
      return `translate(${px}px, ${py + gap}px) translate(-50%, 0)`;
    case 'center':
      return `translate(${px}px, ${py}px) translate(-50%, -50%)`;
  }
}

/** The longitude of the world copy of `lng` nearest `centerLng` (the view's centre), as MapLibre places markers. */
export const wrapNear = (lng: number, centerLng: number): number => lng + 360 * Math.round((centerLng - lng) / 360);
