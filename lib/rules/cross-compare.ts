/**
 * The shared core of the cross-table rules (budget-identities.md §3): two displays of one quantity in two tables agree
 * within 2h (§5.2). [R] relations fail as errors, [U] ones as warnings, template variants as info; a difference that
 * rounding explains is an info note. Missing tables or rows make a relation "not checkable", never an error.
 */
import { checkEqual, formatAmount } from '../rounding.ts';
import { cellRef, type Located, toWan } from '../tables/lookup.ts';
import { signed, tableTitle } from './findings.ts';
import type { FindingDraft, RuleContext } from './rule.ts';

export type CrossStrength = 'rule' | 'usual' | 'variant';

export interface CrossRelation {
  rule: string;
  /** Identity id and what it says, for people: "X.9 表5 基本支出合计 = 表6 合计". */
  id: string;
  a: Located | undefined;
  b: Located | undefined;
  strength?: CrossStrength;
  /** 'ge': a ≥ b is what must hold (X.11, X.12: 三公 covers more than 表6). */
  relation?: 'eq' | 'ge';
  /** Why a mismatch of a [U] / variant relation may be legitimate (Chinese, English). */
  why?: [string, string];
}

export function compareCells(ctx: RuleContext, rel: CrossRelation): FindingDraft | undefined {
  const { a, b } = rel;
  if (!a || !b) return undefined;
  if (a.blank && b.blank) return undefined; // vacuous (§2: a relation is checked only when one cell is non-empty)
  const av = toWan(a.amount, a.table.grid.unit?.name);
  const bv = toWan(b.amount, b.table.grid.unit?.name);
  const check = checkEqual(av, bv);
  const ge = rel.relation === 'ge';
  const holds = check.verdict !== 'mismatch' || (ge && check.diff.isPositive());
  const verdict = holds ? (check.verdict === 'mismatch' ? 'exact' : check.verdict) : 'mismatch';
  ctx.tally(a.table.grid.id, verdict);
  // A relation that only usually holds ([U], template variants) says nothing about the reading when it fails.
  if (holds || (rel.strength ?? 'rule') === 'rule') ctx.witness?.([a.table.grid.id, b.table.grid.id], verdict, [cellRef(a), cellRef(b)]);
  if (check.verdict === 'exact' || (ge && holds && check.verdict === 'mismatch')) return undefined;
  const d = Math.max(av.decimals, bv.decimals, 0);
  const as = formatAmount(av.value, d);
  const bs = formatAmount(bv.value, d);
  const diff = signed(check.diff, d);
  const strength = rel.strength ?? 'rule';
  const severity = check.verdict === 'rounding' ? 'info' : strength === 'rule' ? 'error' : strength === 'usual' ? 'warning' : 'info';
  const why = rel.why && check.verdict === 'mismatch' ? rel.why : undefined;
  const relZh = ge ? '应不小于' : '应等于';
  const relEn = ge ? 'should be at least' : 'should equal';
  return {
    rule: rel.rule,
    severity,
    kind: check.verdict === 'rounding' ? 'rounding' : 'mismatch',
    tableId: a.table.grid.id,
    tableTitle: tableTitle(a.table),
    stated: as,
    expected: bs,
    diff,
    message:
      check.verdict === 'rounding'
        ? `${a.where} ${as} 与${b.where} ${bs} 相差 ${diff}，在四舍五入误差（±${check.tolerance.toFixed()}）之内（${rel.id}）`
        : `${a.where} ${as} ${relZh}${b.where} ${bs}（差 ${diff}，${rel.id}）${why ? `；${why[0]}` : ''}`,
    messageEn:
      check.verdict === 'rounding'
        ? `${a.where} ${as} vs ${b.where} ${bs}: off by ${diff}, within rounding (${rel.id})`
        : `${a.where} ${as} ${relEn} ${b.where} ${bs} (diff ${diff}, ${rel.id})${why ? `; ${why[1]}` : ''}`,
    cells: [cellRef(a), cellRef(b)],
  };
}

export function collect(findings: (FindingDraft | undefined)[]): FindingDraft[] {
  return findings.filter((f): f is FindingDraft => f !== undefined);
}
