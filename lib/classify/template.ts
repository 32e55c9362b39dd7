/**
 * Which template a document's tables follow, and so which standard tables it publishes at all. The national template
 * (财政部 部门预算公开 templates, the seeds) has 表1–表10 of the standard set. The Jiangsu provincial template
 * (江苏省级部门预算公开报表, 2017–2019: 公开01表 … 公开12表, or 表一 … 表十二) has twelve tables of which eight are
 * standard ones — it has no 一般公共预算项目支出表 (表7) and no 国有资本经营预算支出表 (表9) — so a Jiangsu document that
 * publishes its twelve tables is missing nothing.
 */
import { canonicalLabel } from '../text.ts';
import type { StandardTable } from './standard-table.ts';

export interface Template {
  name: string;
  /** The standard tables the template has, in its order. */
  tables: readonly StandardTable[];
  /** Whether the template's 表N is the standard number (表1 … 表10); Jiangsu numbers its own twelve tables. */
  standardNumbers: boolean;
}

export const NATIONAL_TEMPLATE: Template = {
  name: '部门预算公开模板 / national template',
  tables: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10'],
  standardNumbers: true,
};

export const JIANGSU_TEMPLATE: Template = {
  name: '江苏省级部门预算公开报表 / Jiangsu provincial template',
  tables: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T8', 'T10'],
  standardNumbers: false,
};

/**
 * Titles only the Jiangsu template uses (the national ones say 情况表 / 总体情况表): 财政拨款支出预算表 and 财政拨款基本
 * 支出预算表, 一般公共预算机关运行经费支出预算表, the 三公 table that adds 会议费 and 培训费, 政府采购预算表, and the
 * 收支/收入/支出预算总表 names.
 */
const JIANGSU_TITLES = [
  /^财政拨款(?:基本)?支出预算表/,
  /机关运行经费支出预算表/,
  /三公经费、?会议费、?培训费/,
  /政府采购(?:支出)?预算表/,
  /^(?:财政拨款)?收支预算总表$/,
  /^收入预算总表$/,
  /^支出预算总表$/,
];

/** Three or more titles of the Jiangsu template's own names: it is that template. */
export function documentTemplate(titles: readonly string[]): Template {
  let hits = 0;
  const seen = new Set<number>();
  for (const title of titles) {
    const t = canonicalLabel(title);
    JIANGSU_TITLES.forEach((re, i) => {
      if (!seen.has(i) && re.test(t)) {
        seen.add(i);
        hits++;
      }
    });
  }
  return hits >= 3 ? JIANGSU_TEMPLATE : NATIONAL_TEMPLATE;
}
