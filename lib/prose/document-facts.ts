/**
 * What a disclosure is about: its year ("江苏省政协办公厅 2017 年度部门预算" → 2017) and whether it is a budget (预算)
 * or final accounts (决算). Two figures of the prose are one quantity only when they share the year and the basis:
 * "2016 年度部门支出预算安排为 8,648.07 万元" is last year's, the base of a growth rate, never a contradiction of this
 * year's 9,146.79; in a 决算, "年初预算为 10,210.34 万元，支出决算为 9,746.50 万元" are the budget and the outcome of
 * one item, two quantities.
 */
import type { RawDocument } from '../model.ts';
import { asciiDigits, unspaced } from '../text.ts';

const TITLE_YEAR = /((?:19|20)\d{2})\s*年\s*度?\s*(?:[^\s，。,；;]{0,30}?)(?:部门|单位)?\s*(?:预算|决算)/g;

/**
 * The year written most often before 预算/决算 in the first text blocks ("2017 年度部门预算"), else in the title. The
 * text wins over the title: a PDF's metadata title is often left over from the template it was made from
 * (江苏省政协办公厅2017年度部门预算.pdf calls itself "江苏省政协办公厅2015年度部门预算").
 */
export function documentYear(raw: RawDocument): number | undefined {
  const counts = new Map<number, number>();
  for (const text of firstTexts(raw))
    for (const m of text.slice(0, 400).matchAll(TITLE_YEAR)) {
      const y = Number(m[1]);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0) || (n === counts.get(best) && y > best)) best = y;
  return best ?? firstYear(raw.title);
}

/** The first text blocks (the title page, the 目录 and the first sections), full-width digits as ASCII and spaced-out lines closed up. */
function firstTexts(raw: RawDocument): string[] {
  const texts: string[] = [];
  for (const block of raw.blocks) {
    if (block.kind !== 'text') continue;
    texts.push(asciiDigits(block.text).split('\n').map(unspaced).join('\n'));
    if (texts.length >= 40) break;
  }
  return texts;
}

function firstYear(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = /((?:19|20)\d{2})\s*年/.exec(asciiDigits(text));
  return m ? Number(m[1]) : undefined;
}

/** A label that names last year (上年预算数, 2016 年度…): the amount after it is a prior-year figure. */
export function namesPriorYear(label: string, year: number | undefined): boolean {
  // "比上年", "与上年相比", "较上年": a comparison, not last year's figure; "上年结转结余": this year's income carried
  // over from last year, a figure of this year.
  const named = label.replace(/上年(?:度)?结[转余]/g, '');
  if (/(?:上年|去年|上一年)(?:度)?(?!相比|比|同期相比|预算相比)/.test(named) && !/(?:比|较|与|同|和)(?:上年|去年|上一年)/.test(named))
    return true;
  if (year === undefined) return false;
  let last: number | undefined;
  for (const m of label.matchAll(/((?:19|20)\d{2})年/g)) last = Number(m[1]);
  return last !== undefined && last < year;
}

export type Basis = 'budget' | 'actual';

/**
 * 决算 when the first text blocks name the document and its tables as 决算 more often than as 预算: "2024 年度部门决算",
 * "收入决算表", "支出决算情况说明". Not every 预算 counts: 一般公共预算 is a fund and 年初预算 a column of every 决算.
 */
export function documentBasis(raw: RawDocument): Basis {
  const head = firstTexts(raw).join('\n').replace(/\s+/g, '');
  const actual = (head.match(/决算(?:表|公开|情况|编制)|(?:部门|单位|年度)决算/g) ?? []).length;
  const budget = (head.match(/预算(?:表|公开|情况说明|编制)|(?:部门|单位|年度)预算/g) ?? []).length;
  return actual > budget ? 'actual' : 'budget';
}

/**
 * The basis a label names: 决算 (决算数, 支出决算为) is the outcome; 年初预算, 预算数, 调整预算 the budget. Undefined when
 * the label says neither: the figure is of the document's own basis.
 */
export function basisOf(label: string): Basis | undefined {
  if (/决算/.test(label)) return 'actual';
  if (/年初预算|预算数|调整(?:后)?预算|全年预算|预算为|预算安排/.test(label)) return 'budget';
  return undefined;
}
