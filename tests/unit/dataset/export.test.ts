import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildAtlasIndex } from '../../../src/dataset/atlas-index';
import { OPEN_DATA_COLUMNS, csvField, toGeoJson, toOpenDataCsv } from '../../../src/dataset/export';
import { geodesicDistanceKm } from '../../../src/geo/geodesic-distance';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toCsv } from '../../../scripts/lib/csv';
import type { Atlas } from '../../../src/domain/atlas';
import { excerptAtlas, excerptNotes } from '../fixtures';

const atlas = excerptAtlas();
const index = buildAtlasIndex(atlas);
const all = atlas.partnerships;
const notes = excerptNotes();
const parse = (csv: string): Papa.ParseResult<Record<string, string>> => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('toOpenDataCsv', () => {
  it('has exactly the open-data columns, in the published order', () => {
    // The published file (written by the pipeline with this very function) has the same header.
    const published = readFileSync(resolve(__dirname, '../../../public/data/partnerships.csv'), 'utf8').split('\n')[0];
    expect(published).toBe(OPEN_DATA_COLUMNS.join(','));
    const r = parse(toOpenDataCsv(index, all, notes));
    expect(r.errors).toEqual([]);
    expect(r.meta.fields).toEqual([...OPEN_DATA_COLUMNS]);
    expect(r.data).toHaveLength(10);
  });

  it('quotes exactly as an RFC 4180 writer (papaparse) does', () => {
    const csv = toOpenDataCsv(index, all, notes);
    expect(toCsv(OPEN_DATA_COLUMNS, parse(csv).data)).toBe(csv);
  });

  it('writes real values that parse back', () => {
    const rows = parse(toOpenDataCsv(index, all.filter((p) => p.municipality === '026101'), notes)).data;
    expect(rows).toHaveLength(7);
    const bautzen = rows.find((r) => r.partner_name === 'Bautzen')!;
    expect(bautzen).toMatchObject({
      municipality_teryt: '026101', municipality_name: 'Jelenia Góra', voivodeship: 'dolnośląskie',
      partner_place_name: 'Bautzen', partner_geonames_id: '2951881', partner_country: 'DE', partner_teryt: '',
      municipality_lat: '50.89973', municipality_lon: '15.72899', partner_lat: '51.18035', partner_lon: '14.43494',
      type: 'partner_city', type_as_written: 'Miasta Partnerskie', status: 'active', verification: 'official',
      signed: '1993-05-22', agreements: '1993-05-22;1994-04-15', ended: '', distance_km: '96',
      source: 'http://damiandrobyk.pl/miasta-partnerskie/', source_as_of: '2022',
    });
    expect(bautzen.fields!.split(';')).toContain('wymiana młodzieży');
    const vladimir = rows.find((r) => r.partner_name === 'Vladimir')!;
    expect([vladimir.status, vladimir.ended, vladimir.end_reason]).toEqual(['ended', '2022-03-03', 'Russian armed attack on Ukraine']);
    const mz = rows.find((r) => r.partner_name === 'Międzyzdroje')!;
    expect([mz.partner_teryt, mz.partner_geonames_id, mz.partner_country]).toEqual(['320704', '', 'PL']);
    expect(toOpenDataCsv(index, [], notes)).toBe(`${OPEN_DATA_COLUMNS.join(',')}\n`);
    // Every row's notes, verbatim.
    const byName = new Map(all.filter((p) => p.municipality === '026101').map((p) => [p.partnerName, notes.get(p.id) ?? '']));
    expect(rows.map((r) => r.notes)).toEqual(rows.map((r) => byName.get(r.partner_name!)));
    expect(rows.some((r) => r.notes !== '')).toBe(true);
  });

  it('quotes commas, quotes, line breaks and edge spaces (RFC 4180), and they parse back verbatim', () => {
    const tricky = ['Zgorzelec, "Görlitz"', 'line\r\nbreak', ' lead', 'trail ', '=1+1', '<img src=x onerror=alert(1)>'];
    const a: Atlas = JSON.parse(JSON.stringify(atlas));
    tricky.forEach((name, i) => (a.partnerships[i]!.partnerName = name));
    const csv = toOpenDataCsv(buildAtlasIndex(a), a.partnerships, notes);
    expect(toCsv(OPEN_DATA_COLUMNS, Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: 'greedy' }).data)).toBe(csv);
    expect(parse(csv).data.slice(0, tricky.length).map((r) => r.partner_name)).toEqual(tricky);
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField(8238.8)).toBe('8238.8');
  });
});

