import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../lib/rules/column-total.ts';
import { hierarchySum } from '../../lib/rules/hierarchy-sum.ts';
import { gridFromStrings } from '../helpers/grid-from-strings.ts';
import { expectedGrids } from '../helpers/seed-fixtures.ts';
import { runRules } from './run-rules.ts';

const run = (grids: Parameters<typeof runRules>[0]) => runRules(grids, [hierarchySum]);

const header = ['类', '款', '项', '科目名称', '合计', '基本支出', '项目支出'];

describe('hierarchy-sum', () => {
  it('fires when a 项 row is typo’d: 款 20103 ≠ Σ its 项 rows, in the one column that is off', () => {
    const grid = gridFromStrings({
      title: '一般公共预算支出情况表',
      headRows: 1,
      rows: [
        header,
        ['201', '', '', '一般公共服务支出', '353.26', '353.26', ''],
        ['201', '03', '', '政府办公厅（室）及相关机构事务', '353.26', '353.26', ''],
        ['201', '03', '01', '行政运行', '318.02', '317.92', ''],
        ['201', '03', '50', '事业运行', '35.34', '35.34', ''],
        ['', '', '', '合计', '353.26', '353.26', ''],
      ],
    });
    const report = run([grid]);
    expect(report.findings).toHaveLength(1);
    // 318.02 + 35.34 = 353.36 against 353.26: the 项 typo breaks 款 = Σ项 in 合计; 类 = Σ款 still holds.
    expect(report.findings[0]).toMatchObject({
      rule: 'hierarchy-sum',
      severity: 'error',
      rowLabel: '20103 政府办公厅（室）及相关机构事务',
      colLabel: '合计',
      stated: '353.26',
      expected: '353.36',
      diff: '-0.10',
      cells: [
        { tableId: 't0', row: 2, col: 4 },
        { tableId: 't0', row: 3, col: 4 },
        { tableId: 't0', row: 4, col: 4 },
      ],
    });
    expect(report.findings[0].message).toBe(
      '「20103 政府办公厅（室）及相关机构事务 / 合计」款 20103 353.26 与其下各项之和 353.36 不符（差 -0.10）',
    );
    // 类 201 and 款 20103, each in 合计 and 基本支出 (项目支出 is blank throughout: vacuous) → 4 checks.
    expect(report.tallies[0]).toMatchObject({ checks: 4, passed: 3 });
  });

  it('stays silent on the rounding case: [002] 表6 301 328.27 vs Σ款 328.28 is information only', () => {
    const report = run(expectedGrids('002_985e1de26a38a1db'));
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const first = report.findings[0];
    // 82.24 + 107.70 + 53.82 + 33.45 + 17.77 + 5.38 + 0.80 + 27.12 = 328.28; tolerance 9 × 0.005 = 0.045.
    expect(first).toMatchObject({ kind: 'rounding', stated: '328.27', expected: '328.28', diff: '-0.01' });
    expect(first.message).toContain('±0.045');
  });

  it('项目支出表: 项 codes repeat once per project and units repeat codes; each unit = Σ its 类 rows', () => {
    const grid = gridFromStrings({
      title: '一般公共预算项目支出情况表',
      headRows: 1,
      rows: [
        ['类', '款', '项', '科目名称', '项目名称', '项目支出合计', '商品和服务支出'],
        ['', '', '', '合计', '', '80.00', '80.00'],
        ['', '', '', '甲单位', '', '50.00', '50.00'],
        ['201', '', '', '一般公共服务支出', '', '50.00', '50.00'],
        ['201', '03', '', '政府办公厅（室）及相关机构事务', '', '50.00', '50.00'],
        ['201', '03', '99', '其他政府办公厅（室）及相关机构事务支出', '特定目标A', '20.00', '20.00'],
        ['201', '03', '99', '其他政府办公厅（室）及相关机构事务支出', '特定目标B', '30.00', '30.00'],
        ['', '', '', '乙单位', '', '30.00', '30.00'],
        ['201', '', '', '一般公共服务支出', '', '30.00', '30.00'],
        ['201', '03', '', '政府办公厅（室）及相关机构事务', '', '30.00', '30.00'],
        ['201', '03', '99', '其他政府办公厅（室）及相关机构事务支出', '特定目标C', '30.00', '30.00'],
      ],
    });
    const clean = run([grid]);
    expect(clean.findings).toEqual([]);
    // Per unit: unit = Σ类, 201 = Σ款, 20103 = Σ项 (two projects under 甲, one under 乙); 2 columns each → 12.
    expect(clean.tallies[0].checks).toBe(12);

    grid.rows[6][5] = { ...grid.rows[6][5], text: '31.00', value: parseNumber('31.00') };
    const broken = run([grid]).findings;
    // 甲's 20103 = 20.00 + 31.00 = 51.00 ≠ 50.00; 乙's rows with the same codes are not mixed in.
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ stated: '50.00', expected: '51.00', cells: [{ row: 4, col: 5 }, { row: 5 }, { row: 6 }] });
  });

  it('a missing 类 row ([004] 表6 has no 301): the 款 rows belong to no group here', () => {
    const report = run(expectedGrids('004_fcad36837894980a'));
    expect(report.findings).toEqual([]);
    // 表6: only 302 and 303 (合计 + one fee column each) → 4; the rest from 表2, 表5, 表7 — all exact.
    expect(report.tallies[4].checks).toBe(4);
  });
});

