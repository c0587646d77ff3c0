import { describe, expect, it } from 'vitest';
import { HOME_LABEL_GAP, LABEL_GAP, LABEL_HEIGHT, homeLabelSide, PLACE_DOT_WIDTH, RING_LABEL_HEIGHT, anchorTransform, boxOnSide, estimateLabelWidth, placeLabels, reservedBoxes, wrapNear, type LabelSide } from '../../../src/map/label-layout';

describe('placeLabels', () => {
  it('puts labels right of their point when free, else on another side, else drops them', () => {
    const placed = placeLabels([
      { key: 'a', x: 100, y: 0, width: 50, height: 16 },
      { key: 'b', x: 100, y: 4, width: 50, height: 16 }, // right side taken by a: left
      { key: 'c', x: 100, y: -4, width: 50, height: 16 }, // right and left taken: top
      { key: 'd', x: 100, y: 2, width: 50, height: 16 }, // every side taken: dropped
      { key: 'e', x: 400, y: 0, width: 50, height: 16 }, // far away: right
    ]);
    expect([...placed]).toEqual([['a', 'right'], ['b', 'left'], ['c', 'top'], ['e', 'right']]);
  });

  it('drops a label with no free side and respects reserved boxes', () => {
    const reserved = [{ x: -200, y: 0, width: 400, height: 200 }];
    expect(placeLabels([{ key: 'a', x: 0, y: 0, width: 10, height: 10 }], reserved).size).toBe(0);
  });

  it('keeps labels inside the view: near its right edge on the left, near its top below', () => {
    const view = { width: 900, height: 700 };
    const placed = placeLabels(
      [
        { key: 'edge', x: 880, y: 300, width: 90, height: LABEL_HEIGHT }, // right would run past 900
        { key: 'top', x: 600, y: 5, width: 90, height: LABEL_HEIGHT }, // right, left and above cut by the top: below
        { key: 'middle', x: 400, y: 300, width: 90, height: LABEL_HEIGHT },
      ],
      [],
      2,
      view,
    );
    expect(placed.get('edge')).toBe('left');
    expect(placed.get('middle')).toBe('right');
    expect(placed.get('top')).toBe('bottom');
    for (const [key, side] of placed) {
      const c = { edge: [880, 300], top: [600, 5], middle: [400, 300] }[key]!;
      const b = boxOnSide({ key, x: c[0]!, y: c[1]!, width: 90, height: LABEL_HEIGHT }, side);
      expect(b.x >= 0 && b.x + b.width <= view.width && b.y - b.height / 2 >= 0 && b.y + b.height / 2 <= view.height).toBe(true);
    }
    // Where no side fits inside, a label goes on the free side that shows most of it (cut by the
    // edge, not lost); without a view, as before, right comes first.
    expect(placeLabels([{ key: 'corner', x: 2, y: 2, width: 90, height: LABEL_HEIGHT }], [], 2, view).get('corner')).toBe('right');
    expect(placeLabels([{ key: 'edge', x: 880, y: 300, width: 90, height: LABEL_HEIGHT }]).get('edge')).toBe('right');
  });

  it('never draws a label mostly beyond the edge: it takes a side that shows more, or is left out', () => {
    const view = { width: 900, height: 700 };
    // A long label near the left edge whose right side is taken: its left side would show 52 of
    // its 190 px ("…o (Rome)"); above the point more than half of it shows.
    const long = { key: 'rome', x: 60, y: 400, width: 190, height: LABEL_HEIGHT };
    const right = { x: 68, y: 400, width: 40, height: 10 }; // another label just right of the point
    expect(placeLabels([long], [right], 2, view).get('rome')).toBe('top');
    // With the sides above and below taken too, no side shows half of it: it is left out.
    const blocked = [right, { x: 0, y: 381, width: 200, height: 10 }, { x: 0, y: 419, width: 200, height: 10 }];
    expect(placeLabels([long], blocked, 2, view).has('rome')).toBe(false);
  });
});

import { simplifyLine } from '../../../scripts/lib/basemap';

describe('simplifyLine (Douglas–Peucker)', () => {
  it('keeps the ends and the corners, drops points closer than the tolerance', () => {
    const line = [[0, 0], [1, 0.001], [2, 0], [2, 1], [2.001, 2], [2, 3]];
    expect(simplifyLine(line, 0.01)).toEqual([[0, 0], [2, 0], [2, 3]]);
  });

  it('simplifies a closed ring without collapsing it', () => {
    const ring = [[0, 0], [1, 0], [2, 0], [2, 1], [2, 2], [1, 2], [0, 2], [0, 1], [0, 0]];
    const out = simplifyLine(ring, 0.1);
    expect(out[0]).toEqual(out[out.length - 1]);
    expect(out.length).toBeGreaterThanOrEqual(4);
    expect(out).toEqual(expect.arrayContaining([[2, 0], [2, 2], [0, 2]]));
  });
});

