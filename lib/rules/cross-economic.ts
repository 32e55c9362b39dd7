/**
 * cross-economic (X.17, [U]): a few economic lines of 表6 have a functional twin in 表5 — 301 08 机关事业单位基本养老保险
 * 缴费 = 208 05 05 机关事业单位基本养老保险缴费支出, 301 09 职业年金缴费 = 208 05 06 机关事业单位职业年金缴费支出,
 * 301 13 住房公积金 = 221 02 01 住房公积金.
 *
 * Only usual: it holds when the functional line is all 基本支出 (its 项目支出 is blank or 0) and the contribution is
 * booked under that 项 alone. Templates may pay the 公积金 out of 行政运行 — [000] and [004] have 301 13 but no 221 row
 * in 表5 — so a pair with either row absent is not compared. A mismatch is a warning that says why it may be fine.
 * 303 02 退休费 vs 208 05 01 is deliberately not checked: 行政单位离退休 also holds 303 99, 生活补助 … (§3 X.17).
 */
import { firstTable, lookup } from '../tables/lookup.ts';
import { collect, compareCells } from './cross-compare.ts';
import { byCode, hasMoney, lookupOrOnly } from './cross-lookup.ts';
import type { Rule } from './rule.ts';

const PAIRS: [economic: string, functional: string][] = [
  ['30108', '2080505'],
  ['30109', '2080506'],
  ['30113', '2210201'],
];

/** Jiangsu's lists have one amount column, 金额, where the national tables have 合计: lookupOrOnly reads either. */
const TOTAL_COL = /合计|总计/;

export const crossEconomic: Rule = {
  id: 'cross-economic',
  title: '基本支出经济科目与功能科目对应 / Economic lines match their functional twins',
  run(ctx) {
    const t5 = firstTable(ctx.doc, 'T5');
    const t6 = firstTable(ctx.doc, 'T6');
    if (!t5 || !t6) return [];
    return collect(
      PAIRS.map(([economic, functional]) => {
        const basic = lookupOrOnly(t6, byCode(economic), TOTAL_COL);
        const twin = lookupOrOnly(t5, byCode(functional), TOTAL_COL);
        if (!basic || !twin) return undefined;
        // Only all-基本支出 lines: project money under the functional code would legitimately exceed 表6.
        if (hasMoney(lookup(t5, byCode(functional), /项目支出/))) return undefined;
        return compareCells(ctx, {
          rule: crossEconomic.id,
          id: `X.17 表6 ${economic} = 表5 ${functional}`,
          a: basic,
          b: twin,
          strength: 'usual',
          why: [
            '该项缴费也可能列在其他功能科目或由其他资金安排，请核实',
            'the contribution may also be booked under another functional code or paid from other money; please verify',
          ],
        });
      }),
    );
  },
};
