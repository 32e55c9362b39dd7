/**
 * What the checks said about each table: how many of the relations that read its cells hold (exactly or within
 * rounding) and how many fail, and the same for each pair of tables a cross-table relation joins. Rules record into
 * it through RuleContext.witness; the judge (judge.ts) reads it to tell a wrong number, which breaks one or two
 * relations of a table whose others hold, from a misreading, which breaks many at once or leaves nothing confirmed.
 */
import type { Verdict } from '../rounding.ts';

export interface Tally {
  holds: number;
  fails: number;
}

export class Evidence {
  private tables = new Map<string, Tally>();
  private pairs = new Map<string, Tally>();

  witness(tableIds: readonly string[], verdict: Verdict): void {
    const holds = verdict !== 'mismatch';
    const ids = [...new Set(tableIds)];
    for (const id of ids) add(this.tables, id, holds);
    if (ids.length === 2) add(this.pairs, pairKey(ids[0], ids[1]), holds);
  }

  table(id: string): Tally {
    return this.tables.get(id) ?? { holds: 0, fails: 0 };
  }

  pair(a: string, b: string): Tally {
    return this.pairs.get(pairKey(a, b)) ?? { holds: 0, fails: 0 };
  }
}

function add(map: Map<string, Tally>, key: string, holds: boolean): void {
  let tally = map.get(key);
  if (!tally) {
    tally = { holds: 0, fails: 0 };
    map.set(key, tally);
  }
  if (holds) tally.holds++;
  else tally.fails++;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
