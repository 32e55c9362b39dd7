/**
 * prose-budget-vs-outcome: "决算数小于预算数", "决算数大于年初预算数", "决算数同预算数持平" must agree with the two
 * figures the text has just given for the item (national 决算 template, 五 一般公共预算财政拨款支出决算具体情况):
 *
 *   …年初预算为 54.53 万元，支出决算为 54.53 万元，完成年初预算的 100.00%。决算数同预算数持平。
 *
 * The figures are the last budget figure (年初预算, 全年预算, 预算数) and the last outcome figure (决算) of the same
 * sentence or the one before it, in the same paragraph. Rounding decides "equal": two displays within 2h of each other
 * may stand for one value, so "持平" is wrong only beyond that, and "小于" / "大于" only when the printed figures say the
 * opposite or are the same.
 *
 * Fires: "决算数小于预算数" after 年初预算 446.11, 决算 446.11. Silent: both 上海市普陀区 决算 as published.
 */
import { type AmountClaim, allClaims } from '../prose/claims.ts';
import { quoteOf, sentencesOf, textRefs } from '../prose/text-stream.ts';
import { halfUnitOf } from '../rounding.ts';
import { proseFinding, witnessText } from './prose-finding.ts';
import type { FindingDraft, Rule } from './rule.ts';

export const proseBudgetVsOutcome: Rule = {
  id: 'prose-budget-vs-outcome',
  title: '决算数与预算数的比较与数字一致 / "Outcome above / below / equal to budget" matches the figures',
  run(ctx) {
    const raw = ctx.doc.raw;
    const bySentence = new Map<object, AmountClaim[]>();
    for (const c of allClaims(raw, 'amount')) {
      if (c.prior || !c.basis) continue;
      const list = bySentence.get(c.sentence) ?? [];
      list.push(c);
      bySentence.set(c.sentence, list);
    }
    const findings: FindingDraft[] = [];
    let budget: AmountClaim | undefined;
    let outcome: AmountClaim | undefined;
    let paragraph = -1;
    let age = 0;
    for (const sentence of sentencesOf(raw)) {
      if (sentence.paragraph !== paragraph) {
        budget = outcome = undefined;
        paragraph = sentence.paragraph;
      }
      const amounts = bySentence.get(sentence) ?? [];
      if (amounts.length > 0) {
        budget = amounts.filter((a) => a.basis === 'budget').at(-1) ?? (age === 0 ? budget : undefined);
        outcome = amounts.filter((a) => a.basis === 'actual').at(-1) ?? (age === 0 ? outcome : undefined);
        age = 0;
      } else age++;
      const said = RELATION.exec(sentence.text);
      if (!said || !budget || !outcome || age > 1) continue;
      const relation = said[1] ?? said[2];
      const refs = textRefs(sentence);
      const where = { quote: quoteOf(raw, refs), textRefs: refs };
      const f = check(relation, budget, outcome, sentence.text.slice(said.index, said.index + said[0].length), where);
      // Only "持平" pins both figures down; "小于" holds for any smaller outcome, so it tells little of either figure.
      if (saidOf(relation) === 'equal') witnessText(ctx, f ? 'mismatch' : 'exact', budget.numberRefs, outcome.numberRefs);
      if (f) findings.push(f);
    }
    return findings;
  },
};

/** 决算数 小于 / 大于 / 等于 / 同…持平 / 与…持平 (年初 / 全年) 预算数. */
const RELATION = /决算数?(大于|高于|超过|多于|小于|低于|少于|等于)(?:年初|全年|调整后)?预算数?|决算数?(?:同|与|和)(?:年初|全年|调整后)?预算数?(持平|相等|一致)/;

type Said = 'above' | 'below' | 'equal';

function saidOf(word: string): Said {
  if (/大于|高于|超过|多于/.test(word)) return 'above';
  if (/小于|低于|少于/.test(word)) return 'below';
  return 'equal';
}

function check(
  word: string,
  budget: AmountClaim,
  outcome: AmountClaim,
  phrase: string,
  where: Pick<AmountClaim, 'quote' | 'textRefs'>,
): FindingDraft | undefined {
  const said = saidOf(word);
  const diff = outcome.value.value.minus(budget.value.value);
  const tol = halfUnitOf(outcome.value).plus(halfUnitOf(budget.value));
  // Printed equal contradicts "above" and "below"; beyond rounding the other way contradicts them too.
  const wrong =
    said === 'equal'
      ? diff.abs().gt(tol)
      : said === 'above'
        ? diff.isZero() || (diff.isNegative() && diff.abs().gt(tol))
        : diff.isZero() || (diff.isPositive() && diff.abs().gt(tol));
  if (!wrong) return undefined;
  const actual = diff.isZero() ? '等于' : diff.isPositive() ? '大于' : '小于';
  const actualEn = diff.isZero() ? 'equals' : diff.isPositive() ? 'is above' : 'is below';
  return proseFinding({
    rule: proseBudgetVsOutcome.id,
    severity: 'error',
    kind: 'contradiction',
    claim: where,
    others: [outcome, budget],
    stated: phrase,
    message: `文中说「${phrase}」，但决算数 ${outcome.value.shown}${actual}预算数 ${budget.value.shown}`,
    messageEn: `The text says "${phrase}", but the outcome ${outcome.value.shown} ${actualEn} the budget ${budget.value.shown}`,
  });
}
