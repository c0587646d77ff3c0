import { fold } from '../../src/query/fold';

/**
 * A multilateral network of towns (the Douzelage, say) shows in a twin-town list as a clique:
 * each member is listed as the twin of every other. These helpers find Polish units whose list
 * partners are mostly twinned with each other, as candidates for `data/networks.csv`. A candidate
 * is a lead to check, not a decision: neighbouring towns of one region may share partners too.
 */

/** The list's pairs as a set of folded `a|b` keys, in both orders. */
export function twinnedNames(pairs: Iterable<readonly [string, string]>): Set<string> {
  const out = new Set<string>();
  for (const [a, b] of pairs) {
    const x = fold(a);
    const y = fold(b);
    out.add(`${x}|${y}`).add(`${y}|${x}`);
  }
  return out;
}

export type NetworkCandidate = { unit: string; partners: number; pairs: number; linked: number; share: number };

/**
 * For each unit with at least `minPartners` partners: how many of the pairs of its partners the
 * list twins with each other, and that share; those of at least `minShare`, highest first.
 */
export function networkCandidates(
  partnersByUnit: ReadonlyMap<string, readonly string[]>,
  twinned: ReadonlySet<string>,
  minPartners = 4,
  minShare = 0.5,
): NetworkCandidate[] {
  const out: NetworkCandidate[] = [];
  for (const [unit, names] of partnersByUnit) {
    const folded = [...new Set(names.map(fold))];
    if (folded.length < minPartners) continue;
    let pairs = 0;
    let linked = 0;
    for (let i = 0; i < folded.length; i++)
      for (let j = i + 1; j < folded.length; j++) {
        pairs++;
        if (twinned.has(`${folded[i]}|${folded[j]}`)) linked++;
      }
    const share = linked / pairs;
    if (share >= minShare) out.push({ unit, partners: folded.length, pairs, linked, share });
  }
  return out.sort((a, b) => b.share - a.share || b.partners - a.partners);
}