describe('toGeoJson', () => {
  it('has one point per municipality and partner place used and one line per partnership', () => {
    const fc = toGeoJson(index, all, notes);
    const kinds = fc.features.map((f) => f.properties!.kind as string);
    expect(kinds.filter((k) => k === 'municipality')).toHaveLength(2); // Jelenia Góra, Kraków
    expect(kinds.filter((k) => k === 'place')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'partnership')).toHaveLength(10);
    const ua = toGeoJson(index, all.filter((p) => p.place === 'g703448' || p.place === 'g702550'), notes);
    expect(ua.features.map((f) => f.id)).toEqual(['126101', 'g703448', 'g702550', '126101-g703448', '126101-g702550']);
    expect(toGeoJson(index, [], notes).features).toEqual([]);
  });

  it('starts and ends every line exactly on its two points, along the map\'s great circle', () => {
    const fc = toGeoJson(index, all, notes);
    expect(fc.features.some((f) => typeof f.properties?.notes === 'string' && f.properties.notes !== '')).toBe(true);
    const point = new Map(fc.features.filter((f) => f.geometry.type === 'Point').map((f) => [f.id, f.geometry.coordinates as number[]]));
    for (const f of fc.features) {
      if (f.geometry.type !== 'LineString') continue;
      const props = f.properties!;
      const c = f.geometry.coordinates;
      expect(c[0]).toEqual(point.get(props.municipality_teryt));
      expect(c[c.length - 1]).toEqual(point.get(props.place_id));
      expect(c).toHaveLength(index.lines[index.featureIndex.get(props.id)!]!.length);
      const ps = index.partnerships.get(props.id)!;
      expect(props).toMatchObject({ type: ps.type, status: ps.status, verification: ps.verification, source: ps.source });
      expect(props.notes).toBe(notes.get(ps.id) || null);
      expect(props.distance_km).toBeCloseTo(geodesicDistanceKm(c[0] as [number, number], c[c.length - 1] as [number, number]), 0);
    }
    const tequila = fc.features.find((f) => f.id === '026101-g3981885')!;
    expect(tequila.properties).toMatchObject({
      municipality_name: 'Jelenia Góra', partner_name: 'Tequila', partner_place_name: 'Tequila', partner_country: 'MX',
      distance_km: 10114.4, source: 'http://damiandrobyk.pl/miasta-partnerskie/', signed: '2001-03-17',
    });
  });

  it('keeps a line across the antimeridian continuous, its far end 360° from its place', () => {
    const a: Atlas = JSON.parse(JSON.stringify(atlas));
    const changzhou = a.places.find((p) => p.name === 'Changzhou')!;
    Object.assign(changzhou, { lng: -171.77, lat: -13.83 }); // moved to Apia, Samoa: east of 180° from Poland
    const ix = buildAtlasIndex(a);
    const line = toGeoJson(ix, a.partnerships.filter((p) => p.place === changzhou.id), notes).features.find((f) => f.geometry.type === 'LineString')!;
    const c = (line.geometry as { coordinates: number[][] }).coordinates;
    expect(c[c.length - 1]).toEqual([-171.77 + 360, -13.83]);
    expect(Math.max(...c.slice(1).map((p, i) => Math.abs(p[0]! - c[i]![0]!)))).toBeLessThan(180);
  });
});
