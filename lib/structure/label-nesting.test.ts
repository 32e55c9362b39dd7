import { describe, expect, it } from 'vitest';
import { gridFromStrings } from '../../test/helpers/grid-from-strings.ts';
import { nestedLines } from './label-nesting.ts';
import { analyzeStructure } from './table-structure.ts';

/**
 * 江苏省委办公厅2018年度部门预算公开表 p. 13, 2018年政府采购预算表, 三、服务C (rows 23–31 as pdftotext -layout prints
 * them): a 专项 written once over two 经济科目 lines (机要及电子政务业务费 → 培训费, then only 会议费 and 物业管理费 in
 * the 经济科目 column), each over its 采购物品 line.
 */
const SERVICES = gridFromStrings({
  title: '2018年政府采购预算表',
  headRows: 1,
  rows: [
    ['采购品目大类', '专项名称', '经济科目', '采购物品名称', '采购组织形式', '总计'],
    ['合计', '', '', '', '', '922.50'],
    ['三、服务C', '', '', '', '', '922.50'],
    ['', '省委办公厅承办的会议费', '会议费', '', '', '872.10'],
    ['', '', '', '会议服务', '政府集中采购', '872.10'],
    ['', '机要及电子政务业务费', '培训费', '', '', '5.00'],
    ['', '', '', '会议服务', '分散自行组织', '5.00'],
    ['', '', '会议费', '', '', '11.40'],
    ['', '', '', '会议服务', '分散自行组织', '11.40'],
    ['', '', '物业管理费', '', '', '34.00'],
    ['', '', '', '物业管理服务', '分散自行组织', '34.00'],
  ],
});

describe('nestedLines', () => {
  it('takes the nearest line above written further left as the parent: 大类 → 经济科目 lines → 采购物品', () => {
    const rows = analyzeStructure(SERVICES).segments[0].rows;
    const tree = Object.fromEntries([...nestedLines(rows)].map(([parent, kids]) => [parent, kids.map((k) => k.row)]));
    // 合计 is a total: it heads no nesting (column-total adds up the 大类 lines).
    expect(tree).toEqual({ 2: [3, 5, 7, 9], 3: [4], 5: [6], 7: [8], 9: [10] });
  });

  it('stops at a coded row and at a 其中 row; one label column gives no nesting', () => {
    const grid = gridFromStrings({
      headRows: 1,
      rows: [
        ['项目', '明细', '金额'],
        ['一、商品和服务支出', '', '30.00'],
        ['', '办公费', '10.00'],
        ['其中：印刷费', '', '4.00'],
        ['', '差旅费', '20.00'],
        ['30201 办公费', '', '10.00'],
        ['', '纸张', '10.00'],
      ],
    });
    const rows = analyzeStructure(grid).segments[0].rows;
    expect([...nestedLines(rows).entries()].map(([p, kids]) => [p, kids.map((k) => k.row)])).toEqual([[1, [2]]]);

    const flat = gridFromStrings({ headRows: 1, rows: [['项目', '金额'], ['一、货物', '5.00'], ['台式计算机', '5.00']] });
    expect(nestedLines(analyzeStructure(flat).segments[0].rows).size).toBe(0);
  });
});
