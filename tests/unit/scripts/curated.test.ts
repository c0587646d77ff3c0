import { describe, expect, it } from 'vitest';
import { buildCurated, formatError, withDiacritics, withPlainSpelling } from '../../../scripts/lib/curated';
import { fixture, gazetteer, municipalities, officialLists } from '../fixtures';

const build = (partnershipsCsv: string, placesCsv = fixture('places-excerpt.csv')) =>
  buildCurated({
    partnershipFiles: [{ file: 'partnerships.csv', csv: partnershipsCsv }],
    placeFiles: [{ file: 'places.csv', csv: placesCsv }],
    officialLists: officialLists('yes', partnershipsCsv),
    municipalities: municipalities(),
    gazetteer: gazetteer(),
  });

describe('buildCurated on real rows', () => {
  const out = build(fixture('partnerships-excerpt.csv'));

  it('accepts every row of the excerpt', () => {
    expect(out.errors.map(formatError)).toEqual([]);
    expect(out.partnerships).toHaveLength(10);
  });

  it('resolves the ambiguous Boxberg through the alias table to Boxberg/O.L. in Saxony', () => {
    const p = out.partnerships.find((x) => x.partnerName === 'Boxberg')!;
    expect(p.place).toBe('g2945698');
    expect(p.distanceKm).toBeGreaterThan(90);
    expect(p.distanceKm).toBeLessThan(110);
  });

  it('resolves Polish exonyms (Norymberga, Kijów, Lwów) and keeps the source spelling', () => {
    const n = out.partnerships.find((x) => x.partnerName === 'Norymberga')!;
    expect(n.place).toBe('g2861650');
    const place = out.places.find((p) => p.id === 'g2861650')!;
    expect(place.name).toBe('Nürnberg');
    expect(place.aliases).toContain('Norymberga');
  });

  it('keeps several dated agreements, month-only dates and ended partnerships', () => {
    const bautzen = out.partnerships.find((x) => x.partnerName === 'Bautzen')!;
    expect(bautzen.signed).toEqual(['1993-05-22', '1994-04-15']);
    const vladimir = out.partnerships.find((x) => x.partnerName === 'Vladimir')!;
    expect(vladimir.signed).toEqual(['1996-12']);
    expect(vladimir.status).toBe('ended');
    expect(vladimir.ended).toBe('2022-03-03');
    expect(vladimir.endReason).not.toBe('');
  });

  it('links a Polish partner to its gmina and draws it at the gmina point', () => {
    const m = out.partnerships.find((x) => x.partnerName === 'Międzyzdroje')!;
    const place = out.places.find((p) => p.id === m.place)!;
    expect(place.teryt).toBe('320704');
    const gmina = municipalities().get(place.teryt!)!;
    expect([place.lng, place.lat]).toEqual([gmina.lng, gmina.lat]);
  });
});

describe('buildCurated on bad rows', () => {
  const placesWithoutBoxberg = fixture('places-excerpt.csv')
    .split('\n')
    .filter((l) => !l.startsWith('Boxberg'))
    .join('\n');
  const out = build(fixture('partnerships-bad.csv'), placesWithoutBoxberg);
  const messages = out.errors.map(formatError);
  const at = (line: number): string[] => messages.filter((m) => m.startsWith(`partnerships.csv:${line}:`));

  it('reports each bad row with file, line and reason', () => {
    expect(at(2).join()).toMatch(/unknown TERYT code 999999/);
    expect(at(3).join()).toMatch(/unresolved place "Atlantyda"/);
    expect(at(4).join()).toMatch(/bad date "1993-13-22"/);
    expect(at(5).join()).toMatch(/unknown type "sister_city"/);
    expect(at(6).join()).toMatch(/missing source/);
    expect(at(8).join()).toMatch(/duplicate pair .* \(first at partnerships\.csv:7\)/);
    expect(at(9).join()).toMatch(/ambiguous place "Boxberg" \(DE\): 2 exact matches .*2945698.*2945703.*decide it in data\/places/);
    // The quoted note spans two lines, so the next row starts on line 11.
    expect(at(11).join()).toMatch(/ended date is missing/);
    expect(at(12).join()).toMatch(/Polish partner needs partner_teryt/);
    expect(at(13).join()).toMatch(/not oldest first/);
  });

  it('accepts only the one good row and never picks a place by population', () => {
    expect(out.partnerships.map((p) => p.partnerName)).toEqual(['Nürnberg']);
  });
});

