/**
 * list-parts: a numbered or 其中 list adds up to the line it belongs to (budget-identities.md T1.1 一、本年收入 =
 * Σ 1.–5.; T1.2 each source = Σ its 其中 lines; T1.3 二、上年结转结余 = 1. + 2., each = Σ its 其中 lines; T4.1
 * 一、财政拨款（补助） = 一般公共预算 + 政府性基金预算 + 国有资本经营预算; T10.2 （小计） = 购置费 + 运行费).
 *
 * Complete or partial: the templates of 收支总表, 财政拨款收支总表 and 三公 table list every part, so there a list that
 * does not add up is an error. Elsewhere "其中：" often names only the notable parts (其中：机关运行经费 …): a sum
 * above the whole is still an error, a sum below it only an info note.
 *
 * Nested lines (lib/structure/label-nesting.ts: 政府采购预算表's 大类 → 专项 → 采购物品, levels told apart only by the
 * label column they write in): no template says those are complete, and no marker says a deeper line is a part rather
 * than a remark. The table itself is the evidence (budget-identities.md: prefer evidence to guesses): a parent that is
 * not Σ its direct children is an error only when, in the same table, some other parent with a non-blank child
 * is Σ of them; when none is, the guess "deeper = part" is what failed, and the mismatch is an info note.
 *
 * Fires: a blank 一、本年收入 over filled sources; a 其中 list above its whole; a 专项 line ≠ Σ its 采购物品 lines.
 * Silent: every seed list.
 */

import type { StandardTable } from '../classify/standard-table.ts';
import { minOf } from '../extent.ts';
import { checkSum } from '../rounding.ts';
import { nestedLines } from '../structure/label-nesting.ts';
import { columnLabel, type RowInfo, type Segment, valueColOf } from '../structure/table-structure.ts';
import { readCell } from './cells.ts';
import { tableTitle } from './findings.ts';
import type { AnalyzedTable, FindingDraft, Rule, RuleContext } from './rule.ts';
import { checkSumRelation, type SumRelation, untallied } from './sum-relation.ts';

/** Templates whose lists are complete by construction. */
const COMPLETE_LISTS: ReadonlySet<StandardTable> = new Set(['T1', 'T4', 'T10']);

