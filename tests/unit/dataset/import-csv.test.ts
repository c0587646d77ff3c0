import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAtlasIndex } from '../../../src/dataset/atlas-index';
import { toOpenDataCsv } from '../../../src/dataset/export';
import {
  IMPORT_CHUNK_ROWS, MAX_IMPORT_ROWS, MAX_NAME_LENGTH, parseUserCsv, parseUserCsvChunked, type ImportProgress, type ImportResult,
} from '../../../src/dataset/import-csv';
import { firstYear } from '../../../src/query/timeline';
import { excerptAtlas } from '../fixtures';

const index = buildAtlasIndex(excerptAtlas());
const MINIMAL = 'municipality,partner,country,type,year';
const parse = (text: string): ImportResult => parseUserCsv(text, index);
const errorsOf = (text: string): [number, string][] => parse(text).errors.map((e) => [e.line, e.reason]);
const lines = (...ls: string[]): string => ls.join('\n');

describe('parseUserCsv: the minimal format', () => {
  it('reads good rows: names folded or TERYT codes, known places by name or alias, type by id or label', () => {
    const r = parse(lines(
      MINIMAL,
      'krakow,Norymberga,de,twin city,1979',
      '126101,Lviv,UA,miasto partnerskie,',
      'Jelenia Góra,Bautzen,DE,,1993',
      ' JELENIA GÓRA , Międzyzdroje ,PL,partner_city,2009',
      'Kraków,Kartuzy,PL,Letter of intent,2001-05-17',
    ));
    expect(r.errors).toEqual([]);
    expect(r.format).toBe('minimal');
    expect(r.rows.map((x) => [x.line, x.municipality, x.partnerName, x.partnerCountry, x.partnerPlace, x.partnerTeryt, x.type, x.status, x.year])).toEqual([
      [2, '126101', 'Norymberga', 'DE', 'g2861650', null, 'twin_city', 'active', 1979],
      [3, '126101', 'Lviv', 'UA', 'g702550', null, 'partner_city', 'active', null],
      [4, '026101', 'Bautzen', 'DE', 'g2951881', null, 'unspecified', 'active', 1993],
      [5, '026101', 'Międzyzdroje', 'PL', 't320704', '320704', 'partner_city', 'active', 2009],
      // A Polish gmina that is nobody's partner in the atlas: placed at its own point.
      [6, '126101', 'Kartuzy', 'PL', null, '220502', 'letter_of_intent', 'active', 2001],
    ]);
    const nurnberg = r.rows[0]!;
    expect(nurnberg.municipalityName).toBe('Kraków');
    expect(nurnberg.municipalityPoint).toEqual([19.93658, 50.06143]);
    expect(nurnberg.partnerPoint).toEqual([11.07752, 49.45421]);
    expect(nurnberg.distanceKm).toBe(641.5); // as in the atlas
    expect(r.rows[2]!.distanceKm).toBe(96);
  });

  it('places unknown partners by their coordinates (decimal comma too) and reads ;-separated files', () => {
    const r = parse(lines(
      'Municipality;Partner;Country;Type;Year;Lat;Lon',
      'Łódź;Lyon;FR;;;45,75;4,85',
      '106101;"Stuttgart; Bad Cannstatt";de;friendly_city;1988;48.8;9.2',
    ));
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.partnerName, x.partnerPoint, x.partnerPlace])).toEqual([
      ['Lyon', [4.85, 45.75], null],
      ['Stuttgart; Bad Cannstatt', [9.2, 48.8], null],
    ]);
    expect(r.rows[0]!.distanceKm).toBeGreaterThan(1250); // Łódź – Lyon, about 1,260 km
    expect(r.rows[0]!.distanceKm).toBeLessThan(1280);
  });

  it('accepts TERYT codes that lost their leading zero or carry the 7th (kind) digit', () => {
    const r = parse(lines(MINIMAL, '26101,Bautzen,DE,,', '1261011,Kijów,UA,,', '1817,Boxberg,DE,,'));
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.municipalityName)).toEqual(['Jelenia Góra', 'Kraków', 'powiat sanocki']);
  });
});