/**
 * Code columns as tables print them beyond the seeds: a dash where a row has no 款 or 项, and a 款 or 项 without its
 * leading zero (a spreadsheet keeps "03" typed as a number as 3). Read as codes, the 类, 款 and 项 rows nest and the
 * table adds up; read otherwise, every row became a 类 and the 合计 looked like half or a third of their sum.
 * 201: 20103 = 318.02 + 35.34 = 353.36; 208: 20805 = 53.32 + 118.43 = 171.75; 合计 353.36 + 171.75 = 525.11.
 */
describe('code columns with dashes and lost leading zeros', () => {
  const table = (dash: string, kuan: (code: string) => string, typo = false) =>
    gridFromStrings({
      title: '一般公共预算支出情况表',
      headRows: 1,
      rows: [
        ['类', '款', '项', '科目名称', '合计'],
        ['201', dash, dash, '一般公共服务支出', '353.36'],
        ['201', kuan('03'), dash, '政府办公厅（室）及相关机构事务', '353.36'],
        ['201', kuan('03'), kuan('01'), '行政运行', typo ? '318.20' : '318.02'],
        ['201', kuan('03'), kuan('50'), '事业运行', '35.34'],
        ['208', dash, dash, '社会保障和就业支出', '171.75'],
        ['208', kuan('05'), dash, '行政事业单位养老支出', '171.75'],
        ['208', kuan('05'), kuan('01'), '行政单位离退休', '53.32'],
        ['208', kuan('05'), kuan('05'), '机关事业单位基本养老保险缴费支出', '118.43'],
        [dash, dash, dash, '合计', '525.11'],
      ],
    });
  const noZero = (code: string) => String(Number(code));
  const errors = (grid: ReturnType<typeof table>) =>
    runRules([grid], [hierarchySum, columnTotal])
      .findings.filter((f) => f.severity === 'error')
      .map((f) => [f.rule, f.rowLabel, f.stated, f.expected]);

  it.each([
    ['-', (c: string) => c],
    ['—', (c: string) => c],
    ['', noZero],
    ['-', noZero],
  ])('adds up with "%s" for no level', (dash, kuan) => {
    expect(errors(table(dash, kuan))).toEqual([]);
  });
  it('still finds the typo, on its 款', () => {
    // 318.20 + 35.34 = 353.54 against 款 20103's 353.36.
    expect(errors(table('-', noZero, true))).toEqual([['hierarchy-sum', '20103 政府办公厅（室）及相关机构事务', '353.36', '353.54']]);
  });
});

function parseNumber(text: string) {
  return gridFromStrings({ headRows: 0, rows: [[text]] }).rows[0][0].value;
}
