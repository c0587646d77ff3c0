import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA_COLUMNS } from '../../src/dataset/export';
import { partnerRows, useBrowser } from './harness';

const { open } = useBrowser();

describe('export', () => {
  it('downloads what is shown as CSV and GeoJSON that parse back, and the map as a PNG', async () => {
    const t = await open('?m=126101&c=DE,UA');
    const { page } = t;
    const rows = await partnerRows(page);
    expect(rows.length).toBe(5);

    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV', exact: true }).click()]);
    const csv = Papa.parse<Record<string, string>>(readFileSync((await csvDl.path())!, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.meta.fields).toEqual([...OPEN_DATA_COLUMNS]);
    expect(csv.data).toHaveLength(5);
    expect(new Set(csv.data.map((r) => r.partner_country))).toEqual(new Set(['DE', 'UA']));
    expect(csv.data.every((r) => r.municipality_teryt === '126101')).toBe(true);
    const nurnberg = csv.data.find((r) => r.partner_name === 'Norymberga')!;
    expect(Number(nurnberg.distance_km)).toBeCloseTo(rows.find((r) => r.name === 'Norymberga')!.km, -1);

    const [geoDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GeoJSON' }).click()]);
    const geo = JSON.parse(readFileSync((await geoDl.path())!, 'utf8')) as { type: string; features: { id: string; geometry: { type: string }; properties: { notes?: string | null } }[] };
    expect(geo.type).toBe('FeatureCollection');
    const lines = geo.features.filter((f) => f.geometry.type === 'LineString');
    expect(lines).toHaveLength(5);
    // Both files carry each partnership's notes, from the notes file the app loads on its own.
    const { notes } = JSON.parse(readFileSync('dist/data/notes.json', 'utf8')) as { notes: Record<string, string> };
    expect(lines.map((f) => f.properties.notes)).toEqual(lines.map((f) => notes[f.id] ?? null));
    expect(lines.some((f) => f.properties.notes)).toBe(true);
    expect(csv.data.map((r) => r.notes).filter(Boolean).sort()).toEqual(lines.map((f) => f.properties.notes).filter(Boolean).sort());
    expect(geo.features.filter((f) => f.geometry.type === 'Point').length).toBe(6); // Kraków and five partners

    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    const png = readFileSync((await pngDl.path())!);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(20_000);
    t.checkClean();
    await page.close();
  });
});
