/**
 * cross-totals (X.1, X.2, X.9, X.10, X.11, X.7, X.15): the grand totals and the totals that several tables restate.
 * 表1 收入总计 = 表2 合计 总计 = 表3 合计 = 表1 支出总计; 表1 sources = 表2 合计 row; 表5 基本支出 = 表6 合计;
 * 表5 项目支出 = 表7 合计; 表3 ≥ 表5 (all funds vs general budget); 表4 支出总计 一般公共预算 = 表5 合计;
 * 表11 总计 = 表1 上年结转结余.
 */
import { firstTable, lookup } from '../tables/lookup.ts';
import { collect, compareCells } from './cross-compare.ts';
import { lookupOrOnly, wideValue } from './cross-lookup.ts';
import type { Rule } from './rule.ts';

export const crossTotals: Rule = {
  id: 'cross-totals',
  title: '各表总数相互一致 / Totals agree across tables',
  run(ctx) {
    const d = ctx.doc;
    const t1 = firstTable(d, 'T1');
    const t2 = firstTable(d, 'T2');
    const t3 = firstTable(d, 'T3');
    const t4 = firstTable(d, 'T4');
    const t5 = firstTable(d, 'T5');
    const t6 = firstTable(d, 'T6');
    const t7 = firstTable(d, 'T7');
    const t11 = firstTable(d, 'T11');
    // Jiangsu's 收支预算总表 closes its income side with 收入合计 (= 当年收入小计 + 上年结转资金): the grand total.
    const income = lookup(t1, /^收入总计$/) ?? lookup(t1, /^收入合计$/, undefined, 0);
    const t1Row = (name: RegExp) => lookup(t1, name, undefined, 0);
    const t2Total = (col: RegExp) => lookup(t2, 'total', col);
    const rule = crossTotals.id;
    return collect([
      // Jiangsu: 收入预算总表 has one 金额 column; 支出预算总表 is one row with 合计 as a column.
      compareCells(ctx, { rule, id: 'X.1', a: lookupOrOnly(t2, 'total', /总计|合计/), b: income }),
      compareCells(ctx, { rule, id: 'X.1', a: lookup(t3, 'total', /合计|总计/) ?? wideValue(t3, /^(?:合计|总计)$/), b: income }),
      compareCells(ctx, { rule, id: 'X.2', a: t2Total(/一般公共预算$/), b: t1Row(/^一般公共预算拨款$/) }),
      compareCells(ctx, { rule, id: 'X.2', a: t2Total(/单位资金/), b: t1Row(/^单位资金$/) }),
      compareCells(ctx, { rule, id: 'X.2', a: t2Total(/财政专户/), b: t1Row(/^财政专户/) }),
      compareCells(ctx, { rule, id: 'X.7', a: lookup(t4, /^支出总计$/, /一般公共预算/), b: lookup(t5, 'total', /合计/) }),
      compareCells(ctx, { rule, id: 'X.9', a: lookup(t5, 'total', /基本支出/), b: lookup(t6, 'total', /合计/) }),
      compareCells(ctx, { rule, id: 'X.10', a: lookup(t5, 'total', /项目支出/), b: lookup(t7, 'total') }),
      compareCells(ctx, { rule, id: 'X.11', a: lookup(t3, 'total', /基本支出/), b: lookup(t5, 'total', /基本支出/), relation: 'ge' }),
      compareCells(ctx, { rule, id: 'X.11', a: lookup(t3, 'total', /项目支出/), b: lookup(t5, 'total', /项目支出/), relation: 'ge' }),
      compareCells(ctx, { rule, id: 'X.15', a: lookup(t11, 'total'), b: t1Row(/^上年结转结余$/) }),
    ]);
  },
};
