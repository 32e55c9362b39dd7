/**
 * cross-sangong (X.12): 表6 302 12 因公出国（境）费用 / 302 17 公务接待费 / 302 31 公务用车运行维护费 against the
 * 表10 三公 lines. 表10 covers all 财政拨款 including project money, so 表10 ≥ 表6 is normal ([002] 0.50 vs 4.90,
 * [004] 接待 0 vs 60 paid by a project) — an info note; only 表10 < 表6 is a warning ([U]), never an error.
 * A 款 line that 表6 does not list, while it lists other 302 款 lines, is 0 there ([004] has no 302 17 row: 表10
 * 公务接待费 60.00 against nothing, S004-XT-01) — the same info note.
 */
import { cellRef, firstTable, type Located, lookup } from '../tables/lookup.ts';
import { collect, compareCells } from './cross-compare.ts';
import { byCode, lookupOrOnly, wideValue } from './cross-lookup.ts';
import { tableTitle } from './findings.ts';
import type { AnalyzedTable, FindingDraft, Rule, RuleContext } from './rule.ts';
import { formatAmount } from '../rounding.ts';

const PAIRS: [string, RegExp][] = [
  ['30212', /因公出国/],
  ['30217', /公务接待/],
  ['30231', /运行(?:维护)?费$/],
];

export const crossSangong: Rule = {
  id: 'cross-sangong',
  title: '“三公”经费与基本支出明细 / 三公 lines against the basic-expenditure lines',
  run(ctx) {
    const t6 = firstTable(ctx.doc, 'T6');
    const t10 = firstTable(ctx.doc, 'T10');
    if (!t6 || !t10) return [];
    return collect(
      PAIRS.map(([code, name]) => {
        // Jiangsu's 三公 table is one row whose lines are columns (因公出国（境）费 | … | 公务接待费).
        const sangong = lookup(t10, name) ?? wideValue(t10, name);
        if (!sangong) return undefined;
        // 表6's 合计 column; Jiangsu's 基本支出 list has only 金额.
        const basic = lookupOrOnly(t6, byCode(code), /合计/);
        if (!basic) return absentLine(ctx, t6, code, sangong);
        const below = sangong.amount.value.lt(basic.amount.value);
        const finding = compareCells(ctx, {
          rule: crossSangong.id,
          id: 'X.12',
          a: sangong,
          b: basic,
          strength: below ? 'usual' : 'variant',
          why: [
            '“三公”经费含项目支出中的安排，通常不小于基本支出中的对应科目',
            '三公 covers all fiscal money incl. projects, so it usually exceeds the basic-expenditure line',
          ],
        });
        return finding;
      }),
    );
  },
};

/** 表10 has the line, 表6 lists 302 款 rows but not this one: 表6 spends 0 on it, an info note when 表10 > 0. */
function absentLine(ctx: RuleContext, t6: AnalyzedTable, code: string, sangong: Located): FindingDraft | undefined {
  const lists302 = t6.structure.segments.some((s) => s.rows.some((r) => r.code?.level === 2 && r.code.code.startsWith('302')));
  if (!lists302 || sangong.blank || sangong.amount.value.isZero()) return undefined;
  ctx.tally(sangong.table.grid.id, 'mismatch');
  const shown = formatAmount(sangong.amount.value, sangong.amount.decimals);
  const t6Name = tableTitle(t6);
  return {
    rule: crossSangong.id,
    severity: 'info',
    kind: 'mismatch',
    tableId: sangong.table.grid.id,
    tableTitle: tableTitle(sangong.table),
    stated: shown,
    expected: formatAmount(0, sangong.amount.decimals),
    diff: `+${shown}`,
    message: `${sangong.where} ${shown}，${t6Name}没有 ${code} 这一行（按 0 计，X.12）；“三公”经费含项目支出中的安排，可由项目资金列支`,
    messageEn: `${sangong.where} ${shown}, while ${t6Name} has no line ${code} (read as 0, X.12); 三公 covers project money too`,
    cells: [cellRef(sangong)],
  };
}
