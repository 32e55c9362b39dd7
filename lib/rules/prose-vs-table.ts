/**
 * prose-vs-table: a prose amount that names a table quantity must equal it within 2h (budget-identities.md §4.2):
 * 收支总预算 = 表1 收入总计 (P.1), sources = 表1 rows (P.3), 基本/项目支出 = 表3 (all funds, 三) or 表5 (GP, 五),
 * 类/项 = 表5 rows (P.8, P.9), 人员/公用经费 = 表6 (P.10), 三公 = 表10 (P.13), 绩效 amounts = 表1/表7 (P.19, where
 * [002] states 599.92 for a 524.92 budget). 机关运行经费 = 表6 公用经费 only usually holds (X.16): a warning.
 * Before reporting, every other number of the candidate tables is tried, and the message says which one the stated
 * value matches.
 */
import { type Basis, TABLE_SPECS } from '../templates/catalogue.ts';
import { type AmountClaim, allClaims } from '../prose/claims.ts';
import { checkEqual, formatAmount } from '../rounding.ts';
import { cellRef, type Located, locate, toWan } from '../tables/lookup.ts';
import { readCell } from './cells.ts';
import { targetsFor } from './claim-targets.ts';
import { proseFinding } from './prose-finding.ts';
import type { AnalyzedTable, DocumentModel, FindingDraft, Rule, RuleContext } from './rule.ts';

export const proseVsTable: Rule = {
  id: 'prose-vs-table',
  title: '文中金额与表格一致 / Amounts in the text match the tables',
  run(ctx) {
    const findings: FindingDraft[] = [];
    for (const claim of allClaims(ctx.doc.raw, 'amount')) {
      // Last year's figure is not this year's cell; a 年初预算 figure of a 决算 is not its 决算数.
      if (!claim.key || claim.prior) continue;
      const f = checkClaim(ctx, claim);
      if (f) findings.push(f);
    }
    return findings;
  },
};

function checkClaim(ctx: RuleContext, claim: AmountClaim): FindingDraft | undefined {
  const target = targetsFor(claim.key!);
  if (!target) return undefined;
  const candidates = target.find
    .map((f) => f(ctx.doc))
    .filter((c): c is Located => c !== undefined && sameBasis(claim, c));
  if (candidates.length === 0) return undefined;
  const results = candidates.map((cell) => {
    const value = toWan(cell.amount, cell.table.grid.unit?.name);
    return { cell, value, check: checkEqual(claim.value, value) };
  });
  for (const r of results) ctx.tally(r.cell.table.grid.id, r.check.verdict);
  const best = results.find((r) => r.check.verdict === 'exact') ?? results.find((r) => r.check.verdict === 'rounding') ?? results[0];
  ctx.witness?.([], best.check.verdict, [cellRef(best.cell)], claim.numberRefs);
  const exact = results.find((r) => r.check.verdict === 'exact');
  if (exact) return undefined;
  const near = results.find((r) => r.check.verdict === 'rounding');
  const first = near ?? results[0];
  const { cell, value } = first;
  const tableShown = formatAmount(value.value, value.decimals);
  const stated = claim.value.shown;
  if (near) {
    return proseFinding({
      rule: proseVsTable.id,
      severity: 'info',
      kind: 'rounding',
      claim,
      stated,
      expected: tableShown,
      cells: [cellRef(cell)],
      tableId: cell.table.grid.id,
      message: `文中「${claim.subject}」${stated} 与${cell.where} ${tableShown} 相差在四舍五入范围内`,
      messageEn: `"${claim.subject}" ${stated} vs ${tableShown} in the table: within rounding`,
    });
  }
  const other = findElsewhere(ctx.doc, claim, cell.table);
  // The figure is the right one for the level above (款 or 类) of the line the label names: the label may name the
  // wrong level ("人大事务行政运行（项）10528.33" is 人大事务, the 款). Still worth a look, but not a wrong number. Another
  // line of the table that is no level of this one ("三公" stated as 公务接待费's figure) is not a reading of the label.
  const otherLevel = other !== undefined && isAncestor(other, cell);
  const hintZh = other ? `；该数与${other.where}一致${otherLevel ? '，可能是科目层级写错' : ''}` : '';
  const hintEn = other ? `; it matches ${other.where}${otherLevel ? ': the label may name the wrong level' : ''}` : '';
  return proseFinding({
    rule: proseVsTable.id,
    severity: target.usual || otherLevel ? 'warning' : 'error',
    kind: 'mismatch',
    claim,
    stated,
    expected: tableShown,
    diff: formatAmount(claim.value.value.minus(value.value), claim.value.decimals),
    cells: [cellRef(cell), ...(other ? [cellRef(other)] : [])],
    tableId: cell.table.grid.id,
    message: `文中「${claim.subject}」为 ${stated}，${cell.where}为 ${tableShown}${hintZh}${target.usual ? '（二者通常相等，但并非必然）' : ''}`,
    messageEn: `The text gives "${claim.subject}" as ${stated}; ${cell.where} shows ${tableShown}${hintEn}${target.usual ? ' (usually equal, not necessarily)' : ''}`,
  });
}

/** `a` is in the same table as `b`, on a row whose 科目编码 is a prefix of `b`'s. */
function isAncestor(a: Located, b: Located): boolean {
  if (a.table !== b.table) return false;
  const codeOf = (l: Located) => l.table.structure.segments.flatMap((s) => s.rows).find((r) => r.row === l.row)?.code?.code;
  const ca = codeOf(a);
  const cb = codeOf(b);
  return ca !== undefined && cb !== undefined && ca.length < cb.length && cb.startsWith(ca);
}

function sameBasis(claim: AmountClaim, cell: Located & { basis?: Basis }): boolean {
  const standard = cell.table.standard;
  return !claim.basis || !standard || (cell.basis ?? TABLE_SPECS[standard].basis) === claim.basis;
}

/** The stated value found anywhere in the budget tables: "say which cell the stated value actually matches". */
function findElsewhere(doc: DocumentModel, claim: AmountClaim, first: AnalyzedTable): Located | undefined {
  if (claim.value.value.isZero()) return undefined;
  // The table the claim was checked against first: a figure of the same table tells the most.
  for (const table of [first, ...doc.tables.filter((t) => t !== first)]) {
    const { grid } = table;
    if (grid.kind !== 'budget') continue;
    for (const seg of table.structure.segments)
      for (const r of seg.rows)
        for (const c of seg.valueCols) {
          // Every figure of every table is tried: the cell is described (locate) only once it matches.
          const read = readCell(grid, r.row, c);
          if (read.state !== 'number') continue;
          // "28" in a 2-decimal table stands for 28.00, as locate reads it.
          const amount = { value: read.amount.value, decimals: Math.max(read.amount.decimals, grid.precision) };
          if (checkEqual(claim.value, toWan(amount, grid.unit?.name)).verdict === 'exact') return locate(table, r.row, c, r.label);
        }
  }
  return undefined;
}
