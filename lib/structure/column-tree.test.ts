import { describe, expect, it } from 'vitest';
import { buildHeaderTree, type ColumnSumRelation, columnSumRelations, isTotalColumnName } from './column-tree.ts';
import type { ColumnInfo } from './table-structure.ts';

const columns = (paths: string[][], first = 0): ColumnInfo[] =>
  paths.map((path, i) => ({ col: first + i, role: 'value', path, name: path[path.length - 1] ?? '' }));

const relationsOf = (paths: string[][], first = 0): ColumnSumRelation[] =>
  columnSumRelations(buildHeaderTree(columns(paths, first)));

describe('header tree relations', () => {
  it('T5: 一般公共预算支出 › {合计, 基本支出, 项目支出} → 合计 = 基本 + 项目', () => {
    const rels = relationsOf(
      [
        ['一般公共预算支出', '合计'],
        ['一般公共预算支出', '基本支出'],
        ['一般公共预算支出', '项目支出'],
      ],
      4,
    );
    expect(rels).toEqual([{ total: 4, parts: [5, 6], group: '一般公共预算支出' }]);
  });

  it('T2: 总计 = 小计 + the other sources; 小计 = Σ its siblings (T2.1, T2.2)', () => {
    const rels = relationsOf([
      ['总计'],
      ['财政拨款（补助）', '财政拨款（补助）小计'],
      ['财政拨款（补助）', '一般公共预算'],
      ['财政拨款（补助）', '政府性基金预算'],
      ['财政专户（教育收费）'],
      ['单位资金'],
    ]);
    expect(rels).toEqual([
      { total: 0, parts: [1, 4, 5], group: '' },
      { total: 1, parts: [2, 3], group: '财政拨款（补助）' },
    ]);
  });

  it('T8: a 基本支出 group without a total counts as Σ its leaves', () => {
    const rels = relationsOf([
      ['政府性基金预算支出', '合计'],
      ['政府性基金预算支出', '基本支出', '人员经费'],
      ['政府性基金预算支出', '基本支出', '公用经费'],
      ['政府性基金预算支出', '项目支出'],
    ]);
    expect(rels).toEqual([{ total: 0, parts: [1, 2, 3], group: '政府性基金预算支出' }]);
  });

  it('T11: 合计 = the two 小计; each 小计 = 人员 + 公用 + 项目; the two 基本支出 groups stay apart', () => {
    const rels = relationsOf([
      ['合计'],
      ['财政拨款', '小计'],
      ['财政拨款', '基本支出', '人员经费'],
      ['财政拨款', '基本支出', '公用经费'],
      ['财政拨款', '项目支出'],
      ['非财政拨款', '小计'],
      ['非财政拨款', '基本支出', '人员经费'],
      ['非财政拨款', '基本支出', '公用经费'],
      ['非财政拨款', '项目支出'],
    ]);
    expect(rels).toEqual([
      { total: 0, parts: [1, 5], group: '' },
      { total: 1, parts: [2, 3, 4], group: '财政拨款' },
      { total: 5, parts: [6, 7, 8], group: '非财政拨款' },
    ]);
  });

  it('T7: 项目支出合计 = Σ the economic columns; T10: 合计 = Σ the 资金来源 leaves', () => {
    expect(relationsOf([['项目支出合计'], ['工资福利支出'], ['商品和服务支出'], ['其他支出']])).toEqual([
      { total: 0, parts: [1, 2, 3], group: '' },
    ]);
    expect(relationsOf([['合计'], ['资金来源', '一般公共预算'], ['资金来源', '政府性基金']])).toEqual([
      { total: 0, parts: [1, 2], group: '' },
    ]);
  });

  it('states nothing where no column is a total, or the total stands alone', () => {
    expect(relationsOf([['2024年预算数'], ['2023年预算数'], ['增减']])).toEqual([]);
    expect(relationsOf([['财政拨款收入', '合计']])).toEqual([]);
  });

  it('knows total names', () => {
    for (const n of ['合计', '小计', '总计', '项目支出合计', '财政拨款（补助）小计', '合计数']) expect(isTotalColumnName(n)).toBe(true);
    for (const n of ['基本支出', '合计说明', '人员经费']) expect(isTotalColumnName(n)).toBe(false);
  });
});