describe('places table validation', () => {
  it('rejects an id in another country, a point without a source and duplicates', () => {
    const places = [
      'name,country,geonames_id,lat,lon,local_name,note,source',
      'Norymberga,PL,2861650,,,,wrong country,',
      'Gdzieś,DE,,50,10,,a point,',
      'Lwów,UA,702550,,,Lviv,exonym,',
      'Lwow,UA,702550,,,Lviv,same name folded,',
    ].join('\n');
    const out = build(fixture('partnerships-excerpt.csv').split('\n')[0]! + '\n', places);
    const msgs = out.errors.map(formatError);
    expect(msgs).toContain('places.csv:2: GeoNames id 2861650 (Nürnberg) is in DE, not PL');
    expect(msgs).toContain('places.csv:3: a place given by lat/lon needs a source for the point');
    expect(msgs.some((m) => m.startsWith('places.csv:5:'))).toBe(false); // same decision twice is fine
  });

  it('draws an area (a district, a region) at its seat under its own name, not as the seat', () => {
    const head = 'name,country,geonames_id,lat,lon,local_name,area,note,source';
    const partnerships = `${fixture('partnerships-excerpt.csv').split('\n')[0]!}\n026101,Powiat norymberski,DE,,partner_city,powiat partnerski,2001,,,active,,,,https://example.org/p,2020,a district\n`;
    const out = buildCurated({
      partnershipFiles: [{ file: 'p.csv', csv: partnerships }],
      placeFiles: [{ file: 'a.csv', csv: `${head}\nPowiat norymberski,DE,2861650,,,,Nürnberger Land,the district drawn at Nürnberg,\nGdzieś,DE,,50,10,,Some District,a point,x\n` }],
      officialLists: officialLists('yes', partnerships),
      municipalities: municipalities(),
      gazetteer: gazetteer(),
    });
    expect(out.errors.map(formatError)).toEqual(['a.csv:3: an area is drawn at the GeoNames place of its seat: give its geonames_id']);
    const p = out.partnerships.find((x) => x.partnerName === 'Powiat norymberski')!;
    const area = out.places.find((x) => x.id === p.place)!;
    expect(area.name).toBe('Nürnberger Land');
    expect(area.geonamesId).toBeNull();
    expect(area.id).not.toBe('g2861650');
    const seat = gazetteer().byId(2861650)!;
    expect([area.lng, area.lat]).toEqual([seat.lng, seat.lat]);
  });

  it('rejects one name decided as two different places in two files', () => {
    const head = 'name,country,geonames_id,lat,lon,local_name,note,source';
    const out = buildCurated({
      partnershipFiles: [],
      placeFiles: [
        { file: 'a.csv', csv: `${head}\nBoxberg,DE,2945698,,,,Saxony,\n` },
        { file: 'b.csv', csv: `${head}\nBoxberg,DE,2945703,,,,Baden-Württemberg,\n` },
      ],
      officialLists: officialLists('yes'),
      municipalities: municipalities(),
      gazetteer: gazetteer(),
    });
    expect(out.errors.map(formatError)).toEqual(['b.csv:2: alias "Boxberg" (DE) decided differently at a.csv:2']);
  });
});