describe('homeLabelSide', () => {
  const view = { width: 412, height: 380 };
  it("puts a selected municipality's label left of its point, unless the view's left edge would cut it", () => {
    const w = estimateLabelWidth('województwo pomorskie', 'label');
    expect(homeLabelSide(300, w, view)).toBe('left');
    // Near the left edge (a fit that reaches Shanghai puts Pomerania there): on the right.
    expect(homeLabelSide(80, w, view)).toBe('right');
    expect(homeLabelSide(HOME_LABEL_GAP + w, w, view)).toBe('left');
    expect(homeLabelSide(HOME_LABEL_GAP + w - 1, w, view)).toBe('right');
    // Cut on either side (a narrow view): left, as a rule; and with no view known, left.
    expect(homeLabelSide(80, w, { width: 120, height: 300 })).toBe('left');
    expect(homeLabelSide(80, w)).toBe('left');
  });
  it('reserves the box on the side given', () => {
    const w = estimateLabelWidth('Kartuzy', 'label');
    const [right] = reservedBoxes({ home: { x: 40, y: 100, name: 'Kartuzy', side: 'right' } });
    expect(right).toEqual({ x: 40 + HOME_LABEL_GAP, y: 100, width: w, height: LABEL_HEIGHT });
  });
});

describe('reservedBoxes', () => {
  it('keeps partner labels off the selection\'s own label and the rings\' km labels', () => {
    const boxes = reservedBoxes({ home: { x: 500, y: 300, name: 'Kraków' }, rings: [{ x: 500, y: 200, text: '500 km' }] });
    const w = estimateLabelWidth('Kraków', 'label');
    // The home label ends 10 px left of its point; its mark covers the point.
    expect(boxes[0]).toEqual({ x: 500 - 10 - w, y: 300, width: w, height: LABEL_HEIGHT });
    expect(boxes[1]).toEqual({ x: 492, y: 300, width: 16, height: 16 });
    // A km label sits just above its point, centred on it.
    expect(boxes[2]!.y).toBe(200 - RING_LABEL_HEIGHT / 2);
    expect(boxes[2]!.x + boxes[2]!.width / 2).toBe(500);
    // A partner right above the ring's point cannot put its label on top of the km label.
    const placed = placeLabels([{ key: 'riga', x: 500, y: 205, width: 40, height: LABEL_HEIGHT }], boxes);
    expect(placed.get('riga')).not.toBe('top');
    // A selected place's label runs right from its point.
    const [p] = reservedBoxes({ place: { x: 100, y: 50, name: 'Lviv' } });
    expect(p!.x).toBe(93);
    expect(p!.width).toBe(estimateLabelWidth('Lviv', 'label') + PLACE_DOT_WIDTH);
    expect(reservedBoxes({})).toEqual([]);
  });

  it('sizes the boxes with the measure it is given', () => {
    const measure = (text: string, kind: 'label' | 'ring'): number => (kind === 'ring' ? 50 : 10 * text.length);
    const [home, , ring] = reservedBoxes({ home: { x: 500, y: 300, name: 'WWW' }, rings: [{ x: 500, y: 200, text: '1 km' }] }, measure);
    expect(home).toEqual({ x: 500 - 10 - 30, y: 300, width: 30, height: LABEL_HEIGHT });
    expect(ring!.width).toBe(50);
    expect(ring!.x).toBe(475);
  });
});

describe('anchorTransform', () => {
  /** Where a w × h element drawn with `transform` from (0, 0) ends up: its left, its vertical centre. */
  const drawn = (transform: string, w: number, h: number): { x: number; y: number } => {
    const m = /^translate\((-?\d+)px, (-?\d+)px\) translate\((-?\d+)%?, (-?\d+)%?\)$/.exec(transform);
    expect(m).not.toBeNull();
    const [tx, ty, px, py] = m!.slice(1).map(Number) as [number, number, number, number];
    return { x: tx + (px / 100) * w, y: ty + (py / 100) * h + h / 2 };
  };

  it('draws a label where the layout placed it, on every side', () => {
    const c = { key: 'k', x: 300, y: 200, width: 60, height: LABEL_HEIGHT };
    for (const side of ['right', 'left', 'top', 'bottom'] as LabelSide[]) {
      const box = boxOnSide(c, side);
      expect(drawn(anchorTransform(c.x, c.y, side, LABEL_GAP), c.width, c.height)).toEqual({ x: box.x, y: box.y });
    }
  });

  it('centres, rounds to whole pixels and takes a negative gap', () => {
    expect(anchorTransform(10.4, 20.6, 'center')).toBe('translate(10px, 21px) translate(-50%, -50%)');
    expect(anchorTransform(100, 50, 'right', -7)).toBe('translate(93px, 50px) translate(0, -50%)');
  });
});

describe('wrapNear', () => {
  it('picks the world copy of a longitude nearest the view\'s centre', () => {
    expect(wrapNear(-77.6, -30)).toBe(-77.6);
    expect(wrapNear(-77.6, 150)).toBeCloseTo(282.4);
    expect(wrapNear(170, -170)).toBeCloseTo(-190);
    expect(wrapNear(19.9, 19.9 + 720)).toBeCloseTo(739.9);
  });
});