export const listParts: Rule = {
  id: 'list-parts',
  title: '分项列表之和等于所属项 / Numbered and 其中 lists add up to their line',
  run(ctx) {
    const findings: FindingDraft[] = [];
    for (const table of ctx.doc.tables) {
      if (table.grid.kind !== 'budget') continue;
      const complete = table.standard !== undefined && COMPLETE_LISTS.has(table.standard);
      const checks = table.structure.segments.flatMap((segment) =>
        listsOf(segment).flatMap((list) => segment.valueCols.map((col) => ({ list, col }))),
      );
      const evidence = nestingEvidence(ctx, table, checks);
      for (const check of checks) {
        const { list, col } = check;
        const finding =
          list.kind === 'nested' && !complete
            ? checkNested(ctx, table, check, evidence)
            : checkList(ctx, table, list, col, complete || list.kind === 'group');
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

interface ListCheck {
  list: PartList;
  col: number;
}

/**
 * The nested relations of a table that hold (exact or within rounding) with a non-blank child. A 专项 line equal to
 * its one 采购物品 line confirms the reading "a deeper line is a part of the line above" as well as a 大类 equal to
 * its three: 省人大办公厅2018预算公开.pdf has only single-line 专项, and a mistyped one went unreported before.
 */
function nestingEvidence(ctx: RuleContext, table: AnalyzedTable, checks: readonly ListCheck[]): Set<ListCheck> {
  const holding = new Set<ListCheck>();
  const dryRun = untallied(ctx);
  for (const check of checks) {
    if (check.list.kind !== 'nested') continue;
    const relation = relationOf(table, check.list, check.col);
    const filled = relation.parts.filter((p) => readCell(table.grid, p.row, p.col).state === 'number').length;
    if (filled < 1) continue;
    const { verdict } = checkSumRelation(dryRun, relation);
    if (verdict === 'exact' || verdict === 'rounding') holding.add(check);
  }
  return holding;
}

/** A parent against Σ its nested lines: an error if another nested relation of the table holds, else a note. */
function checkNested(
  ctx: RuleContext,
  table: AnalyzedTable,
  check: ListCheck,
  evidence: ReadonlySet<ListCheck>,
): FindingDraft | undefined {
  const relation = relationOf(table, check.list, check.col);
  const dry = checkSumRelation(untallied(ctx), relation);
  const corroborated = evidence.size > (evidence.has(check) ? 1 : 0);
  if (dry.verdict !== 'mismatch' || corroborated) return checkSumRelation(ctx, relation).finding;
  ctx.tally(table.grid.id, 'mismatch');
  return unprovenNote(table, relation, dry.finding);
}

interface PartList {
  whole: RowInfo;
  parts: RowInfo[];
  /**
   * 'group': a row group's 小计 over the group's other lines (lib/structure/row-groups.ts), complete by definition.
   * 'nested': a line over the lines written further right below it (lib/structure/label-nesting.ts).
   */
  kind: 'numbered' | 'ofWhich' | 'group' | 'nested';
}

const isLine = (r: RowInfo) => r.role === 'item' || r.role === 'subtotal';

/** The lists of a segment: each 一、 line over its 1./（一） lines (or its plain lines), each line over its 其中 lines. */
export function listsOf(segment: Segment): PartList[] {
  const rows = segment.rows;
  const lists: PartList[] = [];
  const nested = nestedLines(rows);
  const numberedWholes = new Set<number>();
  rows.forEach((row, i) => {
    if (row.marker !== 1 || !isLine(row)) return;
    const scope: RowInfo[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const r = rows[j];
      if (r.role === 'total' || r.marker === 1) break;
      scope.push(r);
    }
    // Coded rows below a numbered heading are a code hierarchy (hierarchy-sum, column-total), not this list.
    if (scope.some((r) => r.code)) return;
    const numbered = scope.filter((r) => isLine(r) && r.marker === 2);
    // 一、货物A over lines written further right: the nesting below says which of them are its own.
    if (numbered.length === 0 && nested.has(row.row)) return;
    const parts =
      numbered.length > 0
        ? numbered
        : shallowest(scope.filter((r) => isLine(r) && r.marker === undefined && r.subtotalRow === undefined));
    if (parts.length > 0) {
      lists.push({ whole: row, parts, kind: 'numbered' });
      numberedWholes.add(row.row);
    }
  });
  const byRow = new Map(rows.map((r) => [r.row, r]));
  for (const [parent, parts] of nested) {
    const whole = byRow.get(parent);
    if (whole && !numberedWholes.has(parent)) lists.push({ whole, parts, kind: 'nested' });
  }
  // One pass to group 其中 rows by their parent: a filter per row made 20,000-row tables quadratic.
  const ofWhichByParent = new Map<number, RowInfo[]>();
  for (const r of rows)
    if (r.role === 'ofWhich' && r.ofWhichParent !== undefined) {
      const group = ofWhichByParent.get(r.ofWhichParent);
      if (group) group.push(r);
      else ofWhichByParent.set(r.ofWhichParent, [r]);
    }
  for (const row of rows) {
    if (row.role === 'ofWhich' || row.role === 'blank' || row.role === 'total') continue;
    const parts = ofWhichByParent.get(row.row);
    if (parts) lists.push({ whole: row, parts, kind: 'ofWhich' });
  }
  const groupLines = new Map<number, RowInfo[]>();
  for (const r of rows)
    if (r.subtotalRow !== undefined) {
      const group = groupLines.get(r.subtotalRow);
      if (group) group.push(r);
      else groupLines.set(r.subtotalRow, [r]);
    }
  for (const row of rows) {
    const parts = groupLines.get(row.row);
    if (parts) lists.push({ whole: row, parts, kind: 'group' });
  }
  return lists;
}

/**
 * Unnumbered lines written in different label columns are different levels (政府采购预算表: 专项 | 经济科目 lines over
 * their 采购物品 lines): only the top level adds up to the numbered line.
 */
function shallowest(lines: RowInfo[]): RowInfo[] {
  const depths = lines.flatMap((r) => (r.labelDepth === undefined ? [] : [r.labelDepth]));
  if (depths.length < lines.length || depths.length === 0) return lines;
  const top = minOf(depths);
  return lines.filter((r) => r.labelDepth === top);
}

function relationOf(table: AnalyzedTable, list: PartList, col: number): SumRelation {
  return {
    rule: listParts.id,
    table,
    total: { row: list.whole.row, col: valueColOf(list.whole, col) },
    parts: list.parts.map((p) => ({ row: p.row, col: valueColOf(p, col) })),
    rowLabel: list.whole.label,
    colLabel: columnLabel(table.grid, col),
    totalName: [list.whole.name || list.whole.label, list.whole.name || list.whole.label],
    partsName:
      list.kind === 'ofWhich'
        ? ['其中各项之和', 'the sum of its 其中 lines']
        : list.kind === 'group'
          ? ['同组各项之和', 'the sum of the lines of its group']
          : list.kind === 'nested'
            ? ['其下各行之和', 'the sum of the lines below it']
            : ['所列各分项之和', 'the sum of its numbered lines'],
  };
}

function checkList(
  ctx: RuleContext,
  table: AnalyzedTable,
  list: PartList,
  col: number,
  complete: boolean,
): FindingDraft | undefined {
  if (complete) return checkSumRelation(ctx, relationOf(table, list, col)).finding;
  // A list that may be partial, whose end may be misread: structure continues a 其中 list over following unmarked
  // lines, and outside the templates nothing tells a continuation line from the next ordinary line. So keep the
  // longest run of parts that does not exceed the whole; only a first part that alone exceeds it is an error.
  let kept = 0;
  while (kept < list.parts.length && !exceedsWhole(table, relationOf(table, { ...list, parts: list.parts.slice(0, kept + 1) }, col)))
    kept++;
  const relation = relationOf(table, { ...list, parts: list.parts.slice(0, Math.max(kept, 1)) }, col);
  const dry = checkSumRelation(untallied(ctx), relation);
  if (kept === 0 || dry.verdict !== 'mismatch') return checkSumRelation(ctx, relation).finding;
  ctx.tally(table.grid.id, 'mismatch');
  return partialNote(table, relation, dry.finding);
}

/** Σ parts above the whole by more than rounding explains (a blank whole over non-zero parts counts as above). */
function exceedsWhole(table: AnalyzedTable, relation: SumRelation): boolean {
  const { grid } = table;
  const whole = readCell(grid, relation.total.row, relation.total.col);
  const amounts = relation.parts.flatMap((p) => {
    const cell = readCell(grid, p.row, p.col);
    return cell.state === 'number' ? [cell.amount] : [];
  });
  if (whole.state === 'unreadable') return false;
  if (whole.state === 'blank') return amounts.some((a) => !a.value.isZero());
  const check = checkSum(whole.amount, amounts, grid.precision);
  return check.verdict === 'mismatch' && check.diff.isNegative();
}

/** An info note on a relation that failed but may not be a relation: the parts are listed, the verdict withheld. */
function infoNote(
  table: AnalyzedTable,
  relation: SumRelation,
  mismatch: FindingDraft | undefined,
  text: (where: string, stated: string, expected: string, diff: string) => { zh: string; en: string },
): FindingDraft {
  const stated = mismatch?.stated ?? '';
  const expected = mismatch?.expected ?? '';
  const where = [relation.rowLabel, relation.colLabel].filter(Boolean).join(' / ');
  const { zh, en } = text(where, stated, expected, String(mismatch?.diff ?? ''));
  return {
    rule: listParts.id,
    severity: 'info',
    kind: 'note',
    tableId: table.grid.id,
    tableTitle: tableTitle(table),
    rowLabel: relation.rowLabel,
    colLabel: relation.colLabel,
    stated,
    expected,
    diff: mismatch?.diff,
    message: zh,
    messageEn: en,
    cells: mismatch?.cells ?? [],
  };
}

/** Σ parts < whole in a list that may be partial: say so, as information. */
function partialNote(table: AnalyzedTable, relation: SumRelation, mismatch: FindingDraft | undefined): FindingDraft {
  return infoNote(table, relation, mismatch, (where, stated, expected, diff) => ({
    zh: `「${where}」其中所列各项之和 ${expected} 小于 ${stated}（差 ${diff}），所列可能不全`,
    en: `[${where}] the listed parts add up to ${expected}, less than ${stated} (diff ${diff}): the list may be incomplete`,
  }));
}

/** Σ nested lines ≠ their parent, in a table where no other nesting adds up: the guess may be wrong, say so only. */
function unprovenNote(table: AnalyzedTable, relation: SumRelation, mismatch: FindingDraft | undefined): FindingDraft {
  return infoNote(table, relation, mismatch, (where, stated, expected, diff) => ({
    zh: `「${where}」其下各行之和 ${expected} 与 ${stated} 不符（差 ${diff}）；本表其他层级也无相加关系，其下各行未必是它的组成部分`,
    en: `[${where}] the lines below it add up to ${expected}, not ${stated} (diff ${diff}); no other level of this table adds up either, so they may not be its parts`,
  }));
}
