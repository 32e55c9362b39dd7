/**
 * The signature of a wrong number: one cell off by δ breaks every relation it takes part in, each by δ, and nothing
 * else. Failures that all share a cell and are all off by the same amount (within the few hundredths their own
 * rounding adds) are explained by that cell being wrong — whatever else might be said about how the table was read.
 */
import Decimal from 'decimal.js';
import type { FindingDraft } from '../rules/rule.ts';

export function oneWrongCell(fs: readonly FindingDraft[]): boolean {
  let shared: Set<string> | undefined;
  for (const f of fs) {
    const cells = new Set(f.cells.map((c) => `${c.tableId}:${c.row}:${c.col}`));
    shared = shared ? new Set([...shared].filter((k) => cells.has(k))) : cells;
  }
  if (!shared || shared.size === 0) return false;
  const offsets: Decimal[] = [];
  for (const f of fs) {
    const d = absDiff(f);
    if (d === undefined) return false;
    offsets.push(d);
  }
  return Decimal.max(...offsets).minus(Decimal.min(...offsets)).lte(SLACK);
}

const SLACK = new Decimal('0.05');

function absDiff(f: FindingDraft): Decimal | undefined {
  if (!f.diff) return undefined;
  try {
    return new Decimal(f.diff.replace(/^\+/, '')).abs();
  } catch {
    return undefined;
  }
}
