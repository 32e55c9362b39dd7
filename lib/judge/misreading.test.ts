/**
 * Misreading signatures (misreading.ts) where two lists sit side by side: a 收支总表 has a row of each side on one
 * line, so a cell's row number alone does not say which list's row it is. The part's own list must be read.
 */
import { describe, expect, it } from 'vitest';
import { gridFromStrings } from '../../test/helpers/grid-from-strings.ts';
import type { FindingDraft } from '../rules/rule.ts';
import { analyzeStructure, rowInfoAt } from '../structure/table-structure.ts';
import { sumMisreading } from './misreading.ts';

/**
 * Income on the left, uncoded; spending on the right, coded. 支出合计 is printed 50.00, but its 类 add to
 * 60.00 + 40.00 = 100.00: exactly 2 × 50.00, which would look like two levels summed, except that the parts checked
 * here are the two 款 20101 and 20502 — one coded level, so the multiple is a coincidence, and the total is wrong.
 */
const OVERVIEW = gridFromStrings({
  title: '收支预算总表',
  headRows: 1,
  rows: [
    ['收入项目', '预算数', '科目编码', '支出项目', '预算数'],
    ['一般公共预算拨款', '100.00', '201', '一般公共服务支出', '60.00'],
    ['政府性基金', '0.00', '20101', '人大事务', '60.00'],
    ['', '', '205', '教育支出', '40.00'],
    ['', '', '20502', '普通教育', '40.00'],
    ['收入合计', '100.00', '', '支出合计', '50.00'],
  ],
});

const failedSum: FindingDraft = {
  rule: 'column-total',
  severity: 'error',
  kind: 'mismatch',
  stated: '50.00',
  expected: '100.00',
  message: '',
  messageEn: '',
  cells: [
    { tableId: OVERVIEW.id, row: 5, col: 4 },
    { tableId: OVERVIEW.id, row: 2, col: 4 },
    { tableId: OVERVIEW.id, row: 4, col: 4 },
  ],
};

describe('side-by-side lists', () => {
  const structure = analyzeStructure(OVERVIEW);

  it('find a cell’s row in its own list', () => {
    expect(structure.segments.map((s) => s.valueCols)).toEqual([[1], [4]]);
    // Row 2 is 政府性基金 (no code) on the left and 20101 人大事务 on the right.
    expect(rowInfoAt(structure, 2, 1)?.name).toBe('政府性基金');
    expect(rowInfoAt(structure, 2, 4)?.code?.code).toBe('20101');
  });

  it('do not make a one-level coincidence a misreading', () => {
    expect(sumMisreading(failedSum, OVERVIEW, structure)).toBeUndefined();
  });

  it('still call k × the total a misreading when the parts are of several levels', () => {
    // 201 (类) and its 20101 (款): 60.00 + 60.00 = 120.00 = 2 × 60.00 — the two levels were both taken as parts.
    const twoLevels: FindingDraft = {
      ...failedSum,
      stated: '60.00',
      expected: '120.00',
      cells: [failedSum.cells[0], { tableId: OVERVIEW.id, row: 1, col: 4 }, { tableId: OVERVIEW.id, row: 2, col: 4 }],
    };
    expect(sumMisreading(twoLevels, OVERVIEW, structure)?.en).toContain('2 × the total');
  });
});
