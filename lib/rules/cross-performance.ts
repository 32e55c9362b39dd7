/**
 * cross-performance (X.18, X.19): the 绩效目标表 against 表1.
 * X.19 整体绩效目标表: 资金总额 = 表1 收入总计; 本级安排 + 上级安排 = 表1 财政拨款 sources — [002] books the whole
 * 524.92 as 本级安排 and the 单位资金 75 again under 其他 (S002-XT-04/05).
 * X.18 项目绩效目标表: a project's 财政拨款 must come from the general budget's project money (表5 项目支出 / 表7); when
 * that is 0, every project table's 财政拨款 must be 0 — [000] books 单位资金 as 财政拨款 90 + 7.01 (S000-XT-01).
 */
import Decimal from 'decimal.js';
import { firstTable, formValue, type Located, lookup, tablesOf } from '../tables/lookup.ts';
import { collect, compareCells } from './cross-compare.ts';
import type { Rule } from './rule.ts';

export const crossPerformance: Rule = {
  id: 'cross-performance',
  title: '绩效目标表资金与预算表一致 / Performance tables match the budget',
  run(ctx) {
    const d = ctx.doc;
    const t1 = firstTable(d, 'T1');
    const out = [];
    const income = lookup(t1, /^收入总计$/);
    const gp = lookup(t1, /^一般公共预算拨款$/, undefined, 0);
    for (const overall of tablesOf(d, 'T12-overall')) {
      const upper = formValue(overall, /^上级安排/);
      const own = formValue(overall, /^本级安排/);
      const other = formValue(overall, /^其他$/);
      if (own) {
        const fiscal: Located | undefined =
          own && upper ? { ...own, amount: { value: own.amount.value.plus(upper.amount.value), decimals: own.amount.decimals } } : own;
        out.push(compareCells(ctx, { rule: crossPerformance.id, id: 'X.19 财政资金 = 表1 财政拨款', a: fiscal, b: gp }));
        const sum = [upper, own, other].reduce((s, c) => s.plus(c?.amount.value ?? 0), new Decimal(0));
        out.push(
          compareCells(ctx, {
            rule: crossPerformance.id,
            id: 'X.19 上级+本级+其他 = 表1 收入总计',
            a: { ...own, amount: { value: sum, decimals: own.amount.decimals }, where: `${own.where.split('「')[0]}「上级安排+本级安排+其他」` },
            b: income,
          }),
        );
      }
    }
    // X.18: no general-budget project money ⇒ no project goal table may claim 财政拨款.
    const gpProjects = lookup(firstTable(d, 'T5'), 'total', /项目支出/) ?? lookup(firstTable(d, 'T7'), 'total');
    if (gpProjects?.amount.value.isZero()) {
      for (const project of tablesOf(d, 'T12-project')) {
        const fiscal = formValue(project, /财政拨款$/);
        if (fiscal && !fiscal.amount.value.isZero())
          out.push(compareCells(ctx, { rule: crossPerformance.id, id: 'X.18 项目财政拨款 ≤ 表5 项目支出', a: fiscal, b: gpProjects }));
      }
    }
    return collect(out);
  },
};
