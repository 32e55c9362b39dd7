/**
 * column-total: a 合计/总计 row equals the sum of the top-level rows above or below it, in every value column
 * (budget-identities.md T1.4–T1.5, T2.4, T3.3, T4.4, T5.3, T6.3, T10.1; §5.2 for the tolerance).
 *
 * Top-level rows: in a coded list the 类 rows (or, where a 类 row is missing, its orphaned 款 rows — [004] 表6 has no
 * 301 row); in a numbered list the 一、 rows; otherwise every row that is not a 其中 part. Rows grouped under an
 * uncoded heading row inside a coded list (the unit rows of 项目支出表) are summed through that heading.
 *
 * Fires: [002] 表2/表3/表5 合计 vs Σ类 differ by 0.01 (rounding notes, never errors); a typo'd 合计 (test/rules).
 * Silent: [000] 表1 收入总计 515.38 = 一、本年收入 515.38 + 二、上年结转结余 (blank).
 */
import { ROWS_PER_PAUSE, type Steps } from '../steps.ts';
import { topCoded } from '../structure/code-hierarchy.ts';
import { columnLabel, type RowInfo, type Segment, valueColOf } from '../structure/table-structure.ts';
import { type AnalyzedTable, type FindingDraft, type Rule, type RuleContext, segmentRule } from './rule.ts';
import { checkSumRelation } from './sum-relation.ts';

export const columnTotal: Rule = segmentRule(
  'column-total',
  '合计行等于各分项之和 / Total rows equal the sum of their rows',
  checkSegment,
);

/** On a long list, a pause per column checked: a total over 10,000 rows is summed in every column. */
function* checkSegment(ctx: RuleContext, table: AnalyzedTable, segment: Segment): Steps<FindingDraft[]> {
  const findings: FindingDraft[] = [];
  const totals = segment.rows.filter((r) => r.role === 'total');
  if (totals.length === 0) return findings;
  // Several totals (本年收入合计 … 收入总计): each covers the rows since the previous total, plus that total.
  let previous: RowInfo | undefined;
  for (const total of totals) {
    const scope = totals.length === 1 ? segment.rows : rowsBetween(segment.rows, previous, total);
    const parts = topLevelRows(scope.filter((r) => r.role !== 'total'));
    if (previous && totals.length > 1) parts.unshift(previous);
    previous = total;
    if (parts.length === 0) continue;
    const big = scope.length >= ROWS_PER_PAUSE;
    for (const col of segment.valueCols) {
      if (big) yield;
      const outcome = checkSumRelation(ctx, {
        rule: columnTotal.id,
        table,
        total: { row: total.row, col: valueColOf(total, col) },
        parts: parts.map((p) => ({ row: p.row, col: valueColOf(p, col) })),
        rowLabel: total.label,
        colLabel: columnLabel(table.grid, col),
        totalName: [total.name || '合计', 'the total'],
        partsName: ['各分项之和', 'the sum of its rows'],
      });
      if (outcome.finding) findings.push(outcome.finding);
    }
  }
  return findings;
}

function rowsBetween(rows: RowInfo[], previous: RowInfo | undefined, total: RowInfo): RowInfo[] {
  const from = previous ? previous.row : -1;
  return rows.filter((r) => r.row > from && r.row < total.row);
}

/** The rows a total adds up. See the file comment. */
function topLevelRows(rows: RowInfo[]): RowInfo[] {
  // A line of a row group with a 小计 is counted through that 小计 (收入预算总表: 其他资金 › 小计 | 事业收入 | …).
  const candidates = rows.filter((r) => (r.role === 'item' || r.role === 'subtotal') && r.subtotalRow === undefined);
  const coded = candidates.filter((r) => r.code);
  if (coded.length > 0) {
    const headings = candidates.filter((r) => !r.code);
    // Uncoded rows before the coded ones group them (项目支出表: total › unit › 类 › 款 › 项).
    if (headings.length > 0 && headings[0].row < coded[0].row) return headings;
    return topCoded(coded);
  }
  const numbered = candidates.filter((r) => r.marker === 1);
  return numbered.length > 0 ? numbered : candidates;
}
