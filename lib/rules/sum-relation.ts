/**
 * The shared core of every "total = Σ parts" check: reads the cells, skips vacuous relations (all cells blank —
 * budget-identities.md §2: a relation is checked only when one of its cells is non-empty), refuses to guess when a
 * cell is unreadable, tallies the verdict and builds the finding.
 */
import type { Amount } from '../model.ts';
import { checkSum, ZERO } from '../rounding.ts';
import { readCell, ref } from './cells.ts';
import { type Strength, sumFinding } from './findings.ts';
import type { AnalyzedTable, FindingDraft, RuleContext } from './rule.ts';

export interface SumRelation {
  rule: string;
  table: AnalyzedTable;
  total: { row: number; col: number };
  parts: { row: number; col: number }[];
  rowLabel?: string;
  colLabel?: string;
  totalName: [string, string];
  partsName: [string, string];
  strength?: Strength;
}

export type SumOutcome = { finding?: FindingDraft; verdict: 'exact' | 'rounding' | 'mismatch' | 'vacuous' | 'unreadable' };

/** The same context with tallying off: a rule that weighs a table's evidence first tries its relations this way. */
export function untallied(ctx: RuleContext): RuleContext {
  return { doc: ctx.doc, tally() {} };
}

export function checkSumRelation(ctx: RuleContext, rel: SumRelation): SumOutcome {
  const { grid } = rel.table;
  const total = readCell(grid, rel.total.row, rel.total.col);
  const parts = rel.parts.map((p) => readCell(grid, p.row, p.col));
  if (total.state === 'unreadable' || parts.some((p) => p.state === 'unreadable')) {
    ctx.tally(grid.id, 'missing');
    return { verdict: 'unreadable' };
  }
  const partAmounts: Amount[] = [];
  for (const p of parts) if (p.state === 'number') partAmounts.push(p.amount);
  if (total.state === 'blank' && partAmounts.length === 0) return { verdict: 'vacuous' };
  const totalAmount: Pick<Amount, 'value' | 'decimals'> =
    total.state === 'number' ? total.amount : { value: ZERO, decimals: grid.precision };
  const check = checkSum(totalAmount, partAmounts, grid.precision);
  // Print with the table's precision, or more where a cell shows more ("3.505814"): a helper-built grid whose code
  // cells count as 0-decimal numbers must not print 353.26 as "353".
  let decimals = Math.max(grid.precision, totalAmount.decimals);
  for (const a of partAmounts) if (a.decimals > decimals) decimals = a.decimals;
  ctx.tally(grid.id, check.verdict);
  const cells = [ref(grid, rel.total.row, rel.total.col), ...rel.parts.map((p) => ref(grid, p.row, p.col))];
  ctx.witness?.([grid.id], check.verdict, cells);
  const finding = sumFinding({
    rule: rel.rule,
    table: rel.table,
    check,
    strength: rel.strength,
    rowLabel: rel.rowLabel,
    colLabel: rel.colLabel,
    cells,
    totalName: rel.totalName,
    partsName: rel.partsName,
    decimals,
    statedBlank: total.state === 'blank',
  });
  return { finding, verdict: check.verdict };
}
