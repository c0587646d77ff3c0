import type { AtlasIndex, PartnerView } from '../dataset/atlas-index';
import type { Teryt } from '../domain/ids';
import type { Selection } from '../state/url-state';
import { passesFilters, type Filters } from './filters';

const masks = new WeakMap<AtlasIndex, { filters: Filters; mask: boolean[] }[]>();

/**
 * Per partnership (in atlas order): does it pass the filters? Shared by the map and the lists.
 * Several components ask for the same mask after a change, so the last few are kept per index
 * (filters are immutable values: the same object means the same answer).
 */
export function visibleMask(index: AtlasIndex, filters: Filters): readonly boolean[] {
  const recent = masks.get(index) ?? [];
  const hit = recent.find((m) => m.filters === filters);
  if (hit) return hit.mask;
  const mask = computeMask(index, filters);
  masks.set(index, [{ filters, mask }, ...recent.slice(0, 3)]);
  return mask;
}

function computeMask(index: AtlasIndex, filters: Filters): boolean[] {
  return index.atlas.partnerships.map((p) => {
    const place = index.places.get(p.place)!;
    return passesFilters(p, place, index.municipalities.get(p.municipality)!, place.teryt ? index.municipalities.get(place.teryt) : undefined, filters);
  });
}

/** The partnerships of the selection: a municipality's (both sides) or a place's. */
export function selectedPartnerships(index: AtlasIndex, selection: Selection): PartnerView[] {
  if (!selection) return [];
  if (selection.kind === 'municipality') return index.partnersOf.get(selection.teryt) ?? [];
  return partnersOfPlace(index, selection.id);
}

/** Polish municipalities partnered with a place, nearest first, seen from the place. */
export function partnersOfPlace(index: AtlasIndex, id: string): PartnerView[] {
  const out: PartnerView[] = [];
  for (const p of index.atlas.partnerships) {
    if (p.place !== id) continue;
    const m = index.municipalities.get(p.municipality)!;
    out.push({ partnership: p, place: index.places.get(p.place)!, otherName: m.name, otherCountry: 'PL', otherPoint: [m.lng, m.lat], reverse: true, polishName: m.name });
  }
  return out.sort((a, b) => a.partnership.distanceKm - b.partnership.distanceKm);
}

/** Municipalities that have at least one partnership passing the filters (either side). */
export function visibleMunicipalities(index: AtlasIndex, mask: readonly boolean[]): Set<Teryt> {
  const out = new Set<Teryt>();
  index.atlas.partnerships.forEach((p, i) => {
    if (!mask[i]) return;
    out.add(p.municipality);
    const t = index.places.get(p.place)?.teryt;
    if (t) out.add(t);
  });
  return out;
}
