/**
 * cross-fiscal (X.5, X.6): 表4's 财政拨款（补助） is this year's fiscal money — 表1 一般公共预算拨款 + 基金预算拨款 +
 * 国有资本经营预算拨款 (X.5), and 表2 合计 row, 财政拨款（补助）小计 (X.6).
 *
 * Template variant (budget-identities.md X.5): some 表4s fold last year's 财政拨款结转 into their one income line
 * (表4 = 本年 + 上年财政拨款结转) without a 结转 row. When the difference is exactly that carry-over, the tables are
 * consistent under that template: an info note saying so, never an error.
 */

import Decimal from 'decimal.js';
import { maxOf } from '../extent.ts';
import { checkEqual, formatAmount } from '../rounding.ts';
import type { RowInfo } from '../structure/table-structure.ts';
import { cellRef, firstTable, type Located, lookup, toWan } from '../tables/lookup.ts';
import { compareCells } from './cross-compare.ts';
import { hasMoney } from './cross-lookup.ts';
import { signed, tableTitle } from './findings.ts';
import type { FindingDraft, Rule, RuleContext } from './rule.ts';

const T4_FISCAL = /^财政拨款（补助）$|^财政拨款$|^财政拨款收入$|^本年收入$/;

/** 表1 income rows of this year, by source: the first row of each name (the second one sits under 财政拨款结转). */
const T1_SOURCES = [/^一般公共预算拨款(?:收入)?$/, /^(?:政府性)?基金预算拨款(?:收入)?$/, /^国有资本经营预算拨款(?:收入)?$/];

export const crossFiscal: Rule = {
  id: 'cross-fiscal',
  title: '财政拨款收支总表与收入表一致 / 表4 fiscal money matches 表1 and 表2',
  run(ctx) {
    const d = ctx.doc;
    const t1 = firstTable(d, 'T1');
    const t2 = firstTable(d, 'T2');
    const t4 = firstTable(d, 'T4');
    const fiscal = lookup(t4, T4_FISCAL, undefined, 0);
    if (!fiscal) return [];
    const out: (FindingDraft | undefined)[] = [];
    if (t1) {
      const parts = T1_SOURCES.map((name) => lookup(t1, (r: RowInfo) => r.role === 'item' && name.test(r.name), undefined, 0));
      const present = parts.filter((p): p is Located => p !== undefined);
      if (present.length > 0) {
        const thisYear = sumOf(present, '表1「一般公共预算拨款+基金预算拨款+国有资本经营预算拨款」');
        const carry = lookup(t1, /^财政拨款结转$/, undefined, 0);
        out.push(withVariant(ctx, 'X.5 表4 财政拨款（补助） = 表1 本年财政拨款', fiscal, thisYear, carry));
      }
    }
    if (t2) {
      const subtotal = lookup(t2, 'total', /财政拨款（补助）小计|财政拨款小计|财政拨款（补助）\/合计|^财政拨款（补助）$/);
      const carry = lookup(t2, 'total', /财政拨款结转$/);
      if (subtotal) out.push(withVariant(ctx, 'X.6 表4 财政拨款（补助） = 表2 财政拨款小计', fiscal, subtotal, carry));
    }
    return out.filter((f): f is FindingDraft => f !== undefined);
  },
};

/** A sum of located cells as one quantity, read in 万元; its cells are kept for the finding. */
function sumOf(parts: Located[], where: string): Located & { parts: Located[] } {
  const wan = parts.map((p) => toWan(p.amount, p.table.grid.unit?.name));
  const value = wan.reduce((s, a) => s.plus(a.value), new Decimal(0));
  const decimals = maxOf(wan.map((a) => a.decimals));
  // The sum stands in for its first part (一般公共预算拨款) where one cell is needed; all parts go into `cells`.
  return { ...parts[0], amount: { value, decimals }, blank: parts.every((p) => p.blank), where, parts };
}

/**
 * stated (表4) against expected; when that fails and stated = expected + 上年财政拨款结转, the template variant note
 * replaces the error.
 */
function withVariant(
  ctx: RuleContext,
  id: string,
  stated: Located,
  expected: Located & { parts?: Located[] },
  carry: Located | undefined,
): FindingDraft | undefined {
  const rule = crossFiscal.id;
  const a = toWan(stated.amount, stated.table.grid.unit?.name);
  const b = toWan(expected.amount, expected.table.grid.unit?.name);
  const plain = checkEqual(a, b);
  const extraCells = (expected.parts ?? []).slice(1).map(cellRef);
  if (plain.verdict === 'mismatch' && hasMoney(carry)) {
    const c = toWan(carry.amount, carry.table.grid.unit?.name);
    const withCarry = { value: b.value.plus(c.value), decimals: Math.max(b.decimals, c.decimals) };
    const variant = checkEqual(a, withCarry);
    if (variant.verdict !== 'mismatch') {
      ctx.tally(stated.table.grid.id, variant.verdict);
      const dp = Math.max(a.decimals, withCarry.decimals, 0);
      const show = (v: Decimal) => formatAmount(v, dp);
      return {
        rule,
        severity: 'info',
        kind: 'convention',
        tableId: stated.table.grid.id,
        tableTitle: tableTitle(stated.table),
        stated: show(a.value),
        expected: show(withCarry.value),
        diff: signed(variant.diff, dp),
        message:
          `${stated.where} ${show(a.value)} = ${expected.where} ${show(b.value)} + ${carry.where} ${show(c.value)}：` +
          `表4 把上年财政拨款结转并入了财政拨款（补助），属模板差异，不是错误（${id}）`,
        messageEn:
          `${stated.where} ${show(a.value)} = ${expected.where} ${show(b.value)} + ${carry.where} ${show(c.value)}: ` +
          `this 表4 template folds last year's fiscal carry-over into 财政拨款（补助） — a template variant, not an error (${id})`,
        cells: [cellRef(stated), cellRef(expected), ...extraCells, cellRef(carry)],
      };
    }
  }
  const finding = compareCells(ctx, { rule, id, a: stated, b: expected });
  if (finding) finding.cells.push(...extraCells);
  return finding;
}

