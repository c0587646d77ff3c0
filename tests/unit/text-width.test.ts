import { afterEach, describe, expect, it, vi } from 'vitest';
import { textWidth } from '../../src/text-width';

/** A stand-in for the page's canvas: each character as wide as its code point mod 10, plus 4 px. */
function fakeDocument(): { measured: string[] } {
  const measured: string[] = [];
  const context = {
    font: '',
    measureText: (text: string) => {
      measured.push(text);
      return { width: [...text].reduce((w, ch) => w + (ch.codePointAt(0)! % 10) + 4, 0) };
    },
  };
  vi.stubGlobal('document', { createElement: () => ({ getContext: () => context }) });
  return { measured };
}

afterEach(() => vi.unstubAllGlobals());

describe('textWidth', () => {
  it('sums the advances of a text, measuring each character once', () => {
    const { measured } = fakeDocument();
    const width = textWidth('11px sans-serif', 6);
    expect(width('Łódź')).toBe(['Ł', 'ó', 'd', 'ź'].reduce((w, ch) => w + (ch.codePointAt(0)! % 10) + 4, 0));
    expect(width('dźwig')).toBe(width('dź') + width('wig'));
    expect(measured.filter((m) => m === 'd')).toEqual(['d']);
    expect(measured.every((m) => [...m].length === 1)).toBe(true);
  });

  it('measures ahead: after warm, widths of those texts measure nothing', () => {
    const { measured } = fakeDocument();
    const width = textWidth('11px sans-serif', 6);
    width.warm(['Kraków', 'Zakopane']);
    const before = measured.length;
    expect(before).toBe(new Set('KrakówZakopane').size);
    expect(width('Kraków')).toBeGreaterThan(0);
    expect(width('Zakopane')).toBeGreaterThan(0);
    expect(measured.length).toBe(before);
  });

  it('counts a character as `perChar` pixels where there is no canvas', () => {
    const width = textWidth('11px sans-serif', 6);
    expect(width('Nysa')).toBe(24);
    expect(width('')).toBe(0);
  });
});
