/**
 * hierarchy-sum: 类 = Σ 款 and 款 = Σ 项 in every value column, by code prefix; in 项目支出表 a unit row = Σ its 类
 * rows and a 款 = Σ its project rows (one 项 code repeated per project). budget-identities.md T2.3, T3.2, T5.2, T6.2,
 * T7.2, T7.3; which rows form a group is lib/structure/code-hierarchy.ts.
 *
 * The 合计 row is column-total's: this rule never checks it, so no (cell, relation) is reported twice.
 *
 * Fires: [002] 表6 301 工资福利支出 328.27 vs Σ款 328.28 (rounding note, six such); a typo'd 项 row.
 * Silent: [004] 表6, whose missing 301 row leaves the 301xx rows to column-total.
 */
import { PauseEvery, type Steps } from '../steps.ts';
import { codeHierarchySteps, type RowSumGroup } from '../structure/code-hierarchy.ts';
import { columnLabel, type Segment, valueColOf } from '../structure/table-structure.ts';
import { rowLabelOf } from './row-label.ts';
import { type AnalyzedTable, type FindingDraft, type Rule, type RuleContext, segmentRule } from './rule.ts';
import { checkSumRelation } from './sum-relation.ts';

export const hierarchySum: Rule = segmentRule(
  'hierarchy-sum',
  '上级科目等于下级科目之和 / Each class and item equals the sum of its sub-items',
  checkSegment,
);

/** Groups checked between two pauses (a 10,000-row table has thousands). */
const GROUPS_PER_PAUSE = 100;

function* checkSegment(ctx: RuleContext, table: AnalyzedTable, segment: Segment): Steps<FindingDraft[]> {
  const findings: FindingDraft[] = [];
  const pause = new PauseEvery(GROUPS_PER_PAUSE);
  for (const group of yield* codeHierarchySteps(segment.rows)) {
    if (pause.due()) yield;
    const [totalName, partsName] = names(group);
    for (const col of segment.valueCols) {
      const outcome = checkSumRelation(ctx, {
        rule: hierarchySum.id,
        table,
        total: { row: group.parent.row, col: valueColOf(group.parent, col) },
        parts: group.children.map((c) => ({ row: c.row, col: valueColOf(c, col) })),
        rowLabel: rowLabelOf(group.parent),
        colLabel: columnLabel(table.grid, col),
        totalName,
        partsName,
      });
      if (outcome.finding) findings.push(outcome.finding);
    }
  }
  return findings;
}

const LEVEL_ZH = { 1: '类', 2: '款', 3: '项' } as const;
const LEVEL_EN = { 1: 'class', 2: 'item', 3: 'sub-item' } as const;

function names(group: RowSumGroup): [[string, string], [string, string]] {
  const code = group.parent.code;
  if (group.kind === 'unit' || !code)
    return [
      ['单位行', 'the unit row'],
      ['其下各类之和', 'the sum of its classes'],
    ];
  const childLevel = Math.min(code.level + 1, 3) as 1 | 2 | 3;
  const deeper = group.children.some((c) => c.code && c.code.level > childLevel);
  const partsZh = deeper ? '其下各科目之和' : `其下各${LEVEL_ZH[childLevel]}之和`;
  const partsEn = deeper ? 'the sum of its sub-rows' : `the sum of its ${LEVEL_EN[childLevel]} rows`;
  return [
    [`${LEVEL_ZH[code.level]} ${code.code}`, `${LEVEL_EN[code.level]} ${code.code}`],
    [partsZh, partsEn],
  ];
}
