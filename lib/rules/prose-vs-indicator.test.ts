/**
 * prose-vs-indicator on small documents shaped like the seeds: [000]'s personnel sentence and its project table
 * 「2023 年单位实有资金结余」 (S000-OT-01), [004]'s 国有资产 sentence and its 单位整体绩效目标表 (S004-OT-01).
 */
import { describe, expect, it } from 'vitest';
import { gridFromStrings } from '../../test/helpers/grid-from-strings.ts';
import { classifyTable } from '../classify/standard-table.ts';
import { analyzeModel } from '../engine.ts';
import { analyzeStructure } from '../structure/table-structure.ts';
import { countIndicators, proseVsIndicator, quantitiesFor } from './prose-vs-indicator.ts';
import type { AnalyzedTable, DocumentModel } from './rule.ts';

/** [000] 机构人员情况, as printed. */
const PERSONNEL_000 = '克孜勒苏柯尔克孜自治州人民政府外事办公室编制数 16，实有人数 20 人，其中：在职 20 人，增加 1 人；退休 0 人，增加 0 人；离休 0 人，增加 0 人。';
/** [004] 国有资产占用情况, as printed. */
const VEHICLES_004 = '2. 车辆 11 辆，价值 429.13 万元；其中：一般公务用车 11 辆，价值 429.13 万元；执法执勤用车 0 辆，价值 0.00 万元；其他车辆 0 辆，价值 0.00 万元。';

const HEAD_PROJECT = ['一级指标', '二级指标', '三级指标', '指标值', '指标值设置依据', '上年完成值', '指标分值权重', '指标赋分规则', '佐证资料'];

/** [000]'s second project table, with its indicator rows replaced by `indicators` (三级指标, 指标值, 上年完成值). */
function projectTable(indicators: [string, string, string][], level2 = '数量指标', index = 1): AnalyzedTable {
  const grid = gridFromStrings({
    title: '项目支出绩效目标表',
    kind: 'performance',
    headRows: 0,
    index,
    rows: [
      ['预算单位', '预算单位', '克州人民政府外事办公室', '克州人民政府外事办公室', '克州人民政府外事办公室', '克州人民政府外事办公室', '克州人民政府外事办公室', '克州人民政府外事办公室', '克州人民政府外事办公室'],
      ['项目名称', '项目名称', '2023 年单位实有资金结余', '2023 年单位实有资金结余', '2023 年单位实有资金结余', '项目负责人', '项目负责人', '苟太阳', '苟太阳'],
      ['项目资金 (万元)', '项目资金 (万元)', '年度预算总额:', '7.01', '其中: 财政拨款', '7.01', '其他资金:', '0', '0'],
      HEAD_PROJECT,
      ...indicators.map(([name, value, last]) => ['产出指标', level2, name, value, '2023 年工作重点', last, '5', '工作内容', '']),
      ['产出指标', '质量指标', '资金保障率', '=100%', '2023 年工作重点', '=100%', '10', '工作内容', ''],
    ],
  });
  return { grid, structure: analyzeStructure(grid), standard: classifyTable(grid) };
}

/** [004]'s 单位整体绩效目标表 (no 上年完成值 column); `plain` leaves the spanned 一级/二级 cells blank below their first row. */
function overallTable(indicators: [string, string][], plain = false): AnalyzedTable {
  const grid = gridFromStrings({
    title: '单位整体绩效目标表',
    kind: 'performance',
    headRows: 0,
    index: 2,
    rows: [
      ['单位名称（盖章）', '中共克孜勒苏柯尔克孜自治州委员会办公室', '中共克孜勒苏柯尔克孜自治州委员会办公室', '中共克孜勒苏柯尔克孜自治州委员会办公室', '中共克孜勒苏柯尔克孜自治州委员会办公室', '中共克孜勒苏柯尔克孜自治州委员会办公室'],
      ['年度预算（万元）', '财政资金 （万元）', '本级安排', '1,526.00', '1,526.00', '1,526.00'],
      ['一级指标', '二级指标', '三级指标', '指标值', '指标设定依据', '分值权重'],
      ...indicators.map(([name, value], i) =>
        plain && i > 0 ? ['', '', name, value, '2024 年工作计划', '15'] : ['履职效能', '数量指标', name, value, '2024 年工作计划', '15'],
      ),
      ['社会效益', '社会效益指标', '确保政令传达安全通畅', '有效保障', '2024 年工作计划', '10'],
    ],
  });
  return { grid, structure: analyzeStructure(grid), standard: classifyTable(grid) };
}

function run(texts: string[], tables: AnalyzedTable[]) {
  const model: DocumentModel = {
    raw: { title: '', attachments: [], blocks: texts.map((text) => ({ kind: 'text' as const, text })) },
    tables,
  };
  return analyzeModel(model, { rules: [proseVsIndicator] });
}

