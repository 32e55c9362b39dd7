/**
 * cross-source-lists: the identities of budget-identities.md §3 where the summary tables are lists of sources and uses
 * (the Jiangsu provincial template, 2017–2019) instead of code × source grids:
 *
 *   收支预算总表 (表1)        一、财政拨款 › 1.一般公共预算, 2.政府性基金预算; 二、财政专户管理资金; 三、其他资金;
 *                            上年结转资金; 收入合计 ‖ 支出用途: 一、基本支出, 二、项目支出, 三、单位预留机动经费
 *   收入预算总表 (表2)        groups closed by 小计: 一般公共预算资金, 政府性基金, 财政(转)专户管理资金, 其他资金,
 *                            上年结转和结余资金
 *   支出预算总表 (表3)        one row: 合计 | 基本支出 | 项目支出 | 单位预留机动经费 | 结转下年资金
 *   财政拨款收支预算总表 (表4) 一、一般公共预算, 二、政府性基金预算, 收入合计 ‖ 一、基本支出, 二、项目支出, …
 *   一般公共预算支出预算表 (表5) and 一般公共预算基本支出预算表 (表6): coded lists, one 金额 column.
 *
 * X.2  表1 each source = 表2 that group's 小计.
 * X.5  表4 收入合计 = 表1 一、财政拨款; 表4 一般公共预算 / 政府性基金预算 = 表1 1. / 2. of 财政拨款.
 * X.6  表4 一般公共预算 / 政府性基金预算 = 表2 一般公共预算资金 / 政府性基金 小计.
 * X.11 表3 基本支出 / 项目支出 / 单位预留机动经费 = 表1 支出用途 (both all funds); 表3 基本支出 ≥ 表6 合计.
 * X.7  表4 一般公共预算 = 表5 合计, and X.9 表4 一、基本支出 = 表6 合计: this year's fiscal money is what 表4 spends, and
 *      表5/表6 spend the general budget's. They hold only when no money moves between years (表1 上年结转资金 and 结转
 *      下年资金 blank or 0: 表5 would spend last year's carry-over too) and, for X.9, no 政府性基金 money (表4's 基本支出
 *      covers both funds, 表6 the general budget alone). Otherwise they are not checked, and tallied as such.
 *
 * Every relation reads rows this template names its own way; on a national table set nothing is found and nothing runs.
 */
import { firstTable, type Located, lookup } from '../tables/lookup.ts';
import { type CrossRelation, collect, compareCells } from './cross-compare.ts';
import { groupSubtotal, hasMoney, lookupOrOnly, wideValue } from './cross-lookup.ts';
import type { AnalyzedTable, FindingDraft, Rule } from './rule.ts';

/** 表1 income lines and the 表2 group that restates each. */
const SOURCES: [t1Row: RegExp, t2Group: RegExp, zh: string][] = [
  [/^一般公共预算$/, /^一般公共预算资金$/, '一般公共预算'],
  [/^政府性基金预算$/, /^政府性基金(?:预算)?(?:资金)?$/, '政府性基金'],
  [/^财政专户管理资金$/, /^财政(?:转)?专户管理资金$/, '财政专户管理资金'],
  [/^其他资金$/, /^其他资金$/, '其他资金'],
  [/^上年结转(?:和结余)?资金$/, /^上年结转(?:和结余)?资金$/, '上年结转资金'],
];

/** 表1 支出用途 lines and the 表3 column of each. */
const USES: [t1Row: RegExp, t3Col: RegExp][] = [
  [/^基本支出$/, /^基本支出$/],
  [/^项目支出$/, /^项目支出$/],
  [/^单位预留机动经费$/, /^单位预留机动经费$/],
];

/** The national 表4's income line (财政拨款（补助）): where it is there, cross-fiscal and cross-totals check 表4. */
const NATIONAL_T4_FISCAL = /^财政拨款（补助）$|^财政拨款收入$|^本年收入$/;