describe('parseUserCsv: the open-data format', () => {
  it('reads back the app\'s own export', () => {
    const all = index.atlas.partnerships;
    const r = parse(toOpenDataCsv(index, all, new Map()));
    expect(r.format).toBe('open-data');
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(all.length);
    r.rows.forEach((row, i) => {
      const p = all[i]!;
      const place = index.places.get(p.place)!;
      expect(row.line).toBe(i + 2);
      expect([row.municipality, row.partnerName, row.partnerCountry, row.type, row.status]).toEqual([p.municipality, p.partnerName, place.country, p.type, p.status]);
      expect(row.partnerPoint).toEqual([place.lng, place.lat]);
      expect(row.partnerTeryt).toBe(place.teryt);
      expect(row.distanceKm).toBeCloseTo(p.distanceKm, 1);
      // The open data has `signed` only: a year known only from the start of cooperation is not in it.
      expect(row.year).toBe(p.signed.length > 0 ? firstYear(p) : null);
    });
    expect(r.rows.find((x) => x.partnerName === 'Vladimir')!.status).toBe('ended');
  });

  it('accepts a subset of the columns, in any order', () => {
    const r = parse(lines('partner_country,partner_name,municipality_name', 'UA,Kijów,Kraków', 'DE,Nürnberg,krakow'));
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.municipality, x.partnerPlace, x.type, x.year])).toEqual([
      ['126101', 'g703448', 'unspecified', null],
      ['126101', 'g2861650', 'unspecified', null],
    ]);
  });

  it('reports open-data values that do not fit, each on its line', () => {
    expect(errorsOf(lines(
      'municipality_teryt,municipality_name,partner_name,partner_country,partner_teryt,status,signed,type',
      '126101,Łódź,Kijów,UA,,,,',
      '126101,Kraków,Kijów,UA,,retired,,',
      '126101,,Kijów,UA,,,2001-13,',
      '126101,,Kijów,UA,,,,sister_city',
      ',,Kijów,UA,,,,',
      '026101,,Międzyzdroje,PL,999999,,,',
      '026101,,Jelenia Góra,PL,026101,,,',
    ))).toEqual([
      [2, 'municipality_teryt 126101 is Kraków, not "Łódź"'],
      [3, 'unknown status "retired": use active or ended'],
      [4, 'signed "2001-13" is not a year (4 digits, 1900–2100) or a date YYYY-MM-DD'],
      [5, 'unknown type "sister_city": use one of twin_city, honorary_twin_city, partner_city, friendly_city, cooperation_without_agreement, letter_of_intent, unspecified'],
      [6, 'municipality_teryt and municipality_name are both empty'],
      [7, 'unknown TERYT code "999999" in partner_teryt'],
      [8, 'Jelenia Góra cannot be its own partner'],
    ]);
  });

  it('needs a municipality column', () => {
    expect(errorsOf('partner_name,partner_country\nKijów,UA')).toEqual([[1, 'the open-data format needs a municipality_teryt or municipality_name column']]);
  });
});

