/**
 * missing-table: a table the cross-table identities need is absent. One info finding per missing table — "表3 缺失，
 * 无法核对 X.1、X.3、X.4、X.11" — so a check that could not run is never mistaken for one that passed (§6: missing
 * tables are findings of their own, not reasons to crash or to stay silent).
 *
 * Which tables are expected: those the document's 目录 lists (its ordinal is the 表N), and without a 目录 the standard
 * tables of the document's own template (lib/templates/catalogue.ts: 表1–表10 for the national budget one, 表1–表9 for
 * the national 决算 one; the Jiangsu template has no 表7 or 表9) when an identity that needs one of them has its other tables present. 上年结转结余情况明细表 is
 * not in older templates ([000] lists ten tables), so it is expected only where a 目录 lists it.
 */
import { STANDARD_TABLE_NAMES, type StandardTable } from '../classify/standard-table.ts';
import { documentTemplate } from '../classify/template.ts';
import { FINAL_ACCOUNTS_IDENTITIES, TEMPLATES } from '../templates/catalogue.ts';
import { listedTables } from './cross-contents.ts';
import type { FindingDraft, Rule } from './rule.ts';

export const MISSING_TABLE_RULE_ID = 'missing-table';

interface Identity {
  id: string;
  needs: StandardTable[];
  zh: string;
  en: string;
}

/** The cross-table identities (budget-identities.md §3) and the tables each one reads. */
export const IDENTITY_TABLES: readonly Identity[] = [
  { id: 'X.1', needs: ['T1', 'T2', 'T3'], zh: '收支总计', en: 'grand totals' },
  { id: 'X.2', needs: ['T1', 'T2'], zh: '收入来源', en: 'income sources' },
  { id: 'X.3', needs: ['T1', 'T2', 'T3'], zh: '功能分类类级金额', en: 'function classes' },
  { id: 'X.4', needs: ['T2', 'T3'], zh: '收入表与支出表逐科目', en: 'income vs expenditure by code' },
  { id: 'X.5', needs: ['T1', 'T4'], zh: '财政拨款收入', en: 'fiscal income' },
  { id: 'X.6', needs: ['T2', 'T4'], zh: '财政拨款小计', en: 'fiscal subtotal' },
  { id: 'X.7', needs: ['T4', 'T5'], zh: '一般公共预算支出', en: 'general-budget spending' },
  { id: 'X.8', needs: ['T2', 'T5'], zh: '一般公共预算逐科目', en: 'general budget by code' },
  { id: 'X.9', needs: ['T5', 'T6'], zh: '基本支出', en: 'basic expenditure' },
  { id: 'X.10', needs: ['T5', 'T7'], zh: '项目支出', en: 'project expenditure' },
  { id: 'X.11', needs: ['T3', 'T5'], zh: '全口径与一般公共预算的基本/项目支出', en: 'all-funds vs general-budget split' },
  { id: 'X.12', needs: ['T6', 'T10'], zh: '“三公”经费与基本支出', en: '三公 vs basic expenditure' },
  { id: 'X.14', needs: ['T1', 'T4', 'T8'], zh: '政府性基金空表', en: 'government-fund table' },
  { id: 'X.14', needs: ['T1', 'T4', 'T9'], zh: '国有资本经营空表', en: 'state-capital table' },
  { id: 'X.15', needs: ['T1', 'T11'], zh: '上年结转结余', en: 'carry-over' },
  { id: 'X.17', needs: ['T5', 'T6'], zh: '经济科目与功能科目对应', en: 'economic vs functional lines' },
  // 决算: the identities of the catalogue, each needing the tables its cells are in.
  ...FINAL_ACCOUNTS_IDENTITIES.map((i) => ({
    id: i.id,
    needs: [...new Set([i.a, ...(Array.isArray(i.b) ? i.b : [i.b])].map((spec) => spec.table))],
    zh: i.zh,
    en: i.en,
  })),
];

/** The tables of every known template (预算 and 决算); 表11 is in some budget templates only. */
const CORE: ReadonlySet<StandardTable> = new Set(TEMPLATES.flatMap((t) => t.tables));

export const missingTables: Rule = {
  id: MISSING_TABLE_RULE_ID,
  title: '缺失的表格 / Missing tables',
  run(ctx) {
    const present = new Set(ctx.doc.tables.flatMap((t) => (t.standard ? [t.standard] : [])));
    // A page without any table of the standard set is not a budget disclosure page, or shows it elsewhere.
    if (![...present].some((s) => CORE.has(s) || s === 'T11')) return [];
    const listed = listedTables(ctx.doc.raw);
    const template = documentTemplate(ctx.doc.tables.flatMap((t) => (t.grid.title ? [t.grid.title] : [])));
    const expected: { standard: StandardTable; number?: string; title: string; fromContents: boolean }[] = listed.length
      ? listed.map((t) => ({ standard: t.standard, number: t.number, title: t.title, fromContents: true }))
      : template.tables.map((standard) => ({
          standard,
          // A template that numbers its tables its own way has no 表N to give a table it does not show.
          number: template.standardNumbers ? standard.slice(1) : undefined,
          title: STANDARD_TABLE_NAMES[standard],
          fromContents: false,
        }));
    const out: FindingDraft[] = [];
    for (const table of expected) {
      if (present.has(table.standard)) continue;
      const needing = IDENTITY_TABLES.filter((i) => i.needs.includes(table.standard));
      // Without a 目录, only a table whose absence blocks a check between tables that are there is worth saying.
      const blocked = needing.filter((i) => i.needs.some((n) => n !== table.standard && present.has(n)));
      const shown = table.fromContents ? needing : blocked;
      if (!table.fromContents && blocked.length === 0) continue;
      const zhList = shown.map((i) => `${i.id} ${i.zh}`).join('、');
      const enList = shown.map((i) => `${i.id} ${i.en}`).join(', ');
      const where = table.fromContents ? '目录列出了此表，正文中没有' : '正文中没有找到此表';
      const whereEn = table.fromContents ? 'listed in the table of contents but absent from the text' : 'not found in the text';
      const named = table.number === undefined ? `「${table.title}」` : `表${table.number}（${table.title}）`;
      out.push({
        rule: MISSING_TABLE_RULE_ID,
        severity: 'info',
        kind: 'missing',
        tableTitle: table.number === undefined ? table.title : `表${table.number} ${table.title}`,
        message:
          `${named}缺失（${where}），无法核对` +
          (shown.length ? `：${zhList}，以及本表自身的核对` : '本表自身的数字'),
        messageEn:
          `${table.number === undefined ? `Table「${table.title}」` : `Table ${table.number} (${table.title})`} is missing (${whereEn}): ` +
          (shown.length ? `${enList} and the table's own checks cannot be checked` : "the table's own figures cannot be checked"),
        cells: [],
      });
    }
    return out;
  },
};
