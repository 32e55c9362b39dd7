import { describe, expect, it } from 'vitest';
import { gridFromStrings } from '../../test/helpers/grid-from-strings.ts';
import { groupedLabels } from './row-groups.ts';
import { analyzeStructure } from './table-structure.ts';

/** 江苏省政协办公厅2019年预算公开表, 公开02表 收入预算总表, as pdftotext -layout prints it; the group labels span rows. */
const INCOME = gridFromStrings({
  title: '收入预算总表',
  headRows: 1,
  rows: [
    ['项目名称', '项目名称', '金额'],
    ['收入总计', '收入总计', '13,377.11'],
    ['一般公共预算资金', '小计', '13,297.11'],
    ['一般公共预算资金', '公共财政拨款(补助)资金', '13,297.11'],
    ['一般公共预算资金', '专项收入', ''],
    ['政府性基金', '小计', ''],
    ['其他资金', '小计', '80.00'],
    ['其他资金', '事业收入', ''],
    ['其他资金', '经营收入', ''],
    ['其他资金', '其他收入', '80.00'],
    ['上年结转和结余资金', '小计', ''],
    ['上年结转和结余资金', '其中：动用上年结转和结余资金', ''],
  ],
  spans: [
    { row: 0, col: 0, rowSpan: 1, colSpan: 2 },
    { row: 1, col: 0, rowSpan: 1, colSpan: 2 },
    { row: 2, col: 0, rowSpan: 3, colSpan: 1 },
    { row: 6, col: 0, rowSpan: 4, colSpan: 1 },
    { row: 10, col: 0, rowSpan: 2, colSpan: 1 },
  ],
});

describe('groupedLabels', () => {
  it('reads a spanning group label and the line beside it; a total spanning both columns is no group', () => {
    const groups = groupedLabels(INCOME, [0, 1], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(groups.has(1)).toBe(false);
    expect(groups.get(2)).toEqual({ key: '2:0', group: '一般公共预算资金', line: '小计' });
    expect(groups.get(4)).toEqual({ key: '2:0', group: '一般公共预算资金', line: '专项收入' });
    // A one-row group counts only with a 小计 line.
    expect(groups.get(5)).toEqual({ key: '5:0', group: '政府性基金', line: '小计' });
    expect(groups.get(9)?.key).toBe('6:0');
  });

  it('takes a group label repeated down the rows (no merged cell) as one group', () => {
    const grid = gridFromStrings({
      headRows: 1,
      rows: [
        ['项目', '', '金额'],
        ['其他资金', '小计', '80.00'],
        ['其他资金', '事业收入', '30.00'],
        ['其他资金', '其他收入', '50.00'],
      ],
    });
    expect([...groupedLabels(grid, [0, 1], [1, 2, 3]).values()].map((g) => g.key)).toEqual(['1:0', '1:0', '1:0']);
  });

  it('does not group a code column read as labels: one row per "group", no 小计', () => {
    const grid = gridFromStrings({
      headRows: 1,
      rows: [
        ['编号', '名称', '金额'],
        ['A1', '办公费', '10.00'],
        ['A2', '水费', '5.00'],
      ],
    });
    expect(groupedLabels(grid, [0, 1], [1, 2]).size).toBe(0);
  });
});

describe('analyzeStructure on a grouped income table', () => {
  it('makes each 小计 the subtotal of its group, and its lines parts of that 小计', () => {
    const [segment] = analyzeStructure(INCOME).segments;
    const byRow = new Map(segment.rows.map((r) => [r.row, r]));
    expect(byRow.get(1)?.role).toBe('total');
    expect(byRow.get(2)).toMatchObject({ role: 'subtotal', name: '小计', label: '一般公共预算资金 小计' });
    expect(byRow.get(3)).toMatchObject({ role: 'item', subtotalRow: 2 });
    expect(byRow.get(5)).toMatchObject({ role: 'subtotal' });
    expect(byRow.get(5)?.subtotalRow).toBeUndefined();
    expect(byRow.get(9)).toMatchObject({ role: 'item', subtotalRow: 6 });
    // 其中 stays a partial list of its 小计, not a line of the group.
    expect(byRow.get(11)).toMatchObject({ role: 'ofWhich', ofWhichParent: 10 });
    expect(byRow.get(11)?.subtotalRow).toBeUndefined();
  });
});