export const crossSourceLists: Rule = {
  id: 'cross-source-lists',
  title: '收支、收入、支出、财政拨款总表相互一致（来源清单式报表）/ Summary tables laid out as lists of sources agree',
  run(ctx) {
    const d = ctx.doc;
    const t1 = firstTable(d, 'T1');
    const t2 = firstTable(d, 'T2');
    const t3 = firstTable(d, 'T3');
    const t4 = firstTable(d, 'T4');
    const t5 = firstTable(d, 'T5');
    const t6 = firstTable(d, 'T6');
    const t8 = firstTable(d, 'T8');
    const rule = crossSourceLists.id;
    const rel = (id: string, a: Located | undefined, b: Located | undefined, relation?: CrossRelation['relation']) =>
      compareCells(ctx, { rule, id, a, b, relation });
    const out: (FindingDraft | undefined)[] = [];
    const t1Income = (name: RegExp) => lookup(t1, name, undefined, 0);

    for (const [t1Row, t2Group, zh] of SOURCES)
      out.push(rel(`X.2 表1 ${zh} = 表2 ${zh} 小计`, t1Income(t1Row), groupSubtotal(t2, t2Group)));

    const nationalT4 = t4 !== undefined && lookup(t4, NATIONAL_T4_FISCAL, undefined, 0) !== undefined;
    const t4Income = (name: RegExp) => (nationalT4 ? undefined : lookup(t4, name, undefined, 0));
    const t4Gp = t4Income(/^一般公共预算$/);
    const t4Fund = t4Income(/^政府性基金预算$/);
    out.push(rel('X.5 表4 收入合计 = 表1 财政拨款', nationalT4 ? undefined : lookup(t4, 'total', undefined, 0), t1Income(/^财政拨款$/)));
    out.push(rel('X.5 表4 一般公共预算 = 表1 一般公共预算', t4Gp, t1Income(/^一般公共预算$/)));
    out.push(rel('X.5 表4 政府性基金预算 = 表1 政府性基金预算', t4Fund, t1Income(/^政府性基金预算$/)));
    out.push(rel('X.6 表4 一般公共预算 = 表2 一般公共预算资金小计', t4Gp, groupSubtotal(t2, /^一般公共预算资金$/)));
    out.push(rel('X.6 表4 政府性基金预算 = 表2 政府性基金小计', t4Fund, groupSubtotal(t2, /^政府性基金(?:预算)?(?:资金)?$/)));

    for (const [t1Row, t3Col] of USES) {
      const use = lookup(t1, (r) => r.role === 'item' && t1Row.test(r.name));
      out.push(rel(`X.11 表3 ${t3Col.source.replace(/[$^]/g, '')} = 表1 支出用途`, wideValue(t3, t3Col), use));
    }
    const t6Total = lookupOrOnly(t6, 'total', /合计|总计/);
    out.push(rel('X.11 表3 基本支出 ≥ 表6 合计', wideValue(t3, /^基本支出$/), t6Total, 'ge'));

    if (t4 && !nationalT4 && (t5 || t6)) {
      const moved = carriedOver(t1);
      if (moved) {
        if (t5) ctx.tally(t5.grid.id, 'missing');
        if (t6) ctx.tally(t6.grid.id, 'missing');
      } else {
        out.push(rel('X.7 表5 合计 = 表4 一般公共预算', lookupOrOnly(t5, 'total', /合计|总计/), t4Gp));
        const fundMoney = [t4Fund, t8 ? lookupOrOnly(t8, 'total', /合计|总计/) : undefined].some(hasMoney);
        const basic = lookup(t4, (r) => r.role === 'item' && /^基本支出$/.test(r.name));
        out.push(fundMoney ? rel('X.9 表4 基本支出 ≥ 表6 合计', basic, t6Total, 'ge') : rel('X.9 表6 合计 = 表4 基本支出', t6Total, basic));
      }
    }
    return collect(out);
  },
};

/** 表1 上年结转资金 or 结转下年资金 with money: 表5/表6 need not match 表4's income of this year. */
function carriedOver(t1: AnalyzedTable | undefined): boolean {
  if (!t1) return false;
  const rows = [lookup(t1, /^上年结转(?:和结余)?资金$/, undefined, 0), ...t1.structure.segments.map((_, i) => lookup(t1, /^结转下年资金$/, undefined, i))];
  return rows.some(hasMoney);
}
