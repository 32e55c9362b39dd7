/**
 * component-columns: in every row, a total column equals the sum of its component columns, as the header tree says
 * (lib/structure/column-tree.ts; budget-identities.md T2.1/T2.2, T3.1, T4.3, T5.1, T6.1, T7.1, T10.3, T11.1/T11.2).
 * Side-by-side lists (收支总表) are separate segments: a relation never crosses from one list into the other.
 *
 * How sure the rule is decides what a failure means. In a table of the standard set the header is the template's,
 * so a failing row is an error. Elsewhere the header is a guess — a 合计 column may sit beside 上年数 and 增减 columns,
 * or there may be no total-named column at all (then the guess is "the first column adds the others") — so the
 * table's own rows are the evidence: a relation that holds in most rows and fails in one is an error in that row;
 * one that fails everywhere was a wrong reading of the header (at most one info note, never an error).
 *
 * Fires: [002] 表6 总计 399.92 vs 人员经费 385.47 + 公用经费 14.44 = 399.91 (rounding note); [002] 表7 project
 * 30.00 vs 29.83 + 0.18 (rounding note); a typo'd 合计 cell (test/rules/component-columns.test.ts).
 * Silent: [000] 表5 201 353.26 = 353.26 + (blank).
 */
import { PauseEvery, ROWS_PER_PAUSE, type Steps } from '../steps.ts';
import { buildHeaderTree, type ColumnSumRelation, columnSumRelations } from '../structure/column-tree.ts';
import type { ColumnInfo, RowInfo, Segment } from '../structure/table-structure.ts';
import { columnLabel } from '../structure/table-structure.ts';
import { tableTitle } from './findings.ts';
import { rowLabelOf } from './row-label.ts';
import { type AnalyzedTable, type FindingDraft, type Rule, type RuleContext, segmentRule } from './rule.ts';
import { checkSumRelation, type SumRelation, untallied } from './sum-relation.ts';

export const componentColumns: Rule = segmentRule(
  'component-columns',
  '合计列等于各组成列之和 / Total columns equal the sum of their component columns',
  checkSegment,
);

/**
 * The measures a header may split every item into, as its lowest level: 财政拨款“三公”经费支出决算表 gives each item a
 * 预算数 and a 决算数 column (合计 › 预算数 | 决算数, 因公出国（境）费 › 预算数 | 决算数, …). Each measure is a table of
 * its own for the sums: the 合计's 决算数 is the sum of the items' 决算数.
 */
const MEASURE = /^(?:预算数|决算数|年初预算数|全年预算数|调整预算数|上年数|本年数|上年预算数|本年预算数)$/;

function byMeasure(columns: ColumnInfo[]): ColumnInfo[][] {
  if (columns.length < 4 || !columns.every((c) => c.path.length >= 2 && MEASURE.test(c.name))) return [columns];
  const groups = new Map<string, ColumnInfo[]>();
  for (const c of columns) {
    const path = c.path.slice(0, -1);
    const trimmed: ColumnInfo = { ...c, path, name: path[path.length - 1] ?? '' };
    groups.set(c.name, [...(groups.get(c.name) ?? []), trimmed]);
  }
  return groups.size >= 2 ? [...groups.values()] : [columns];
}

function* checkSegment(ctx: RuleContext, table: AnalyzedTable, segment: Segment): Steps<FindingDraft[]> {
  const all = table.structure.columns.filter((c) => segment.valueCols.includes(c.col));
  const findings: FindingDraft[] = [];
  for (const columns of byMeasure(all)) findings.push(...(yield* checkColumns(ctx, table, segment, columns)));
  return findings;
}

