import { describe, expect, it } from 'vitest';
import { AtlasLoadError, parseAtlas } from '../../../src/dataset/load-atlas';
import { excerptAtlas } from '../fixtures';

describe('parseAtlas', () => {
  it('accepts an atlas built by the pipeline', () => {
    expect(parseAtlas(JSON.parse(JSON.stringify(excerptAtlas()))).partnerships).toHaveLength(10);
  });

  it('rejects a corrupt file with a reason naming the field', () => {
    const bad = JSON.parse(JSON.stringify(excerptAtlas()));
    bad.partnerships[0].type = 'sister_city';
    expect(() => parseAtlas(bad)).toThrow(AtlasLoadError);
    expect(() => parseAtlas(bad)).toThrow(/partnerships\.0\.type/);
    expect(() => parseAtlas({})).toThrow(/invalid data file/);
    expect(() => parseAtlas(null)).toThrow(AtlasLoadError);
  });
});
