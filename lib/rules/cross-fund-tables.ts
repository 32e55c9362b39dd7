/**
 * cross-fund-tables (X.14): 表8 政府性基金预算支出情况表 is empty exactly when 表1 and 表4 show no 政府性基金 money, and
 * 表9 国有资本经营预算支出情况表 exactly when they show no 国有资本经营 money. Both tables are usually empty (the
 * seeds print them with a blank 合计 row); an empty fund table beside fund money in 表1/表4 — or the other way round —
 * means a table or a column is wrong.
 *
 * "Empty" is "no non-zero number": a table of 0.00s spends nothing. 表1 counts both this year's line and the one
 * under 财政拨款结转; 表4 its income line and the 支出总计 cell of the fund's column. Extraction mangles these headers
 * ([000] 表4 「政府基 金预算」「国有本 营预算」), so the columns are matched on 基金 and 国有.
 */

import type { RowInfo } from '../structure/table-structure.ts';
import { cellRef, firstTable, hasNoNumbers, type Located, lookup } from '../tables/lookup.ts';
import { hasMoney } from './cross-lookup.ts';
import { tableTitle } from './findings.ts';
import type { AnalyzedTable, DocumentModel, FindingDraft, Rule, RuleContext } from './rule.ts';

interface Fund {
  standard: 'T8' | 'T9';
  zh: string;
  en: string;
  /** 表1 source rows (this year's, and the one under 财政拨款结转). */
  t1Row: RegExp;
  /** 表4 income row and expenditure column. */
  t4Row: RegExp;
  t4Col: RegExp;
}

const FUNDS: Fund[] = [
  {
    standard: 'T8',
    zh: '政府性基金',
    en: 'government-fund',
    t1Row: /^(?:政府性)?基金预算拨款(?:收入)?$/,
    t4Row: /^政府性?基金(?:预算)?(?:拨款)?(?:收入)?$/,
    t4Col: /基金/,
  },
  {
    standard: 'T9',
    zh: '国有资本经营',
    en: 'state-capital',
    t1Row: /^国有资本经营预算拨款(?:收入)?$/,
    t4Row: /^国有.*预算(?:拨款)?(?:收入)?$/,
    t4Col: /国有/,
  },
];

export const crossFundTables: Rule = {
  id: 'cross-fund-tables',
  title: '政府性基金、国有资本经营预算表与总表一致 / Fund tables empty exactly when 表1/表4 show no fund money',
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const fund of FUNDS) {
      const f = checkFund(ctx, fund);
      if (f) out.push(f);
    }
    return out;
  },
};

function checkFund(ctx: RuleContext, fund: Fund): FindingDraft | undefined {
  const table = firstTable(ctx.doc, fund.standard);
  if (!table) return undefined; // reported by missing-table
  const money = fundMoney(ctx.doc, fund);
  if (money.checked.length === 0) return undefined;
  const empty = hasNoNumbers(table);
  const withMoney = money.checked.filter(hasMoney);
  const holds = empty === (withMoney.length === 0);
  ctx.tally(table.grid.id, holds ? 'exact' : 'mismatch');
  if (holds) return undefined;
  const name = tableTitle(table);
  const list = (cells: Located[]) => cells.map((l) => `${l.where} ${l.amount.value.toFixed(l.amount.decimals)}`).join('、');
  const base = {
    rule: crossFundTables.id,
    severity: 'error' as const,
    kind: 'mismatch' as const,
    tableId: table.grid.id,
    tableTitle: tableTitle(table),
  };
  if (empty)
    return {
      ...base,
      stated: '0',
      message: `${name}为空表，但 ${list(withMoney)} 有${fund.zh}预算资金（X.14）`,
      messageEn: `${name} is empty, but ${list(withMoney)} show ${fund.en} money (X.14)`,
      cells: withMoney.map(cellRef),
    };
  const shown = money.checked.map((l) => l.where).join('、');
  return {
    ...base,
    message: `${name}有数字，但 ${shown} 均为空或 0：${fund.zh}资金在总表中没有来源（X.14）`,
    messageEn: `${name} has amounts, but ${shown} are all blank or 0: the ${fund.en} money has no source in the summary tables (X.14)`,
    cells: money.checked.map(cellRef),
  };
}

/** The 表1 and 表4 cells that carry this fund's money (those found). */
function fundMoney(doc: DocumentModel, fund: Fund): { checked: Located[] } {
  const checked: Located[] = [];
  const t1 = firstTable(doc, 'T1');
  const t4 = firstTable(doc, 'T4');
  if (t1) checked.push(...rowsNamed(t1, fund.t1Row));
  if (t4) {
    const income = lookup(t4, (r: RowInfo) => fund.t4Row.test(r.name), undefined, 0);
    if (income) checked.push(income);
    const spent = lookup(t4, /^支出总计$/, fund.t4Col);
    if (spent) checked.push(spent);
  }
  return { checked };
}

/** Every row of a table whose name matches, in the first value column of its segment. */
function rowsNamed(table: AnalyzedTable, name: RegExp): Located[] {
  const out: Located[] = [];
  for (const segment of table.structure.segments)
    for (const row of segment.rows)
      if (name.test(row.name) && segment.valueCols[0] !== undefined) {
        const l = lookup(table, (r) => r.row === row.row, undefined, table.structure.segments.indexOf(segment));
        if (l) out.push(l);
      }
  return out;
}