describe('prose-vs-indicator: S000-OT-01, a headcount target swapped with last year', () => {
  const report = run(
    ['一、部门职责及机构设置情况', PERSONNEL_000],
    [projectTable([['保障单位实有干部职工人数', '=19 人', '=20 人']])],
  );

  it('one warning on the indicator: stated 19 人, expected 20 人, both cells and the sentence', () => {
    expect(report.findings).toHaveLength(1);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: 'prose-vs-indicator',
      severity: 'warning',
      kind: 'mismatch',
      stated: '19人',
      expected: '20人',
      diff: '-1',
      tableId: 't1',
      rowLabel: '保障单位实有干部职工人数',
      colLabel: '指标值',
      quote: PERSONNEL_000,
      textRefs: [{ block: 1, start: 0, end: PERSONNEL_000.length }],
    });
    // 指标值 (row 4, col 3) first, then 上年完成值 (col 5).
    expect(f.cells).toEqual([
      { tableId: 't1', row: 4, col: 3 },
      { tableId: 't1', row: 4, col: 5 },
    ]);
  });

  it('says the two look swapped: 在职 20 人, 增加 1 人 puts last year at 19, the table has 20', () => {
    const [f] = report.findings;
    expect(f.message).toContain('「保障单位实有干部职工人数」为 19 人');
    expect(f.message).toContain('「实有人数」20 人');
    expect(f.message).toContain('上年完成值为 20 人');
    expect(f.message).toContain('即上年为 19 人');
    expect(f.message).toContain('疑似填反');
    expect(f.messageEn).toContain('look swapped');
    expect(f.messageEn).toContain('puts last year at 19');
  });

  it('counts the check on the table as a warning', () => {
    expect(report.tallies.find((t) => t.tableId === 't1')).toMatchObject({ checks: 1, passed: 0, warnings: 1 });
  });

  it('a plain mismatch (25 against 20, last year 24) warns without calling it swapped', () => {
    const [f] = run([PERSONNEL_000], [projectTable([['保障单位实有干部职工人数', '=25 人', '=24 人']])]).findings;
    expect(f).toMatchObject({ severity: 'warning', stated: '25人', expected: '20人', diff: '5' });
    expect(f.message).not.toContain('填反');
  });
});

describe('prose-vs-indicator: S004-OT-01, official cars', () => {
  const indicators: [string, string][] = [
    ['发放工资月平均人数（人）', '=59 人'],
    ['保障单位公务用车数量', '=18 辆'],
    ['全年接待批次（批次）', '>=140 批次'],
  ];

  it('18 辆 in the table, 11 辆 in the text: a warning that names both and hedges (cars serviced, not owned)', () => {
    const findings = run(['五、其他重要事项的情况说明', VEHICLES_004], [overallTable(indicators)]).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      stated: '18辆',
      expected: '11辆',
      diff: '7',
      rowLabel: '保障单位公务用车数量',
      quote: VEHICLES_004,
      cells: [{ tableId: 't2', row: 4, col: 3 }],
    });
    expect(findings[0].message).toContain('为 18 辆，文中为「车辆」11 辆、「一般公务用车」11 辆');
    expect(findings[0].message).toContain('保障但不占有');
    expect(findings[0].messageEn).toContain('does not own');
  });

  it('the plain page style (一级/二级 printed once, blank below) still finds the 数量指标 row', () => {
    const findings = run([VEHICLES_004], [overallTable(indicators, true)]).findings;
    expect(findings.map((f) => [f.stated, f.expected])).toEqual([['18辆', '11辆']]);
  });

  it('Jiangsu wording "本部门共有车辆 127 辆" against a 车辆数 of 120', () => {
    const findings = run(['本部门共有车辆127辆，其中，一般公务用车127辆。'], [overallTable([['车辆数量（辆）', '=120 辆']])]).findings;
    expect(findings.map((f) => [f.stated, f.expected])).toEqual([['120辆', '127辆']]);
  });

  it('a 编制 indicator is checked against the 编制数', () => {
    const findings = run([PERSONNEL_000], [overallTable([['核定编制人数（人）', '=18 人']])]).findings;
    expect(findings.map((f) => [f.stated, f.expected])).toEqual([['18人', '16人']]);
  });
});

