import { describe, expect, it } from 'vitest';
import { line, run, runEndingAt } from '../../test/pdf/synthetic.ts';
import { findStreamTables } from './stream.ts';
import { groupLines } from './text-lines.ts';
import type { TextRun } from './pdf-types.ts';

const S = 9;
const texts = (rows: { cells: { text: string; colSpan: number }[] }[]) =>
  rows.map((r) => r.cells.map((c) => (c.colSpan > 1 ? `${c.text}{${c.colSpan}}` : c.text)));

/** A 收支总表 laid out without borders, as the borderless Chromium fixture prints it (row pitch 15 pt, 9 pt type). */
function balanceTable(): TextRun[] {
  const rows: [string, string, string, string][] = [
    ['一、本年收入', '515.38', '201 一般公共服务支出', '450.28'],
    ['1. 一般公共预算拨款', '418.36', '202 外交支出', '-'],
    ['其中：一般财力', '418.36', '203 国防支出', '-'],
    ['', '', '230 转移性支出', ''],
    ['收入总计', '515.38', '支出总计', '515.38'],
  ];
  const runs = [
    run('表1', 150, 40, 12),
    run('单位收支总体情况表', 180, 40, 12),
    run('编制单位：某某办公室', 10, 60, S),
    run('单位：万元', 300, 60, S),
    run('项目', 10, 80, S),
    run('预算数', 110, 80, S),
    run('功能分类', 170, 80, S),
    run('预算数', 300, 80, S),
  ];
  rows.forEach(([a, b, c, d], k) => {
    const y = 95 + 15 * k;
    if (a) runs.push(run(a, 10, y, S));
    if (b) runs.push(runEndingAt(b, 150, y, S));
    if (c) runs.push(run(c, 170, y, S));
    if (d) runs.push(runEndingAt(d, 330, y, S));
  });
  return runs;
}

