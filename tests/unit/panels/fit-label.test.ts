import { describe, expect, it } from 'vitest';
import { truncateToWidth } from '../../../src/panels/fit-label';

// A font of two widths: wide capitals and "m"/"w", narrow everything else.
const measure = (s: string): number => [...s].reduce((w, c) => w + (/[A-ZMmWw]/.test(c) ? 10 : 6), 0);

describe('truncateToWidth', () => {
  it('keeps a label that fits, and cuts one that does not to the longest start that fits with "…"', () => {
    expect(truncateToWidth('Uzès', 110, measure)).toBe('Uzès');
    const cut = truncateToWidth('Saint-Amand-Montrond', 110, measure);
    expect(cut).toBe('Saint-Amand-Mo…');
    expect(measure(cut)).toBeLessThanOrEqual(110);
    // One more letter would not fit.
    expect(measure('Saint-Amand-Mon…')).toBeGreaterThan(110);
  });

  it('measures letters, not characters: wide names are cut sooner', () => {
    expect(truncateToWidth('MMMMMMMMMMMMMMMM', 110, measure)).toBe('MMMMMMMMMM…');
    expect(truncateToWidth('iiiiiiiiiiiiiiii', 110, measure)).toBe('iiiiiiiiiiiiiiii');
  });

  it('does not end a cut on a space', () => {
    expect(truncateToWidth('Bad Muskau Bad Muskau', 80, measure)).toBe('Bad Muskau…');
  });
});