describe('prose-vs-indicator stays silent', () => {
  const silent = (texts: string[], tables: AnalyzedTable[]) => run(texts, tables).findings;

  it('the same numbers: 11 辆 and 11 辆, 实有 20 and 20 (and the check is tallied as passed)', () => {
    const report = run([VEHICLES_004], [overallTable([['保障单位公务用车数量', '=11 辆']])]);
    expect(report.findings).toEqual([]);
    expect(report.tallies.find((t) => t.tableId === 't2')).toMatchObject({ checks: 1, passed: 1 });
    expect(silent([PERSONNEL_000], [projectTable([['保障单位实有干部职工人数', '=20 人', '=19 人']])])).toEqual([]);
  });

  it('≥ / ≤ targets are floors and caps, not counts', () => {
    expect(silent([VEHICLES_004], [overallTable([['保障单位公务用车数量', '≥18 辆'], ['公务用车数量', '<=18 辆']])])).toEqual([]);
    expect(silent([PERSONNEL_000], [projectTable([['保障单位实有干部职工人数', '> =25 人', '=20 人']])])).toEqual([]);
  });

  it('编制数 vs 实有: an 实有 indicator is never held against the 编制数 (in-service staff may exceed it)', () => {
    // The text states only the 编制 (16); 20 实有 staff is not a contradiction of it.
    expect(silent(['…办公室编制数 16。'], [projectTable([['保障单位实有干部职工人数', '=20 人', '=20 人']])])).toEqual([]);
    // And an ambiguous 实有编制人数 is compared with nothing.
    expect(silent([PERSONNEL_000], [overallTable([['实有编制人数（人）', '=30 人']])])).toEqual([]);
  });

  it('different units: 人次 is attendance, 台 is not 辆; 人 is never held against 辆', () => {
    expect(silent([PERSONNEL_000], [projectTable([['保障单位实有干部职工人数', '=25 人次', '=24 人次']])])).toEqual([]);
    expect(silent([VEHICLES_004], [overallTable([['保障单位公务用车数量', '=18 台']])])).toEqual([]);
    expect(silent([VEHICLES_004], [overallTable([['保障公务用车驾驶人数（人）', '=18 人']])])).toEqual([]);
  });

  it('indicators about something else: 培训人数, 接待人次, 慰问人数, 参与人数, 购置车辆', () => {
    const staff = projectTable([
      ['培训人数(人)', '=50 人', '=40 人'],
      ['全年接待人次', '=140 人次', '=120 人次'],
      ['归侨侨眷慰问 (人)', '=30 人', '=28 人'],
      ['活动参与人数（人）', '=2200 人', '=2600 人'],
    ]);
    const cars = overallTable([
      ['购置公务用车数量', '=2 辆'],
      ['车辆维修保养次数', '=30 辆'],
      ['发放工资月平均人数（人）', '=58 人'],
    ]);
    expect(silent([PERSONNEL_000, VEHICLES_004], [staff, cars])).toEqual([]);
  });

  it('counts in a 质量指标 row are not the 数量指标 this rule reads', () => {
    expect(silent([PERSONNEL_000], [projectTable([['保障单位实有干部职工人数', '=19 人', '=20 人']], '质量指标')])).toEqual([]);
  });

  it('a quantity the text states twice with different values (a 部门 and its unit) is no single count', () => {
    const texts = ['本部门实有人数 45 人。', '其中，机关本级实有人数 20 人。'];
    expect(silent(texts, [projectTable([['保障单位实有干部职工人数', '=19 人', '=20 人']])])).toEqual([]);
  });

  it('no prose count at all: nothing is compared or tallied', () => {
    const report = run(['一、部门职责'], [projectTable([['保障单位实有干部职工人数', '=19 人', '=20 人']])]);
    expect(report.findings).toEqual([]);
    expect(report.tallies.find((t) => t.tableId === 't1')?.checks ?? 0).toBe(0);
  });
});

describe('quantitiesFor / countIndicators', () => {
  it('names: 实有 → 实有 or 在职; 在职 → 在职; 职工人数 → 在职 or 实有; 公务用车 → 一般公务用车 or 车辆', () => {
    expect(quantitiesFor('保障单位实有干部职工人数', '人')).toEqual(['staff-actual', 'staff-serving']);
    expect(quantitiesFor('在职人员人数（人）', '人')).toEqual(['staff-serving']);
    expect(quantitiesFor('干部职工人数', '人')).toEqual(['staff-serving', 'staff-actual']);
    expect(quantitiesFor('编制人数', '人')).toEqual(['staff-authorized']);
    expect(quantitiesFor('保障单位公务用车数量', '辆')).toEqual(['vehicles-official', 'vehicles']);
    expect(quantitiesFor('车辆数（辆）', '辆')).toEqual(['vehicles', 'vehicles-official']);
    expect(quantitiesFor('发放工资月平均人数（人）', '人')).toBeUndefined();
    expect(quantitiesFor('车辆运行次数', '辆')).toBeUndefined();
  });

  it('reads the indicator name, its value and the 上年完成值, in the table’s spaced-out print', () => {
    const table = projectTable([
      ['保障单位实有 干部职工人数', '= 1 9 人', '=20 人'],
      ['边界巡查调研次数', '≤4 次', '2 次'],
    ]);
    expect(countIndicators(table).map((i) => [i.name, i.value, i.unit, i.lastYear])).toEqual([
      ['保障单位实有 干部职工人数', 19, '人', { col: 5, value: 20 }],
    ]);
  });
});
