import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Municipality } from '../../src/domain/atlas';
import { geodesicDistanceKm } from '../../src/geo/geodesic-distance';
import { fold } from '../../src/query/fold';
import type { Boundary } from './municipalities';

export type PolishMatch = { teryt: string; method: string; note: string };
export type PolishMiss = { reason: string; candidates: string[] };

const KIND_ORDER = ['urban', 'urban_rural', 'rural'] as const;

/**
 * Which Polish gmina (or powiat, voivodeship) a list's Polish name means. In order: the curated
 * table (data/polish-names.csv), "X (rural gmina)", "X (Y)" for a place or district inside gmina
 * Y, then the gmina named X: a town's name means its urban or urban-rural gmina before a rural
 * gmina of the same name (the lists are about towns). Several gminy of the same kind and name are
 * told apart only by the source's own geocoded point lying inside one of them; otherwise the name
 * goes to review. Never by population.
 */
export class PolishResolver {
  private readonly byName = new Map<string, Municipality[]>();
  private readonly boundaries: Map<string, Boundary>;

  constructor(
    gminy: readonly Municipality[],
    boundaries: readonly Boundary[],
    private readonly curated: ReadonlyMap<string, { teryt: string; note: string }>,
  ) {
    for (const m of gminy) {
      const k = fold(m.name);
      const list = this.byName.get(k);
      if (list) list.push(m);
      else this.byName.set(k, [m]);
    }
    this.boundaries = new Map(boundaries.map((b) => [b.properties.terc.slice(0, 6), b]));
  }

  resolve(name: string, point: [number, number] | null): PolishMatch | PolishMiss {
    const c = this.curated.get(fold(name));
    if (c) return { teryt: c.teryt, method: 'curated', note: c.note };

    const rural = /^(.+) \(rural gmina\)$/.exec(name);
    if (rural) {
      const ms = (this.byName.get(fold(rural[1]!)) ?? []).filter((m) => m.kind === 'rural');
      return this.pick(ms, point, 'rural gmina', name);
    }
    const inside = /^(.+) \((?:Gmina )?(.+)\)$/.exec(name);
    if (inside) {
      const container = inside[2] === 'Warsaw' ? 'Warszawa' : inside[2]!;
      const r = this.plain(container, point);
      if ('teryt' in r) return { ...r, method: `${r.method}, part`, note: `${inside[1]} is a place or district within gmina ${container}` };
      return r;
    }
    if (/ County$| Voivodeship$/.test(name)) return { reason: 'county or voivodeship: decide it in data/polish-names.csv', candidates: [] };
    return this.plain(name, point);
  }

  private plain(name: string, point: [number, number] | null): PolishMatch | PolishMiss {
    const all = this.byName.get(fold(name)) ?? [];
    if (all.length === 0) return { reason: 'no gmina of this name', candidates: [] };
    for (const kind of KIND_ORDER) {
      const ms = all.filter((m) => m.kind === kind);
      if (ms.length > 0) return this.pick(ms, point, kind === 'rural' ? 'rural gmina' : 'town', name);
    }
    return { reason: 'no gmina of this name', candidates: [] };
  }

  private pick(ms: Municipality[], point: [number, number] | null, what: string, name: string): PolishMatch | PolishMiss {
    const candidates = ms.map((m) => `${m.teryt} ${m.name} (${m.kind}, ${m.powiat})`);
    if (ms.length === 1) return { teryt: ms[0]!.teryt, method: ms[0]!.kind === 'rural' ? 'name, rural gmina' : `name, ${what}`, note: '' };
    if (ms.length === 0) return { reason: `no ${what} named ${name}`, candidates };
    if (point) {
      const hits = ms.filter((m) => {
        const b = this.boundaries.get(m.teryt);
        return b ? booleanPointInPolygon(point, b) : geodesicDistanceKm(point, [m.lng, m.lat]) < 10;
      });
      if (hits.length === 1) return { teryt: hits[0]!.teryt, method: 'name, source point inside gmina', note: `source's geocoded point ${point[1]},${point[0]} lies in it` };
    }
    return { reason: `${ms.length} gminy of this name and kind`, candidates };
  }
}
