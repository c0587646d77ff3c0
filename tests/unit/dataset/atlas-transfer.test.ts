import { describe, expect, it } from 'vitest';
import { buildAtlasIndex, partnershipLines } from '../../../src/dataset/atlas-index';
import { packLines, unpackLines } from '../../../src/dataset/atlas-transfer';
import { excerptAtlas } from '../fixtures';

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
    const given = buildAtlasIndex(atlas, unpackLines(packLines(lines)));
    const computed = buildAtlasIndex(atlas);
    expect(given.lines).toEqual(computed.lines);
    expect(given.lines.length).toBe(atlas.partnerships.length);
    // Kraków → Nürnberg runs from Kraków's point to Nürnberg's.
    const i = atlas.partnerships.findIndex((p) => p.partnerName === 'Norymberga');
    const krakow = atlas.municipalities.find((m) => m.teryt === atlas.partnerships[i]!.municipality)!;
    expect(given.lines[i]![0]).toEqual([krakow.lng, krakow.lat]);
  });

  it('must match the partnerships one for one', () => {
    expect(() => buildAtlasIndex(atlas, lines.slice(1))).toThrow(/lines for/);
  });
});
