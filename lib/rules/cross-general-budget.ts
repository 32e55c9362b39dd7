/**
 * cross-general-budget (X.8): 表2's 一般公共预算 column, per 科目编码, = 表5 合计 for that code — the general-budget
 * money booked to a use is what the general budget spends on it.
 *
 * It holds only when 表5 is this year's money alone and nothing came from the level above: 表5 spends 上级转移支付 and
 * 上年结转 too, while 表2 books those in columns of their own (上级一般公共预算安排的转移支付, 财政拨款结转). So the
 * check runs only when 表1/表2 show neither, and otherwise says in an info note why it was not made — a silent skip
 * would look like a pass.
 */

import type { RowInfo } from '../structure/table-structure.ts';
import { cellRef, firstTable, lookup } from '../tables/lookup.ts';
import { compareByCode } from './cross-code-rows.ts';
import { hasMoney } from './cross-lookup.ts';
import { tableTitle } from './findings.ts';
import type { AnalyzedTable, FindingDraft, Rule } from './rule.ts';
import { formatAmount } from '../rounding.ts';

const ID = 'X.8 表2 一般公共预算 = 表5 合计';

export const crossGeneralBudget: Rule = {
  id: 'cross-general-budget',
  title: '收入表一般公共预算与一般公共预算支出表一致 / 表2 general budget matches 表5 by code',
  run(ctx) {
    const t1 = firstTable(ctx.doc, 'T1');
    const t2 = firstTable(ctx.doc, 'T2');
    const t5 = firstTable(ctx.doc, 'T5');
    if (!t2 || !t5) return [];
    const reason = whyNotComparable(t1, t2);
    if (reason) {
      ctx.tally(t2.grid.id, 'missing');
      return [
        {
          rule: crossGeneralBudget.id,
          severity: 'info',
          kind: 'note',
          tableId: t2.grid.id,
          tableTitle: tableTitle(t2),
          message: `未核对 ${ID}：${reason.zh}，${tableTitle(t5)}的口径与表2「一般公共预算」列不同`,
          messageEn: `${ID} not checked: ${reason.en}, so 表5 does not cover the same money as 表2's 一般公共预算 column`,
          cells: reason.cells,
        },
      ];
    }
    return compareByCode(ctx, {
      rule: crossGeneralBudget.id,
      id: ID,
      a: { table: t2, col: /(?:^|\/)一般公共预算(?:拨款)?(?:收入)?$/ },
      b: { table: t5, col: /合计|总计/ },
    });
  },
};

interface Reason {
  zh: string;
  en: string;
  cells: FindingDraft['cells'];
}

/** Transfers from above or last year's general-budget carry-over, as 表1 and 表2 show them; undefined when neither. */
function whyNotComparable(t1: AnalyzedTable | undefined, t2: AnalyzedTable): Reason | undefined {
  const transfers = [
    lookup(t1, /^上级一般公共预算(?:安排)?(?:的)?转移支付$/, undefined, 0),
    lookup(t2, 'total', /上级一般公共预算/),
  ].find(hasMoney);
  if (transfers)
    return {
      zh: `有上级转移支付（${transfers.where} ${formatAmount(transfers.amount.value, transfers.amount.decimals)}）`,
      en: `there are transfers from the level above (${transfers.where} ${formatAmount(transfers.amount.value, transfers.amount.decimals)})`,
      cells: [cellRef(transfers)],
    };
  // 表1 二、上年结转结余 › 1. 财政拨款结转 › 其中：一般公共预算拨款 — the second row of that name.
  const carryT1 = t1
    ? lookup(t1, (r: RowInfo) => r.role === 'ofWhich' && /^一般公共预算(?:拨款)?$/.test(r.name) && isUnderCarry(t1, r), undefined, 0)
    : undefined;
  const carry = [carryT1, lookup(t2, 'total', /财政拨款结转$/)].find(hasMoney);
  if (carry)
    return {
      zh: `有上年财政拨款结转（${carry.where} ${formatAmount(carry.amount.value, carry.amount.decimals)}），表5 可能含结转`,
      en: `there is last year's fiscal carry-over (${carry.where} ${formatAmount(carry.amount.value, carry.amount.decimals)}), which 表5 may include`,
      cells: [cellRef(carry)],
    };
  return undefined;
}

function isUnderCarry(t1: AnalyzedTable, row: RowInfo): boolean {
  if (row.ofWhichParent === undefined) return false;
  const parent = t1.structure.segments.flatMap((s) => s.rows).find((r) => r.row === row.ofWhichParent);
  return parent !== undefined && /结转/.test(parent.name);
}
