import { describe, expect, it } from 'vitest';
import { accentedSpelling, buildAtlasIndex, partnerLabel, partnerName } from '../../../src/dataset/atlas-index';
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

  it('shows a page\'s spelling without diacritics as the place\'s name, and keeps exonyms and fuller spellings', () => {
    // Spellings as official rows in data/partnerships write them, against their places' names.
    expect(accentedSpelling('Prerov', 'Přerov')).toBe('Přerov');
    expect(accentedSpelling('Tautii Magheraus', 'Tăuții-Măgherăuș')).toBe('Tăuții-Măgherăuș');
    expect(accentedSpelling('Vysoke Myto', 'Vysoké Mýto')).toBe('Vysoké Mýto');
    expect(accentedSpelling('Telšiai', 'Telsiai')).toBe('Telšiai'); // the page's is the fuller one
    expect(accentedSpelling("Topol'niky", 'Topoľníky')).toBe('Topoľníky'); // an apostrophe for a caron
    expect(accentedSpelling('Vranov nad Topl’ou', 'Vranov nad Topľou')).toBe('Vranov nad Topľou');
    expect(accentedSpelling('Cava de’ Tirreni', 'Cava Dè Tirreni')).toBe('Cava de’ Tirreni'); // an elision, kept
    expect(accentedSpelling("L'Aquila", 'LAquila')).toBe("L'Aquila"); // no diacritics to gain: the page's
    expect(accentedSpelling('Truskavets', 'Truskavets’')).toBe('Truskavets'); // a soft sign's apostrophe is no diacritic
    expect(accentedSpelling('Norymberga', 'Nürnberg')).toBe('Norymberga'); // an exonym: another word
    expect(accentedSpelling('Saint Jean de Braye', 'Saint-Jean-de-Braye')).toBe('Saint Jean de Braye'); // no diacritics either way
    // In the index: an official row that writes Nürnberg without its umlaut.
    const plain: Partnership = { ...official, id: '026101-nurnberg' as PartnershipId, municipality: '026101' as Teryt, partnerName: 'Nurnberg' };
    const ix = buildAtlasIndex({ ...atlas, partnerships: [...atlas.partnerships, plain] });
    expect(partnerName(ix, plain, 'pl')).toBe('Nürnberg');
    expect(partnerLabel(ix.partnersOf.get('026101' as Teryt)!.find((v) => v.partnership.id === plain.id)!, 'pl')).toBe('Nürnberg');
    expect(partnerName(ix, official, 'pl')).toBe('Norymberga');
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

describe('the overview counts', () => {
  it('counts gminy with partners apart from powiaty and voivodeships with partners of their own', () => {
    const atlas = excerptAtlas();
    const base = buildAtlasIndex(atlas);
    // A powiat with a partnership of its own: one more unit with partners, the same gminy.
    const gmina = atlas.municipalities.find((m) => m.teryt === atlas.partnerships[0]!.municipality)!;
    const powiat = { ...gmina, teryt: '1261' as Teryt, name: 'powiat testowy', kind: 'powiat' as const };
    const own: Partnership = { ...atlas.partnerships[0]!, id: '1261-test' as PartnershipId, municipality: powiat.teryt };
    const index = buildAtlasIndex({ ...atlas, municipalities: [...atlas.municipalities, powiat], partnerships: [...atlas.partnerships, own] });
    expect(index.withPartners.length).toBe(base.withPartners.length + 1);
    expect(index.gminyWithPartners).toBe(base.gminyWithPartners);
    // Gminy are those on either side of a partnership (a Polish partner gmina counts too).
    const teryts = new Set(atlas.partnerships.flatMap((p) => [p.municipality, atlas.places.find((pl) => pl.id === p.place)!.teryt]));
    const gminy = atlas.municipalities.filter((m) => teryts.has(m.teryt) && m.kind !== 'powiat' && m.kind !== 'voivodeship');
    expect(base.gminyWithPartners).toBe(gminy.length);
    expect(base.gminyWithPartners).toBeGreaterThan(0);
  });

  it('counts the doubted list pairs apart', () => {
    const atlas = excerptAtlas();
    expect(buildAtlasIndex(atlas).unverifiedCount).toBe(atlas.partnerships.filter((p) => p.verification === 'unverified').length);
    const doubted = atlas.partnerships.map((p, i) => (i < 2 ? { ...p, verification: 'unverified' as const } : p));
    expect(buildAtlasIndex({ ...atlas, partnerships: doubted }).unverifiedCount).toBe(doubted.filter((p) => p.verification === 'unverified').length);
    expect(buildAtlasIndex({ ...atlas, partnerships: doubted }).unverifiedCount).toBeGreaterThanOrEqual(2);
  });
});
