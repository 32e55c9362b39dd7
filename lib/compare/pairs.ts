/**
 * Which documents to compare: the same unit in consecutive years (预算 with 预算, 决算 with 决算), and a 预算 with the
 * 决算 of the same year. Unit and year come from the documents (lib/documents/identity.ts); documents whose year
 * is unknown are not paired, since a wrong pair would make every figure a false mismatch.
 */
import { sameUnit } from '../documents/identity.ts';
import type { Relation } from './restated.ts';
import type { Side } from './side.ts';

export interface Pair {
  old: Side;
  new: Side;
  relation: Relation;
}

export function pairDocuments(olds: readonly Side[], news: readonly Side[]): Pair[] {
  const pairs: Pair[] = [];
  for (const neu of news)
    for (const old of olds) {
      if (old === neu || !sameUnit(old.identity.unit, neu.identity.unit)) continue;
      const [a, b] = [old.identity, neu.identity];
      if (a.year === undefined || b.year === undefined) continue;
      if (a.basis === b.basis && b.year === a.year + 1) pairs.push({ old, new: neu, relation: 'year' });
      else if (a.basis === 'budget' && b.basis === 'actual' && a.year === b.year) pairs.push({ old, new: neu, relation: 'budget' });
    }
  return pairs;
}
