import { describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../../../src/dataset/atlas-index';
import { fold } from '../../../src/query/fold';
import { search } from '../../../src/query/search';
import { excerptAtlas } from '../fixtures';

const index = buildAtlasIndex(excerptAtlas());
const labels = (q: string): string[] => search(index.searchIndex, q).map((e) => e.label);

describe('fold', () => {
  it('drops case and diacritics, including ł which Unicode does not decompose', () => {
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('KRAKÓW')).toBe('krakow');
    expect(fold('Polanica-Zdrój')).toBe('polanica zdroj');
    expect(fold('Nürnberg')).toBe('nurnberg');
  });
});

describe('search', () => {
  it('finds Kraków by "krakow" and Łódź by "lodz", the latter without partners', () => {
    expect(labels('krakow')[0]).toBe('Kraków');
    const lodz = search(index.searchIndex, 'lodz')[0]!;
    expect(lodz.label).toBe('Łódź');
    expect(lodz.kind === 'municipality' && lodz.hasPartners).toBe(false);
  });

  it('finds a partner place by its Polish exonym and its local name', () => {
    expect(labels('Norymberga')).toEqual(['Nürnberg']);
    expect(labels('nurnberg')).toEqual(['Nürnberg']);
    expect(labels('lwow')).toEqual(['Lviv']);
  });

  it('ranks prefix matches first and returns nothing for an empty query', () => {
    expect(labels('  ')).toEqual([]);
    expect(labels('gora')[0]).toBe('Jelenia Góra');
  });
});
