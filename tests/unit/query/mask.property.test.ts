import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../../../src/dataset/atlas-index';
import type { Atlas } from '../../../src/domain/atlas';
import { AGREEMENT_TYPES, MUNICIPALITY_KINDS, STATUSES, VERIFICATIONS, VOIVODESHIPS, type VoivodeshipCode } from '../../../src/domain/vocabulary';
import { passesFilters, type Filters } from '../../../src/query/filters';
import { visibleMask } from '../../../src/query/visibility';
import { excerptAtlas } from '../fixtures';

/**
 * `visibleMask` answers from columns of codes built once per index; `passesFilters` is the
 * definition. On the bundled data and on the small excerpt, for random filters, they agree on
 * every partnership.
 */
const bundled = JSON.parse(readFileSync(resolve(__dirname, '../../../public/data/atlas.json'), 'utf8')) as Atlas;

for (const [name, atlas] of [['the bundled data', bundled], ['the excerpt', excerptAtlas()]] as const) {
  describe(`the filter mask on ${name}`, () => {
    const index = buildAtlasIndex(atlas);
    const subset = <T>(xs: readonly T[]) => fc.subarray([...xs]);
    const filters: fc.Arbitrary<Filters> = fc.record({
      countries: fc.oneof(fc.constant([]), subset([...index.countries, 'ZZ']).map((c) => c.sort())),
      types: subset(AGREEMENT_TYPES),
      statuses: subset(STATUSES),
      voivodeships: fc.oneof(fc.constant([]), subset(Object.keys(VOIVODESHIPS) as VoivodeshipCode[])),
      kinds: fc.oneof(fc.constant(MUNICIPALITY_KINDS), subset(MUNICIPALITY_KINDS)),
      verifications: subset(VERIFICATIONS),
      years: fc.option(fc.record({ from: fc.integer({ min: 1940, max: 2030 }), to: fc.integer({ min: 1940, max: 2030 }) })),
      unknownYears: fc.boolean(),
    });

    it('agrees with passesFilters on every partnership', () => {
      fc.assert(
        fc.property(filters, (f) => {
          const mask = visibleMask(index, f);
          const expected = atlas.partnerships.map((p) => {
            const place = index.places.get(p.place)!;
            return passesFilters(p, place, index.municipalities.get(p.municipality)!, place.teryt ? index.municipalities.get(place.teryt) : undefined, f);
          });
          expect(mask).toEqual(expected);
        }),
        { numRuns: 150 },
      );
    });

    it('lets some through and holds some back (the property is not vacuous)', () => {
      const count = (f: Filters): number => visibleMask(index, f).filter(Boolean).length;
      const all: Filters = { countries: [], types: AGREEMENT_TYPES, statuses: STATUSES, voivodeships: [], kinds: MUNICIPALITY_KINDS, verifications: VERIFICATIONS, years: null, unknownYears: true };
      expect(count(all)).toBe(atlas.partnerships.length);
      expect(count({ ...all, statuses: ['ended'] })).toBeGreaterThan(0);
      expect(count({ ...all, statuses: ['ended'] })).toBeLessThan(atlas.partnerships.length);
    });
  });
}
