import { describe, expect, it } from 'vitest';
import { buildAtlasIndex, partnershipLines, searchKeys } from '../../../src/dataset/atlas-index';
import { search } from '../../../src/query/search';
import { packLines, unpackLines } from '../../../src/dataset/atlas-transfer';
import { excerptAtlas } from '../fixtures';
import { COARSE_STEP, coarseGeometry, geometryBuffers, lineGeometry, networkGeometry } from '../../../src/map/line-geometry';

describe('lines computed by the data worker', () => {
  const atlas = excerptAtlas();
  const lines = partnershipLines(atlas);

  it('cross to the main thread as two typed arrays and come back unchanged', () => {
    const packed = packLines(lines);
    expect(packed.offsets.length).toBe(lines.length + 1);
    expect(packed.coords.length).toBe(2 * lines.reduce((n, l) => n + l.length, 0));
    expect(unpackLines(packed)).toEqual(lines);
  });

  it('give the same index as lines computed on the spot', () => {
    const given = buildAtlasIndex(atlas, { lines: unpackLines(packLines(lines)) });
    const computed = buildAtlasIndex(atlas);
    expect(given.lines).toEqual(computed.lines);
    expect(given.lines.length).toBe(atlas.partnerships.length);
    // Kraków → Nürnberg runs from Kraków's point to Nürnberg's.
    const i = atlas.partnerships.findIndex((p) => p.partnerName === 'Norymberga');
    const krakow = atlas.municipalities.find((m) => m.teryt === atlas.partnerships[i]!.municipality)!;
    expect(given.lines[i]![0]).toEqual([krakow.lng, krakow.lat]);
  });

  it('must match the partnerships one for one', () => {
    expect(() => buildAtlasIndex(atlas, { lines: lines.slice(1) })).toThrow(/lines for/);
  });

  it('come with their drawing geometry, which crosses in six transferable buffers', () => {
    const network = networkGeometry(lines);
    expect(network.full).toEqual(lineGeometry(lines));
    expect(network.coarse).toEqual(coarseGeometry(network.full, COARSE_STEP));
    const buffers = geometryBuffers(network);
    expect(new Set(buffers).size).toBe(6); // a buffer listed twice would fail postMessage
    // What the worker posts arrives intact (structured clone with transfer, as postMessage does).
    const arrived = structuredClone(network, { transfer: buffers });
    expect(arrived.full.segmentCount).toBe(lineGeometry(lines).segmentCount);
    expect([...arrived.coarse.segments.subarray(0, 8)]).toEqual([...coarseGeometry(lineGeometry(lines), COARSE_STEP).segments.subarray(0, 8)]);
    expect(network.full.segments.length).toBe(0); // transferred, not copied
    const index = buildAtlasIndex(atlas, { lines, network: arrived });
    expect(index.network).toBe(arrived);
    expect(buildAtlasIndex(atlas).network).toBeUndefined();
    expect(() => buildAtlasIndex(atlas, { lines, network: networkGeometry(lines.slice(1)) })).toThrow(/geometry of/);
  });

  it('come with the search keys, folded in the worker, which index as keys folded on the spot', () => {
    const keys = structuredClone(searchKeys(atlas));
    const given = buildAtlasIndex(atlas, { searchKeys: keys });
    const computed = buildAtlasIndex(atlas);
    expect(given.searchIndex).toEqual(computed.searchIndex);
    expect(keys).toContain('krakow');
    expect(search(given.searchIndex, 'Krakow')[0]?.label).toBe('Kraków');
    expect(() => buildAtlasIndex(atlas, { searchKeys: keys.slice(1) })).toThrow(/search keys for/);
  });
});