describe('stream (borderless) tables', () => {
  it('finds the columns from the amounts and keeps the lines that introduce the table out of it', () => {
    const lines = groupLines(balanceTable());
    const [table, ...more] = findStreamTables(lines, 2);
    expect(more).toEqual([]);
    expect(texts(table.table.rows)).toEqual([
      ['项目', '预算数', '功能分类', '预算数'],
      ['一、本年收入', '515.38', '201 一般公共服务支出', '450.28'],
      ['1. 一般公共预算拨款', '418.36', '202 外交支出', '-'],
      ['其中：一般财力', '418.36', '203 国防支出', '-'],
      // A row with one filled cell (Word leaves blank amounts empty) stays in the table.
      ['', '', '230 转移性支出', ''],
      ['收入总计', '515.38', '支出总计', '515.38'],
    ]);
    expect(table.table.page).toBe(2);
    const taken = new Set(table.lines);
    const left = lines.filter((l) => !taken.has(l)).map((l) => l.runs.map((r) => r.text).join(' '));
    expect(left).toEqual(['表1 单位收支总体情况表', '编制单位：某某办公室 单位：万元']);
  });

  it('joins a label wrapped around an amount centred between its two lines', () => {
    // 004 borderless fixture p.3: "其他党委办公厅(室)及" / "相关机构事务支出" with 180.00 centred between them.
    const runs = [
      run('201', 10, 100, S),
      run('行政运行', 60, 100, S),
      runEndingAt('1,089.44', 250, 100, S),
      run('其他党委办公厅(室)及', 60, 110, S),
      run('201', 10, 115, S),
      runEndingAt('180.00', 250, 115, S),
      run('相关机构事务支出', 60, 120, S),
      run('208', 10, 130, S),
      run('社会保障和就业支出', 60, 130, S),
      runEndingAt('171.75', 250, 130, S),
    ];
    const [table] = findStreamTables(groupLines(runs), 3);
    expect(texts(table.table.rows)).toEqual([
      ['201', '行政运行', '1,089.44'],
      ['201', '其他党委办公厅(室)及相关机构事务支出', '180.00'],
      ['208', '社会保障和就业支出', '171.75'],
    ]);
  });

  it('joins the second line of a top-aligned label to its row, but not the next row', () => {
    // Word: "上级一般公共预算安排转移" / "支付", then "2. 基金预算拨款" one leading below (rows have no padding).
    const runs = [
      run('其中：一般财力', 10, 100, S),
      runEndingAt('418.36', 180, 100, S),
      run('上级一般公共预算安排转移', 10, 115, S),
      run('支付', 10, 127, S),
      run('2. 基金预算拨款', 10, 139, S),
      run('其他收入', 10, 154, S),
      runEndingAt('90.00', 180, 154, S),
    ];
    const [table] = findStreamTables(groupLines(runs), 1);
    expect(texts(table.table.rows)).toEqual([
      ['其中：一般财力', '418.36'],
      ['上级一般公共预算安排转移支付', ''],
      ['2. 基金预算拨款', ''],
      ['其他收入', '90.00'],
    ]);
  });

  it('puts a header label over the columns it stands over', () => {
    // The group label (130–194) reaches over the amounts of both columns (100–140 and 185–225).
    const runs = [run('财政拨款(补助)', 130, 80, S), run('小计', 110, 95, S), run('一般公共预算', 170, 95, S)];
    for (const [k, y] of [110, 125].entries()) {
      runs.push(run(`20${k}`, 10, y, S), runEndingAt('1,000.00', 140, y, S), runEndingAt('2,000.00', 225, y, S));
    }
    const [table] = findStreamTables(groupLines(runs), 1);
    expect(texts(table.table.rows).slice(0, 2)).toEqual([
      ['', '财政拨款(补助){2}'],
      ['', '小计', '一般公共预算'],
    ]);
  });

  it('reads the top of the next page with the columns of a table that went on there', () => {
    const first = findStreamTables(groupLines(balanceTable()), 2)[0];
    // p. 3 holds only rows with one filled cell and the totals, too little to find columns from.
    const next = [
      run('231 债务还本支出', 170, 60, S),
      run('232 债务付息支出', 170, 75, S),
      run('收入总计', 10, 90, S),
      runEndingAt('515.38', 150, 90, S),
      run('支出总计', 170, 90, S),
      runEndingAt('515.38', 330, 90, S),
    ];
    expect(findStreamTables(groupLines(next), 3)).toEqual([]);
    const [continued] = findStreamTables(groupLines(next), 3, first.columns);
    expect(texts(continued.table.rows)).toEqual([
      ['', '', '231 债务还本支出', ''],
      ['', '', '232 债务付息支出', ''],
      ['收入总计', '515.38', '支出总计', '515.38'],
    ]);
  });

  it('leaves a two-column list without amounts (a table of contents) as text', () => {
    const runs = ['收支预算总表', '收入预算总表', '支出预算总表', '财政拨款收支预算总表'].flatMap((title, k) => [
      run(['一、', '二、', '三、', '四、'][k], 10, 100 + 20 * k, 12),
      run(title, 60, 100 + 20 * k, 12),
    ]);
    expect(findStreamTables(groupLines(runs), 1)).toEqual([]);
  });

  it('leaves justified prose as text even where its words stand far apart', () => {
    const lines = [
      line(run('江苏省政协办公厅本年收入预算合计', 80, 100, 16), run('13,377.11', 370, 100, 16), run('万元，其', 470, 100, 16)),
      line(run('中：一般公共预算收入', 80, 130, 16), run('13,297.11', 300, 130, 16), run('万元，占 99.4%；', 400, 130, 16)),
      line(run('其他资金 80 万元，占', 80, 160, 16), run('0.6%；上年结转资金', 260, 160, 16), run('0 万元。', 480, 160, 16)),
    ];
    expect(findStreamTables(lines, 1)).toEqual([]);
  });
});