describe('parseUserCsv: bad rows', () => {
  it('reports every kind of bad row with the line it starts on, and keeps the good ones', () => {
    const text = lines(
      MINIMAL, //                                     1
      'Kraków,"Nürnberg', //                          2  a quoted field over two lines
      '(Norymberga)",DE,,', //                        3
      'Kołobrzeg,Bautzen,DE,,', //                    4
      'Gdańsk,Bremen,DE,,', //                        5
      '999999,Bautzen,DE,,', //                       6
      '12345678,Bautzen,DE,,', //                     7
      'Kraków,Atlantis,XX,,', //                      8
      'Kraków,Bautzen,Germany,,', //                  9
      'Kraków,Bautzen,DE,sister,', //                 10
      'Kraków,Bautzen,DE,,93', //                     11
      'Kraków,,DE,,', //                              12
      ',Bautzen,DE,,', //                             13
      'Kraków,"Bau"tzen,DE,,', //                     14
      'Kraków,Bautzen,DE,,1993,Saxony', //            15
      'Kraków,Bautzen,DE,,1993', //                   16 good
      '', //                                          17 blank: skipped
      'krakow,bautzen,de,partner_city,', //           18 same pair again
      'Kraków,Kołobrzeg,PL,,', //                     19
      'Kraków,Kraków,PL,,', //                        20
      'Kraków,Boxberg,DE,,,', //                      21 good: an empty extra field is fine
    );
    expect(errorsOf(text)).toEqual([
      [2, 'unknown place "Nürnberg\\n(Norymberga)" (DE): give partner_lat and partner_lon'],
      [4, 'ambiguous municipality "Kołobrzeg": 320801 (Kołobrzeg, urban), 320804 (Kołobrzeg, rural); give the TERYT code'],
      [5, 'unknown municipality "Gdańsk": give the TERYT code'],
      [6, 'unknown TERYT code "999999" in municipality'],
      [7, 'municipality "12345678" is not a TERYT code (2, 4 or 6 digits)'],
      [8, 'unknown place "Atlantis" (XX): give partner_lat and partner_lon'],
      [9, 'country "Germany" is not an ISO 3166-1 alpha-2 code (e.g. DE, UA)'],
      [10, 'unknown type "sister": use one of twin_city, honorary_twin_city, partner_city, friendly_city, cooperation_without_agreement, letter_of_intent, unspecified'],
      [11, 'year "93" is not a year (4 digits, 1900–2100) or a date YYYY-MM-DD'],
      [12, 'partner is empty'],
      [13, 'municipality is empty'],
      [14, 'CSV syntax: text after a closing quote (quote the whole field and double the quotes inside it)'],
      [15, '6 fields, but the header has 5 (is a value with a comma not quoted?)'],
      [18, 'duplicate of line 16 (Kraków – bautzen)'],
      [19, 'ambiguous municipality "Kołobrzeg": 320801 (Kołobrzeg, urban), 320804 (Kołobrzeg, rural); give partner_lat and partner_lon'],
      [20, 'Kraków cannot be its own partner'],
    ]);
    expect(parse(text).rows.map((r) => [r.line, r.partnerName])).toEqual([[16, 'Bautzen'], [21, 'Boxberg']]);
  });

  it('checks coordinates', () => {
    expect(errorsOf(lines(
      'municipality,partner,country,partner_lat,partner_lon',
      'Kraków,Somewhere,FR,91,2',
      'Kraków,Somewhere,FR,45,-180.5',
      'Kraków,Somewhere,FR,45,',
      'Kraków,Somewhere,FR,north,2',
      'Kraków,Somewhere,FR,1e2,2',
      'Kraków,Somewhere,FR,-90,180',
    ))).toEqual([
      [2, 'partner latitude "91" is not a number of degrees between -90 and 90'],
      [3, 'partner longitude "-180.5" is not a number of degrees between -180 and 180'],
      [4, 'give both partner_lat and partner_lon, or neither'],
      [5, 'partner latitude "north" is not a number of degrees between -90 and 90'],
      [6, 'partner latitude "1e2" is not a number of degrees between -90 and 90'],
    ]);
  });

  it('counts lines the same with CRLF, a BOM, and line breaks inside quotes', () => {
    const rows = ['Kraków,"Kijów', '', 'Kyiv",UA,,', 'Kraków,Kijów,UA,,', 'Kraków,Lwów,"U', 'A",,'];
    for (const eol of ['\n', '\r\n']) {
      const r = parse(`\uFEFF${[MINIMAL, ...rows].join(eol)}${eol}`);
      expect(r.format).toBe('minimal');
      expect(r.errors.map((e) => e.line)).toEqual([2, 6]);
      expect(r.rows.map((x) => [x.line, x.partnerName])).toEqual([[5, 'Kijów']]);
      expect(r.errors[0]!.reason).toContain(eol === '\n' ? '"Kijów\\n\\nKyiv"' : '"Kijów\\r\\n\\r\\nKyiv"');
    }
  });

  it('reports an unterminated quote at the line it opens, keeping the rows before it', () => {
    expect(parse(lines(MINIMAL, 'Kraków,Kijów,UA,,', 'Kraków,"Lwów,UA,,', 'Kraków,Norymberga,DE,,')).rows).toHaveLength(1);
    expect(errorsOf(lines(MINIMAL, 'Kraków,Kijów,UA,,', 'Kraków,"Lwów,UA,,', 'Kraków,Norymberga,DE,,'))).toEqual([
      [3, 'CSV syntax: a quoted field is never closed (a " without its closing ")'],
    ]);
  });

  it('reports a file it cannot read as a whole at line 1', () => {
    expect(errorsOf('')).toEqual([[1, 'empty file: no header row']]);
    expect(errorsOf('\uFEFF\r\n\n  \n,,,\n')).toEqual([[1, 'empty file: no header row']]);
    expect(errorsOf('name,city\nKraków,Kijów')[0]![1]).toMatch(/^unrecognised header "name,city": expected/);
    expect(errorsOf('municipality,partner,country,country\nKraków,Kijów,UA,UA')).toEqual([[1, 'column "country" appears twice in the header']]);
    expect(errorsOf('"municipality,partner,country\nKraków')).toEqual([[1, 'CSV syntax: a quoted field is never closed (a " without its closing ")']]);
    expect(parse('\n\nmunicipality,partner,country\nKraków,Kijów,UA').rows[0]!.line).toBe(4);
  });
});