function* checkColumns(ctx: RuleContext, table: AnalyzedTable, segment: Segment, columns: ColumnInfo[]): Steps<FindingDraft[]> {
  const named = columnSumRelations(buildHeaderTree(columns));
  const certain = table.standard !== undefined;
  const rows = segment.rows.filter((r) => r.role !== 'blank');
  const findings: FindingDraft[] = [];
  const pause = new PauseEvery(ROWS_PER_PAUSE);
  if (named.length > 0) {
    for (const relation of named) {
      const relations = rowRelations(table, rows, relation, columns);
      if (certain) findings.push(...(yield* runAll(ctx, relations, pause)));
      else findings.push(...(yield* runOnEvidence(ctx, table, relations, 1, true, pause)));
    }
  } else if (!certain) {
    const guess = firstColumnAddsTheRest(columns);
    if (guess) {
      const relations = rowRelations(table, rows, guess, columns);
      findings.push(...(yield* runOnEvidence(ctx, table, relations, 2, false, pause)));
    }
  }
  return findings;
}

/** No total-named column: the usual layout puts the total first. At least two components, or it says nothing. */
function firstColumnAddsTheRest(columns: ColumnInfo[]): ColumnSumRelation | undefined {
  if (columns.length < 3) return undefined;
  return { total: columns[0].col, parts: columns.slice(1).map((c) => c.col), group: '' };
}

/** The relation in each row. Its names and labels are the same in every row: worked out once, not once per row. */
function rowRelations(table: AnalyzedTable, rows: RowInfo[], relation: ColumnSumRelation, columns: ColumnInfo[]): SumRelation[] {
  const nameOf = (col: number) => columns.find((c) => c.col === col)?.name || `第${col + 1}列`;
  const partNames = relation.parts.map(nameOf);
  const listed = partNames.length <= 4;
  const colLabel = columnLabel(table.grid, relation.total);
  const totalName: [string, string] = [nameOf(relation.total), nameOf(relation.total)];
  const partsName: [string, string] = listed
    ? [`${partNames.join('＋')}之和`, `the sum ${partNames.join(' + ')}`]
    : [`${partNames.length} 个组成列之和`, `the sum of its ${partNames.length} component columns`];
  return rows.map((row) => ({
    rule: componentColumns.id,
    table,
    total: { row: row.row, col: relation.total },
    parts: relation.parts.map((col) => ({ row: row.row, col })),
    rowLabel: rowLabelOf(row),
    colLabel,
    totalName,
    partsName,
  }));
}

function* runAll(ctx: RuleContext, relations: SumRelation[], pause: PauseEvery): Steps<FindingDraft[]> {
  const findings: FindingDraft[] = [];
  for (const rel of relations) {
    const { finding } = checkSumRelation(ctx, rel);
    if (finding) findings.push(finding);
    if (pause.due()) yield;
  }
  return findings;
}

/**
 * Checks a relation the header does not guarantee: only when at least `minHolding` rows bear it out and more rows
 * hold than fail. Otherwise the reading was wrong; a total-named relation gets one info note so the reader knows
 * the columns were not checked, a pure guess gets nothing.
 */
function* runOnEvidence(
  ctx: RuleContext,
  table: AnalyzedTable,
  relations: SumRelation[],
  minHolding: number,
  noteWhenRejected: boolean,
  pause: PauseEvery,
): Steps<FindingDraft[]> {
  const dry = untallied(ctx);
  let holds = 0;
  let fails = 0;
  for (const rel of relations) {
    const { verdict } = checkSumRelation(dry, rel);
    if (verdict === 'exact' || verdict === 'rounding') holds++;
    else if (verdict === 'mismatch') fails++;
    if (pause.due()) yield;
  }
  if (holds >= minHolding && holds > fails) return yield* runAll(ctx, relations, pause);
  if (!noteWhenRejected || fails === 0) return [];
  const first = relations[0];
  const total = first.colLabel ?? '';
  return [
    {
      rule: componentColumns.id,
      severity: 'info',
      kind: 'note',
      tableId: table.grid.id,
      tableTitle: tableTitle(table),
      colLabel: first.colLabel,
      message: `「${total}」列在多数行中不等于其余各列之和，可能不是它们的合计，未作核对`,
      messageEn: `The column "${total}" does not equal the sum of the other columns in most rows; it may not be their total, so it was not checked`,
      cells: [{ tableId: table.grid.id, row: first.total.row, col: first.total.col }],
    },
  ];
}
