/**
 * prose-vs-table: a prose amount that names a table quantity must equal it within 2h (budget-identities.md §4.2):
 * 收支总预算 = 表1 收入总计 (P.1), sources = 表1 rows (P.3), 基本/项目支出 = 表3 (all funds, 三) or 表5 (GP, 五),
 * 类/项 = 表5 rows (P.8, P.9), 人员/公用经费 = 表6 (P.10), 三公 = 表10 (P.13), 绩效 amounts = 表1/表7 (P.19, where
 * [002] states 599.92 for a 524.92 budget). 机关运行经费 = 表6 公用经费 only usually holds (X.16): a warning.
 * Before reporting, every other number of the candidate tables is tried, and the message says which one the stated
 * value matches.
 */
import type { StandardTable } from '../classify/standard-table.ts';
import { type AmountClaim, allClaims } from '../prose/claims.ts';
import { checkEqual } from '../rounding.ts';
import type { RowInfo } from '../structure/table-structure.ts';
import { cellRef, firstTable, type Located, locate, lookup, toWan } from '../tables/lookup.ts';
import { canonicalLabel } from '../text.ts';
import { proseFinding } from './prose-finding.ts';
import type { DocumentModel, FindingDraft, Rule, RuleContext } from './rule.ts';

type Finder = (doc: DocumentModel) => Located | undefined;

const row = (std: StandardTable, name: Parameters<typeof lookup>[1], col?: RegExp, seg?: number): Finder => (doc) =>
  lookup(firstTable(doc, std), name, col, seg);

/** key → where the quantity sits, first candidate first; `usual` marks [U] relations. */
const TARGETS: Record<string, { find: Finder[]; usual?: boolean }> = {
  'total@all': { find: [row('T1', /^收入总计$/), row('T1', /^支出总计$/)] },
  'perf-overall': { find: [row('T1', /^收入总计$/)] },
  'fiscal-total': { find: [row('T4', /^收入总计$/)] },
  'gp-total': { find: [row('T1', /^一般公共预算拨款$/, undefined, 0), row('T5', 'total', /合计/), row('T4', /^支出总计$/, /一般公共预算/)] },
  'unit-funds': { find: [row('T1', /^单位资金$/, undefined, 0)] },
  'perf-nonfiscal-projects': { find: [row('T1', /^单位资金$/, undefined, 0)] },
  'special-account': { find: [row('T1', /^财政专户/, undefined, 0)] },
  fund: { find: [row('T1', /^政府性基金预算拨款$|^基金预算拨款$/, undefined, 0)] },
  soe: { find: [row('T1', /^国有资本经营预算拨款$/, undefined, 0)] },
  'basic@all': { find: [row('T3', 'total', /基本支出/)] },
  'project@all': { find: [row('T3', 'total', /项目支出/)] },
  'basic@gp': { find: [row('T5', 'total', /基本支出/), row('T6', 'total', /合计/)] },
  'project@gp': { find: [row('T5', 'total', /项目支出/)] },
  'perf-fiscal-projects': { find: [row('T5', 'total', /项目支出/), row('T7', 'total')] },
  personnel: { find: [row('T6', 'total', /人员经费/)] },
  'public-use': { find: [row('T6', 'total', /公用经费/)] },
  'admin-running': { find: [row('T6', 'total', /公用经费/)], usual: true },
  sangong: { find: [row('T10', 'total')] },
  'sangong-abroad': { find: [row('T10', /因公出国/)] },
  'sangong-purchase': { find: [row('T10', /购置费$/)] },
  'sangong-running': { find: [row('T10', /运行(?:维护)?费$/)] },
  'sangong-reception': { find: [row('T10', /公务接待/)] },
};

