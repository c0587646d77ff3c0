import { describe, expect, it } from 'vitest';
import { en, pl } from '../../../src/i18n/messages';

// The app's footer and map attribution credit every source the data draws on (see the README's
// "Sources and credits"): GeoNames and OpenStreetMap under their licences' terms, the
// Wikipedia-derived list, the basemap's sources and TERYT.
describe('data credits shown in the app', () => {
  it.each([
    ['pl', pl.attribution],
    ['en', en.attribution],
  ])('%s names every data source with the licences that require it', (_lang, text) => {
    expect(text).toMatch(/GeoNames \(CC BY 4\.0\)/);
    expect(text).toMatch(/OpenStreetMap.*ODbL/);
    expect(text).toMatch(/Hekman\/twincities/);
    expect(text).toMatch(/Wikipedi/);
    expect(text).toMatch(/Natural Earth/);
    expect(text).toMatch(/PRG/);
    expect(text).toMatch(/TERYT/);
  });
});