describe('parseUserCsv: hostile input', () => {
  it('keeps markup and formulas verbatim as data', () => {
    const xss = '<img src=x onerror=alert(1)>';
    const formula = '=HYPERLINK("http://example.com","x")';
    const r = parse(lines(
      'municipality,partner,country,lat,lon,__proto__,constructor',
      `Kraków,${xss},FR,48.85,2.35,{},x`,
      `Kraków,"${formula.replace(/"/g, '""')}",FR,48.86,2.35,,`,
      `${xss},Kijów,UA,,,,`,
    ));
    expect(r.rows.map((x) => x.partnerName)).toEqual([xss, formula]);
    expect(r.errors).toEqual([{ line: 4, reason: `unknown municipality ${JSON.stringify(xss)}: give the TERYT code` }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws: binary, 100,000 columns, a huge quoted field, control characters', () => {
    const binary = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(parse(binary).rows).toEqual([]);
    expect(parse(binary).errors.length).toBeGreaterThan(0);

    const wide = parse(`${'a,'.repeat(100_000)}\n1,2`);
    expect(wide.errors).toHaveLength(1);
    expect(wide.errors[0]!.reason.length).toBeLessThan(300); // the header is shown truncated

    const wideRow = parse(lines(MINIMAL, `Kraków,Kijów,UA,,${',x'.repeat(100_000)}`, 'Kraków,Lwów,UA,,'));
    expect(wideRow.errors).toEqual([{ line: 2, reason: '100005 fields, but the header has 5 (is a value with a comma not quoted?)' }]);
    expect(wideRow.rows.map((x) => x.line)).toEqual([3]);

    const huge = 'x'.repeat(5_000_000);
    const hugeRow = parse(lines(MINIMAL, `Kraków,"${huge}",UA,,`, `Kraków,"${'a\n'.repeat(50_000)}",UA,,`, 'Kraków,Lwów,UA,,'));
    expect(hugeRow.errors).toEqual([
      { line: 2, reason: `partner name is 5000000 characters long (at most ${MAX_NAME_LENGTH})` },
      { line: 3, reason: `partner name is 99999 characters long (at most ${MAX_NAME_LENGTH})` }, // trimmed: the last line break goes
    ]);
    expect(hugeRow.rows.map((x) => x.line)).toEqual([50_004]);
    expect(parse(lines(MINIMAL, `Kraków,"${'y'.repeat(MAX_NAME_LENGTH)}",UA,50,30`)).errors).toEqual([
      { line: 2, reason: `unknown place "${'y'.repeat(60)}…" (UA): give partner_lat and partner_lon` },
    ]);

    const control = parse(lines(MINIMAL, 'Kraków,Ki\u0000jów\u202e,UA,,'));
    expect(control.errors[0]!.reason).toBe('unknown place "Ki\\u0000jów\u202e" (UA): give partner_lat and partner_lon');
  });

  it('never throws and reports lines inside the file, for any text', () => {
    const piece = fc.constantFrom('Kraków', 'Kijów', 'UA', 'DE', '50.1', 'x', ',', ';', '"', '""', '\n', '\r\n', '\r', ' ', '\uFEFF', '\u0000', '<b>', '__proto__');
    fc.assert(
      fc.property(fc.boolean(), fc.array(piece, { maxLength: 60 }), (withHeader, parts) => {
        const text = (withHeader ? `${MINIMAL},lat,lon\n` : '') + parts.join('');
        const r = parse(text);
        const total = text.split(/\r\n|\n|\r/).length;
        for (const e of [...r.errors, ...r.rows]) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(total);
        }
        const ls = r.rows.map((x) => x.line);
        expect(ls).toEqual([...ls].sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
  });
});

describe('row limit', () => {
  it(`reads at most ${MAX_IMPORT_ROWS} rows and says where it stopped`, () => {
    const body = Array.from({ length: MAX_IMPORT_ROWS + 5 }, (_, i) => `126101,P${i},DE,,,50,${(i % 3600) / 20}`);
    const r = parse(['municipality,partner,country,type,year,lat,lon', ...body].join('\n'));
    expect(r.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(r.errors).toEqual([{ line: MAX_IMPORT_ROWS + 2, reason: `more than ${MAX_IMPORT_ROWS} rows: this row and the rest of the file are not imported` }]);
   }, 30_000);
});

describe('parseUserCsvChunked', () => {
  const text = [
    'municipality,partner,country,type,year,lat,lon',
    ...Array.from({ length: 20_000 }, (_, i) =>
      i % 1000 === 7 ? `Kołobrzeg,P${i},DE,,,50,10` : `${i % 2 ? 'Kraków' : '026101'},"P${i}${i % 500 === 0 ? '\nsecond line' : ''}",DE,twin_city,${1950 + (i % 70)},${(i % 160) - 80},${(i % 300) - 150}`),
  ].join('\r\n');

  it('gives the same result as parseUserCsv, reporting progress and yielding between chunks', async () => {
    let yielded = false;
    setTimeout(() => (yielded = true), 0);
    const progress: (ImportProgress & { yielded: boolean })[] = [];
    const r = await parseUserCsvChunked(text, index, (p) => progress.push({ ...p, yielded }));
    const sync = parseUserCsv(text, index);
    expect(r).toEqual(sync);
    expect(r.rows).toHaveLength(19_980);
    expect(r.errors).toHaveLength(20);
    expect(r.errors[0]!.line).toBe(10); // the 8th data row, after one two-line row
    expect(progress.length).toBeGreaterThanOrEqual(20_000 / IMPORT_CHUNK_ROWS);
    expect(progress[0]!.yielded).toBe(false); // the first chunk runs at once …
    expect(progress[1]!.yielded).toBe(true); // … and the event loop ran before the second
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]!.rows).toBeGreaterThanOrEqual(progress[i - 1]!.rows);
      expect(progress[i]!.fraction).toBeGreaterThanOrEqual(progress[i - 1]!.fraction);
    }
    expect(progress[progress.length - 1]).toMatchObject({ rows: 20_000, fraction: 1 });
   }, 30_000);

  it('stops when aborted, and never rejects on bad input', async () => {
    const ctrl = new AbortController();
    const reason = new Error('cancelled');
    await expect(parseUserCsvChunked(text, index, () => ctrl.abort(reason), ctrl.signal)).rejects.toBe(reason);
    await expect(parseUserCsvChunked('\u0000"', index)).resolves.toMatchObject({ rows: [], format: null });
  });
});