function targetsFor(key: string): { find: Finder[]; usual?: boolean } | undefined {
  if (key.startsWith('class:')) {
    const name = canonicalLabel(key.slice(6));
    const match = (r: RowInfo) => r.name === name && (r.code?.code.length ?? 3) === 3;
    return { find: [row('T5', match, /合计/), row('T4', match, /一般公共预算/)] };
  }
  if (key.startsWith('item:')) {
    const [kuan, name] = key.slice(5).split('/').map(canonicalLabel);
    return {
      find: [
        (doc) => {
          const t5 = firstTable(doc, 'T5');
          if (!t5) return undefined;
          for (const seg of t5.structure.segments) {
            const kuanRow = seg.rows.find((r) => r.code?.code.length === 5 && r.name === kuan);
            const item = seg.rows.find(
              (r) => r.name === name && r.code?.code.length === 7 && (!kuanRow || r.code.code.startsWith(kuanRow.code!.code)),
            );
            if (item) return lookup(t5, (r) => r.row === item.row, /合计/);
          }
          return undefined;
        },
      ],
    };
  }
  return TARGETS[key];
}

export const proseVsTable: Rule = {
  id: 'prose-vs-table',
  title: '文中金额与表格一致 / Amounts in the text match the tables',
  run(ctx) {
    const findings: FindingDraft[] = [];
    for (const claim of allClaims(ctx.doc.raw, 'amount')) {
      if (!claim.key) continue;
      const f = checkClaim(ctx, claim);
      if (f) findings.push(f);
    }
    return findings;
  },
};

function checkClaim(ctx: RuleContext, claim: AmountClaim): FindingDraft | undefined {
  const target = targetsFor(claim.key!);
  if (!target) return undefined;
  const candidates = target.find.map((f) => f(ctx.doc)).filter((c): c is Located => c !== undefined);
  if (candidates.length === 0) return undefined;
  const results = candidates.map((cell) => {
    const value = toWan(cell.amount, cell.table.grid.unit?.name);
    return { cell, value, check: checkEqual(claim.value, value) };
  });
  for (const r of results) ctx.tally(r.cell.table.grid.id, r.check.verdict);
  const exact = results.find((r) => r.check.verdict === 'exact');
  if (exact) return undefined;
  const near = results.find((r) => r.check.verdict === 'rounding');
  const first = near ?? results[0];
  const { cell, value } = first;
  const tableShown = value.value.toFixed(Math.max(value.decimals, 0));
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
  const other = findElsewhere(ctx.doc, claim);
  const hintZh = other ? `；该数与${other.where}一致` : '';
  const hintEn = other ? `; it matches ${other.where}` : '';
  return proseFinding({
    rule: proseVsTable.id,
    severity: target.usual ? 'warning' : 'error',
    kind: 'mismatch',
    claim,
    stated,
    expected: tableShown,
    diff: claim.value.value.minus(value.value).toFixed(Math.max(claim.value.decimals, 0)),
    cells: [cellRef(cell), ...(other ? [cellRef(other)] : [])],
    tableId: cell.table.grid.id,
    message: `文中「${claim.subject}」为 ${stated}，${cell.where}为 ${tableShown}${hintZh}${target.usual ? '（二者通常相等，但并非必然）' : ''}`,
    messageEn: `The text gives "${claim.subject}" as ${stated}; ${cell.where} shows ${tableShown}${hintEn}${target.usual ? ' (usually equal, not necessarily)' : ''}`,
  });
}

/** The stated value found anywhere in the budget tables: "say which cell the stated value actually matches". */
function findElsewhere(doc: DocumentModel, claim: AmountClaim): Located | undefined {
  if (claim.value.value.isZero()) return undefined;
  for (const table of doc.tables) {
    if (table.grid.kind !== 'budget') continue;
    for (const seg of table.structure.segments)
      for (const r of seg.rows)
        for (const c of seg.valueCols) {
          const cell = locate(table, r.row, c, r.label);
          if (!cell || cell.blank) continue;
          if (checkEqual(claim.value, toWan(cell.amount, table.grid.unit?.name)).verdict === 'exact') return cell;
        }
  }
  return undefined;
}
