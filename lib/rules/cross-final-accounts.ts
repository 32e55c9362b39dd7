/**
 * cross-final-accounts: the identities between the tables of a 决算 (lib/templates/catalogue.ts
 * FINAL_ACCOUNTS_IDENTITIES), checked like every cross-table relation: two displays of one quantity agree within 2h,
 * a quantity and the parts that make it within (n+1)h. A table the document lacks makes an identity uncheckable, never
 * an error; an identity whose cells are all blank is vacuous.
 *
 * Fires: a mistyped 本年收入合计 in 收入支出决算总表. Silent: both 上海市普陀区 决算 as published.
 */
import { checkSum, formatAmount } from '../rounding.ts';
import { cellRef, firstTable, type Located, lookup, toWan } from '../tables/lookup.ts';
import { type CellSpec, FINAL_ACCOUNTS_IDENTITIES, type TableIdentity } from '../templates/catalogue.ts';
import { compareCells } from './cross-compare.ts';
import { signed, tableTitle } from './findings.ts';
import type { DocumentModel, FindingDraft, Rule, RuleContext } from './rule.ts';

export const crossFinalAccounts: Rule = {
  id: 'cross-final-accounts',
  title: '决算表之间的对应关系 / Identities between the tables of final accounts',
  run(ctx) {
    const findings: FindingDraft[] = [];
    for (const identity of FINAL_ACCOUNTS_IDENTITIES) {
      const f = check(ctx, identity);
      if (f) findings.push(f);
    }
    return findings;
  },
};

const find = (doc: DocumentModel, spec: CellSpec): Located | undefined =>
  lookup(firstTable(doc, spec.table), spec.row, spec.col, spec.segment);

function check(ctx: RuleContext, identity: TableIdentity): FindingDraft | undefined {
  const a = find(ctx.doc, identity.a);
  if (!a) return undefined;
  if (!Array.isArray(identity.b))
    return compareCells(ctx, { rule: crossFinalAccounts.id, id: `${identity.id} ${identity.zh}`, a, b: find(ctx.doc, identity.b) });
  const parts = identity.b.map((spec) => find(ctx.doc, spec));
  if (parts.some((p) => p === undefined)) return undefined;
  const located = parts as Located[];
  if (a.blank && located.every((p) => p.blank)) return undefined;
  const total = toWan(a.amount, a.table.grid.unit?.name);
  const amounts = located.map((p) => toWan(p.amount, p.table.grid.unit?.name));
  const sum = checkSum(total, amounts);
  const cells = [cellRef(a), ...located.map(cellRef)];
  ctx.tally(a.table.grid.id, sum.verdict);
  ctx.witness?.([...new Set(cells.map((c) => c.tableId))], sum.verdict, cells);
  if (sum.verdict === 'exact') return undefined;
  const d = Math.max(total.decimals, ...amounts.map((x) => x.decimals), 0);
  const stated = formatAmount(total.value, d);
  const expected = formatAmount(sum.computed, d);
  const diff = signed(sum.diff, d);
  const partsWhere = located.map((p) => p.where).join(' + ');
  const rounding = sum.verdict === 'rounding';
  return {
    rule: crossFinalAccounts.id,
    severity: rounding ? 'info' : 'error',
    kind: rounding ? 'rounding' : 'mismatch',
    tableId: a.table.grid.id,
    tableTitle: tableTitle(a.table),
    stated,
    expected,
    diff,
    message: rounding
      ? `${a.where} ${stated} 与${partsWhere} ${expected} 相差 ${diff}，在四舍五入误差之内（${identity.id}）`
      : `${a.where} ${stated} 应等于${partsWhere}之和 ${expected}（差 ${diff}，${identity.id} ${identity.zh}）`,
    messageEn: rounding
      ? `${a.where} ${stated} vs ${partsWhere} ${expected}: off by ${diff}, within rounding (${identity.id})`
      : `${a.where} ${stated} should equal ${partsWhere} = ${expected} (diff ${diff}, ${identity.id}: ${identity.en})`,
    cells,
  };
}
