import { describe, expect, it } from 'vitest';
import type { TableGrid } from '../../lib/model.ts';
import { columnTotal } from '../../lib/rules/column-total.ts';
import { gridFromStrings } from '../helpers/grid-from-strings.ts';
import { expectedGrids } from '../helpers/seed-fixtures.ts';
import { runRules } from './run-rules.ts';

const run = (grids: TableGrid[]) => runRules(grids, [columnTotal]);

describe('column-total', () => {
  it('stays silent on [000] whose totals all hold exactly', () => {
    const report = run(expectedGrids('000_d027ff157a76b55d'));
    expect(report.findings).toEqual([]);
    // 表1: 收入总计 = 一、+二、 and 支出总计 = Σ类 (one value column each side) → 2 checks.
    expect(report.tallies[0].checks).toBe(2);
  });

  it('[002]: 合计 vs Σ类 differs by 0.01 — rounding notes, never errors', () => {
    const report = run(expectedGrids('002_985e1de26a38a1db'));
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const t1 = report.findings.filter((f) => f.tableId === 't0');
    // 支出总计 524.92 vs 399.81 + 74.85 + 23.15 + 27.12 = 524.93 (seed-findings.md §4.4, first row)
    expect(t1).toHaveLength(1);
    expect(t1[0]).toMatchObject({ kind: 'rounding', stated: '524.92', expected: '524.93', diff: '-0.01' });
  });

  it('reports a typo of 0.10 in a 合计 cell as an error on that cell', () => {
    const grid = gridFromStrings({
      title: '一般公共预算支出情况表',
      headRows: 1,
      rows: [
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ['201', '一般公共服务支出', '450.28', '353.26', '97.02'],
        ['208', '社会保障和就业支出', '65.10', '65.10', ''],
        ['', '合计', '515.48', '418.36', '97.02'],
      ],
    });
    const report = run([grid]);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      stated: '515.48',
      expected: '515.38',
      diff: '+0.10',
      colLabel: '合计',
      cells: [
        { tableId: 't0', row: 3, col: 2 },
        { tableId: 't0', row: 1, col: 2 },
        { tableId: 't0', row: 2, col: 2 },
      ],
    });
    expect(report.findings[0].message).toBe('「合计 / 合计」合计 515.48 与各分项之和 515.38 不符（差 +0.10）');
  });

  it('a blank total over non-zero parts is a finding', () => {
    const grid = gridFromStrings({
      headRows: 1,
      rows: [
        ['项目', '金额'],
        ['因公出国（境）费', '4.90'],
        ['公务接待费', '9.50'],
        ['合计', ''],
      ],
    });
    const [finding] = run([grid]).findings;
    expect(finding).toMatchObject({ severity: 'error', stated: '', expected: '14.40' });
    expect(finding.message).toContain('（空白）');
  });
});
