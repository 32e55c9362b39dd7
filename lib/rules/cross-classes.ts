/**
 * cross-classes (X.3, X.4): the function-class vector is the same everywhere. 表1's expenditure side by 类 = 表2 类
 * 总计 = 表3 类 合计 (X.3), and 表2 总计 = 表3 合计 on every coded row, 类, 款 and 项 (X.4: the income booked to a
 * use is what that use spends). Rows are matched by 科目编码, never by position: 表1 lists every 类 of the template,
 * 表2/表3 only the ones with money.
 */
import { firstTable } from '../tables/lookup.ts';
import { compareByCode } from './cross-code-rows.ts';
import type { FindingDraft, Rule } from './rule.ts';

const TOTAL_COL = /总计|合计/;
/** 表1's expenditure list has one value column: 预算数 (or 金额, 合计). */
const ANY_COL = /./;

export const crossClasses: Rule = {
  id: 'cross-classes',
  title: '各表功能分类金额一致 / Function classes agree across tables',
  run(ctx) {
    const t1 = firstTable(ctx.doc, 'T1');
    const t2 = firstTable(ctx.doc, 'T2');
    const t3 = firstTable(ctx.doc, 'T3');
    const rule = crossClasses.id;
    const out: FindingDraft[] = [];
    const classes = [1] as const;
    if (t1 && t2)
      out.push(...compareByCode(ctx, { rule, id: 'X.3 表2 类 = 表1 支出', a: { table: t2, col: TOTAL_COL, levels: classes }, b: { table: t1, col: ANY_COL, levels: classes } }));
    if (t1 && t3)
      out.push(...compareByCode(ctx, { rule, id: 'X.3 表3 类 = 表1 支出', a: { table: t3, col: TOTAL_COL, levels: classes }, b: { table: t1, col: ANY_COL, levels: classes } }));
    if (t2 && t3)
      out.push(...compareByCode(ctx, { rule, id: 'X.4 表2 总计 = 表3 合计', a: { table: t2, col: TOTAL_COL }, b: { table: t3, col: TOTAL_COL } }));
    return out;
  },
};
