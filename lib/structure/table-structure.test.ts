import { describe, expect, it } from 'vitest';
import { gridFromStrings } from '../../test/helpers/grid-from-strings.ts';
import { analyzeStructure } from './table-structure.ts';

describe('code columns', () => {
  it('江苏省委办公厅2019 公开05表: 功能科目编码 is a code column although 合计 spans it and the name column', () => {
    const grid = gridFromStrings({
      title: '财政拨款支出预算表（功能科目）',
      headRows: 1,
      rows: [
        ['功能科目编码', '功能科目名称', '金额'],
        ['合计', '合计', '27,664.22'],
        ['201', '一般公共服务支出', '22,395.50'],
        ['20131', '党委办公厅（室）及相关机构事务', '22,395.50'],
        ['2013101', '行政运行', '9,370.12'],
        ['2013102', '一般行政管理事务', '13,025.38'],
      ],
      spans: [{ row: 1, col: 0, rowSpan: 1, colSpan: 2 }],
    });
    const { columns, segments } = analyzeStructure(grid);
    expect(columns.map((c) => c.role)).toEqual(['code', 'label', 'value']);
    expect(segments).toHaveLength(1);
    expect(segments[0].rows.map((r) => `${r.role}${r.code ? ` ${r.code.code}` : ''}`)).toEqual([
      'total',
      'item 201',
      'item 20131',
      'item 2013101',
      'item 2013102',
    ]);
  });

  it('a column of plain text under a code-like header stays a label column', () => {
    const grid = gridFromStrings({
      headRows: 1,
      rows: [
        ['科目编码', '金额'],
        ['办公费', '10.00'],
      ],
    });
    expect(analyzeStructure(grid).columns.map((c) => c.role)).toEqual(['label', 'value']);
  });
});

describe('rate columns', () => {
  it('a column of rates (增减率, 增长率%, or figures written with %) is read but in no list: rates do not add up', () => {
    const grid = gridFromStrings({
      title: '财政拨款“三公”经费支出情况表',
      headRows: 1,
      rows: [
        ['项目', '上年预算数', '本年预算数', '增减额', '增减率（%）', '占比'],
        ['合计', '100.00', '90.00', '-10.00', '-10.00', '100%'],
        ['因公出国（境）费', '20.00', '20.00', '0.00', '0.00', '22.22%'],
        ['公务用车购置及运行费', '50.00', '40.00', '-10.00', '-20.00', '44.44%'],
      ],
    });
    const { columns, segments } = analyzeStructure(grid);
    expect(columns.map((c) => c.role)).toEqual(['label', 'value', 'value', 'value', 'rate', 'rate']);
    // One list: the rate columns neither join it nor start another.
    expect(segments.map((s) => [s.labelCols, s.valueCols])).toEqual([[[0], [1, 2, 3]]]);
  });
});

/**
 * The rows' numbering, 序号 1, 2, 3 …, in a column of its own (project lists, and budget tables as some units print
 * them): not a column of figures. Summed as one, it gave 合计 524.92 against "parts" of 1575.79 on a seed table
 * printed with it, and prose amounts were matched to its cells.
 */
describe('index columns', () => {
  const rows = (head: string) => [
    [head, '科目编码', '科目名称', '合计'],
    ['', '', '合计', '353.36'],
    ['1', '201', '一般公共服务支出', '353.36'],
    ['2', '20103', '政府办公厅（室）及相关机构事务', '353.36'],
    ['3', '2010301', '行政运行', '318.02'],
    ['4', '2010350', '事业运行', '35.34'],
  ];
  const roles = (head: string) => analyzeStructure(gridFromStrings({ title: '一般公共预算支出情况表', headRows: 1, rows: rows(head) })).columns.map((c) => c.role);
  it('is known by its header', () => {
    expect(roles('序号')).toEqual(['index', 'code', 'label', 'value']);
    expect(roles('序 号')).toEqual(['index', 'code', 'label', 'value']);
    expect(roles('行次')).toEqual(['index', 'code', 'label', 'value']);
  });
  it('under 编号, 科目编码 are still codes', () => {
    const grid = gridFromStrings({ title: '一般公共预算支出情况表', headRows: 1, rows: rows('序号').map((r, i) => (i === 0 ? ['编号', ...r.slice(1)] : [r[1], r[1], ...r.slice(2)])) });
    expect(analyzeStructure(grid).columns.map((c) => c.role)).toEqual(['code', 'code', 'label', 'value']);
  });
  it('is known by counting 1, 2, 3 … under any header', () => {
    expect(roles('')).toEqual(['index', 'code', 'label', 'value']);
  });
  it('a column of whole numbers under their total stays a column of figures', () => {
    // 人数: 合计 3 = 1 + 2. Counting 1, 2, 3 … must start at the first body row.
    const grid = gridFromStrings({
      title: '部门收入总体情况表',
      headRows: 1,
      rows: [
        ['科目名称', '合计', '人数'],
        ['合计', '353.36', '3'],
        ['行政运行', '318.02', '1'],
        ['事业运行', '35.34', '2'],
      ],
    });
    expect(analyzeStructure(grid).columns.map((c) => c.role)).toEqual(['label', 'value', 'value']);
  });
});

/** "合计（万元）": a unit tail on a header is the table's unit, not part of the column's name. */
describe('header labels with a unit tail', () => {
  it('name their columns without it', () => {
    const grid = gridFromStrings({
      title: '一般公共预算支出情况表',
      headRows: 1,
      rows: [
        ['科目名称', '合计（万元）', '基本支出(万元)', '项目支出（万元）'],
        ['合计', '353.36', '318.02', '35.34'],
      ],
    });
    expect(analyzeStructure(grid).columns.map((c) => c.name)).toEqual(['科目名称', '合计', '基本支出', '项目支出']);
  });
});
