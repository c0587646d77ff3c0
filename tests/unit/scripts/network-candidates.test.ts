import { describe, expect, it } from 'vitest';
import { networkCandidates, twinnedNames } from '../../../scripts/lib/network-candidates';

// Real Douzelage members (each twinned with every other in the list) and ordinary partners.
const douzelage = ['Judenburg', 'Houffalize', 'Tryavna', 'Rovinj', 'Holstebro'];
const twinned = twinnedNames([
  ...douzelage.flatMap((a, i) => douzelage.slice(i + 1).map((b) => [a, b] as const)),
  ['Chojna', 'Schwedt'],
  ['Kraków', 'Nürnberg'],
  ['Nürnberg', 'Kraków'],
  ['Bautzen', 'Jelenia Góra'],
  ['Bautzen', 'Görlitz'], // two of a city's partners that happen to be twinned with each other
]);

describe('network candidates from a twin-town list', () => {
  it('finds a unit whose partners are twinned with each other, and not one with ordinary partners', () => {
    const byUnit = new Map<string, string[]>([
      ['320603', ['Schwedt', ...douzelage]],
      ['026101', ['Bautzen', 'Görlitz', 'Nürnberg', 'Changzhou', 'Tyler']],
      ['220502', ['Wierzchucino']],
    ]);
    const found = networkCandidates(byUnit, twinned);
    expect(found.map((c) => c.unit)).toEqual(['320603']);
    // 6 partners: 15 pairs, of which the 10 among the 5 members are twinned.
    expect(found[0]).toMatchObject({ partners: 6, pairs: 15, linked: 10 });
    expect(found[0]!.share).toBeCloseTo(10 / 15);
    // Jelenia Góra: 1 of 10 pairs (Bautzen–Görlitz) is below any sensible threshold.
    expect(networkCandidates(byUnit, twinned, 4, 0.05).find((c) => c.unit === '026101')).toMatchObject({ pairs: 10, linked: 1 });
  });

  it('matches names folded (case and diacritics) and counts a name given twice once', () => {
    const byUnit = new Map([['x', ['judenburg', 'HOUFFALIZE', 'Tryavna', 'Rovinj', 'Rovinj']]]);
    expect(networkCandidates(byUnit, twinned)[0]).toMatchObject({ partners: 4, pairs: 6, linked: 6, share: 1 });
    expect(networkCandidates(byUnit, twinned, 5)).toEqual([]);
  });
});