describe('dates from another official page (dates_source)', () => {
  const head = `${fixture('partnerships-excerpt.csv').split('\n')[0]!},dates_source`;
  const seed = 'http://web.archive.org/web/20071222234620/http:/www.krakow.pl/miasto/miasta_partnerskie/';
  const row = (signed: string, datesSource: string): string =>
    `126101,Norymberga,DE,,twin_city,Miasta Bliźniacze,${signed},,,active,,,,${seed},2007,,${datesSource}`;

  it('keeps the row on its source page and names the page its dates come from', () => {
    // The city's addresses have commas: the field is quoted.
    const out = build(`${head}\n${row('1979-11-19', '"https://www.krakow.pl/otwarty_na_swiat/2531,hist,1,0.html"')}\n`);
    expect(out.errors.map(formatError)).toEqual([]);
    const p = out.partnerships[0]!;
    expect(p.source).toBe(seed);
    expect(p.signed).toEqual(['1979-11-19']);
    expect(p.datesSource).toBe('https://www.krakow.pl/otwarty_na_swiat/2531,hist,1,0.html');
  });

  it('leaves it empty where the source page gives the dates itself', () => {
    expect(build(`${head}\n${row('', '')}\n`).partnerships[0]!.datesSource).toBe('');
  });

  it('rejects a dates page that is not an address, that dates nothing, or that is the source', () => {
    const out = build(`${head}\n${row('1979', 'krakow.pl')}\n${row('', 'https://www.krakow.pl/x')}\n${row('1979', seed)}\n`);
    const msgs = out.errors.map(formatError);
    expect(msgs.find((m) => m.startsWith('partnerships.csv:2:'))).toMatch(/dates_source "krakow.pl" is not an http\(s\) address/);
    expect(msgs.find((m) => m.startsWith('partnerships.csv:3:'))).toMatch(/dates_source is given but the row has no date/);
    expect(msgs.find((m) => m.startsWith('partnerships.csv:4:'))).toMatch(/dates_source is the row's source/);
  });
});

describe('withPlainSpelling', () => {
  it("names a place as a source spells it without GeoNames' soft-sign apostrophes", () => {
    const truskavets = withPlainSpelling({ name: 'Truskavets’', aliases: ['Truskawiec', 'Truskavets'] });
    expect(truskavets).toEqual({ name: 'Truskavets', aliases: ['Truskavets’', 'Truskawiec'] });
    expect(withPlainSpelling({ name: 'Starobil’s’k', aliases: ['Starobilsk'] }).name).toBe('Starobilsk');
  });

  it('keeps a name whose apostrophe no source drops, or that has none', () => {
    const aquila = { name: "L'Aquila", aliases: ['Aquila'] };
    expect(withPlainSpelling(aquila)).toBe(aquila);
    const tskaltubo = { name: 'Ts’q’alt’ubo', aliases: ['Tskaltubo'] };
    expect(withPlainSpelling(tskaltubo)).toBe(tskaltubo);
    const lviv = { name: 'Lviv', aliases: ['Lwów'] };
    expect(withPlainSpelling(lviv)).toBe(lviv);
  });
});

describe('withDiacritics', () => {
  it("names a place as a source spells it with the diacritics GeoNames' name lacks", () => {
    expect(withDiacritics({ name: 'Silute', country: 'LT', aliases: ['Rejon Šilutė', 'Šilutė'] })).toEqual({ name: 'Šilutė', country: 'LT', aliases: ['Silute', 'Rejon Šilutė'] });
    expect(withDiacritics({ name: 'Telsiai', country: 'LT', aliases: ['Telsze', 'Telšiai'] }).name).toBe('Telšiai');
  });

  it('does not take a Polish spelling of a foreign name, nor German ß', () => {
    const uman = { name: 'Uman', country: 'UA', aliases: ['Humań', 'Umań'] };
    expect(withDiacritics(uman)).toBe(uman);
    const meissen = { name: 'Meissen', country: 'DE', aliases: ['Miśnia', 'Meißen'] };
    expect(withDiacritics(meissen)).toBe(meissen);
  });

  it('keeps the name when no source adds diacritics to it, and a Polish unit\'s name always', () => {
    const lviv = { name: 'Lviv', country: 'UA', aliases: ['Lwów'] };
    expect(withDiacritics(lviv)).toBe(lviv);
    const kovel = { name: 'Kovel', country: 'UA', aliases: ['Kowel'] };
    expect(withDiacritics(kovel)).toBe(kovel);
    const unit = { name: 'Gorzyce', country: 'PL', aliases: ['Górzyce'], teryt: '182002' };
    expect(withDiacritics(unit)).toBe(unit);
  });
});
