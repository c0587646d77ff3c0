import { describe, expect, it } from 'vitest';
import { buildAtlasIndex, partnerLabel, partnerName } from '../../../src/dataset/atlas-index';
import type { Partnership, Place } from '../../../src/domain/atlas';
import type { PartnershipId, Teryt } from '../../../src/domain/ids';
import { excerptAtlas } from '../fixtures';

describe('partner names in Polish and English', () => {
  // The excerpt's official Kraków row names Nürnberg "Norymberga". Add the same place as a
  // secondary list writes it, for another gmina (Jelenia Góra), to see which name each shows.
  const atlas = excerptAtlas();
  const official = atlas.partnerships.find((p) => p.partnerName === 'Norymberga')!;
  const secondary: Partnership = {
    ...official,
    id: '026101-nuremberg' as PartnershipId,
    municipality: '026101' as Teryt,
    partnerName: 'Nuremberg',
    verification: 'secondary',
  };
  const index = buildAtlasIndex({ ...atlas, partnerships: [...atlas.partnerships, secondary] });

  it('shows a secondary row under the name official Polish pages give the place', () => {
    expect(index.polishNames.get(official.place)).toBe('Norymberga');
    expect(partnerName(index, secondary, 'pl')).toBe('Norymberga');
    const view = index.partnersOf.get('026101' as Teryt)!.find((v) => v.partnership.id === secondary.id)!;
    expect(partnerLabel(view, 'pl')).toBe('Norymberga');
    // In English, the place's GeoNames name.
    expect(partnerName(index, secondary, 'en')).toBe('Nürnberg');
    expect(partnerLabel(view, 'en')).toBe('Nürnberg');
  });

  it('keeps an official row as its own page writes it, and a list\'s name when no page names the place', () => {
    expect(partnerName(index, official, 'pl')).toBe('Norymberga');
    // A place no official row names: the list's own spelling.
    const place = { ...atlas.places.find((p) => p.id === official.place)!, id: 'xelsewhere' as Place['id'], geonamesId: null, name: 'Elsewhere', aliases: [] };
    const lonely: Partnership = { ...secondary, id: '026101-xelsewhere' as PartnershipId, place: place.id, partnerName: 'Elsewhere-on-Sea' };
    const other = buildAtlasIndex({ ...atlas, places: [...atlas.places, place], partnerships: [...atlas.partnerships, lonely] });
    expect(other.polishNames.has(place.id)).toBe(false);
    expect(partnerName(other, lonely, 'pl')).toBe('Elsewhere-on-Sea');
    expect(partnerName(other, lonely, 'en')).toBe('Elsewhere');
  });
});
