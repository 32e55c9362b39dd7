import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../lib/rules/column-total.ts';
import { componentColumns } from '../../lib/rules/component-columns.ts';
import { unreadableNumber } from '../../lib/rules/unreadable-number.ts';
import { gridFromStrings } from '../helpers/grid-from-strings.ts';
import { expectedGrids, SEEDS } from '../helpers/seed-fixtures.ts';
import { runRules } from './run-rules.ts';

const grid = gridFromStrings({
  title: '一般公共预算支出情况表',
  headRows: 1,
  rows: [
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['201', '一般公共服务支出', '450.28', '353.26', '97.02'],
    ['208', '社会保障和就业支出', '4O.00', '40.00', ''],
    ['', '合计', '490.28', '393.26', '97.02'],
  ],
});

describe('unreadable-number', () => {
  it('warns about a cell that looks numeric but does not read ("4O.00" with a letter O), naming it', () => {
    const [finding, ...rest] = runRules([grid], [unreadableNumber]).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'unreadable-number',
      severity: 'warning',
      kind: 'unreadable',
      rowLabel: '208 社会保障和就业支出',
      colLabel: '合计',
      stated: '4O.00',
      cells: [{ tableId: 't0', row: 2, col: 2 }],
    });
    expect(finding.message).toBe('「208 社会保障和就业支出 / 合计」的数字「4O.00」无法识别，涉及此格的核对未能进行');
  });

  it('the sums that need the cell are tallied as missing, never passed and never compared with 0', () => {
    const report = runRules([grid], [columnTotal, componentColumns]);
    expect(report.findings).toEqual([]);
    // column-total: 合计 col needs 4O.00 → missing; 基本支出, 项目支出 pass (2).
    // component-columns: row 201 and 合计 pass (2); row 208 needs 4O.00 → missing.
    expect(report.tallies[0]).toMatchObject({ checks: 4, passed: 4, missing: 2 });
  });

  it('finds nothing in the seeds', () => {
    for (const seed of SEEDS) expect(runRules(expectedGrids(seed), [unreadableNumber]).findings).toEqual([]);
  });
});
