/**
 * prose-growth: "C 万元，比上年预算增加/减少 A 万元，增长/下降 B%" (budget-identities.md §4.1 P.3, P.5, P.7, P.9,
 * P.14, P.16; §5.5). The direction word of the rate must agree with the sign of the change; the rate is checked with
 * the interval rule on the prior year p = C − A. Growth from a prior year of 0 is undefined: "增长 100%" there is a
 * writing convention ([C], [000] 事业运行 35.34) — an info note, never an error.
 */
import Decimal from 'decimal.js';
import { allClaims, type ChangeClaim, isUpWord, type Money } from '../prose/claims.ts';
import { checkGrowth, formatAmount, formatInterval, halfUnitOf, type Verdict } from '../rounding.ts';
import { proseFinding, witnessText } from './prose-finding.ts';
import type { FindingDraft, Rule, RuleContext } from './rule.ts';

export const proseGrowth: Rule = {
  id: 'prose-growth',
  title: '同比增减与增幅一致 / Year-on-year changes match their rates',
  run(ctx) {
    const findings: FindingDraft[] = [];
    for (const claim of allClaims(ctx.doc.raw, 'change')) {
      const f = checkClaim(ctx, claim);
      if (f) findings.push(f);
    }
    return findings;
  },
};

function checkClaim(ctx: RuleContext, claim: ChangeClaim): FindingDraft | undefined {
  const { rate, rateWord } = claim;
  if (!rate || !rateWord) return undefined;
  const A = claim.change.value;
  const rateText = `${rateWord} ${rate.raw}%`;
  const changeText = `${claim.changeWord} ${formatAmount(claim.change.value.abs(), claim.change.decimals)} 万元`;
  // Zero change, zero rate: consistent whatever the words ("增加 0.00 万元，增长 0.00%").
  if (A.isZero() && rate.value.isZero()) return undefined;
  const rateUp = isUpWord(rateWord) || rateWord === '增幅';
  const read = (verdict: Verdict) =>
    witnessText(ctx, verdict, claim.numberRefs, claim.rateRefs, claim.current?.numberRefs, claim.lastYear?.numberRefs);
  if (!A.isZero() && !rate.value.isZero() && rateUp !== A.isPositive() && !claim.directionUnsaid) {
    read('mismatch');
    return proseFinding({
      rule: proseGrowth.id,
      severity: 'error',
      kind: 'mismatch',
      claim,
      stated: rateText,
      message: `「${claim.subject}」${changeText}，却说${rateText}：增减方向矛盾`,
      messageEn: `"${claim.subject}": the amount ${A.isPositive() ? 'rises' : 'falls'} but the rate says the opposite (${rateText})`,
    });
  }
  const readings = readingsOf(claim);
  if (readings.length === 0) return undefined;
  // Every plausible reading of what the change is of: the rate is wrong only if it is wrong under each of them.
  const judged = readings.map((r) => ({ ...r, check: checkGrowth(r.current, claim.change, rate) }));
  const best = judged.find((r) => r.check.verdict === 'exact') ?? judged.find((r) => r.check.verdict === 'rounding' && !r.check.undefinedRatio);
  if (best?.check.verdict === 'exact') {
    read('exact');
    return undefined;
  }
  const primary = best ?? judged[0];
  const { check } = primary;
  read(check.verdict);
  const current = primary.current;
  if (check.undefinedRatio) {
    // A rise larger than this year's amount leaves last year below zero: "支出 9.23 万元，比上年增加 10.23 万元".
    // No reading of the sentence makes that a budget; the convention for a zero base does not cover it.
    const slack = halfUnitOf(current).plus(halfUnitOf(claim.change));
    if (check.prior.lt(slack.neg())) {
      return proseFinding({
        rule: proseGrowth.id,
        severity: 'error',
        kind: 'mismatch',
        claim,
        stated: `${claim.changeWord} ${formatAmount(A.abs(), claim.change.decimals)}`,
        expected: `≤ ${formatAmount(current.value, current.decimals)}`,
        message: `「${claim.subject}」本年 ${formatAmount(current.value, current.decimals)} 万元，却比上年${claim.changeWord} ${formatAmount(A.abs(), claim.change.decimals)} 万元：上年将为负数`,
        messageEn: `"${claim.subject}" is ${formatAmount(current.value, current.decimals)} this year but rose by ${formatAmount(A.abs(), claim.change.decimals)}: last year would be negative`,
      });
    }
    if (rate.value.eq(100) && A.isPositive()) {
      return proseFinding({
        rule: proseGrowth.id,
        severity: 'info',
        kind: 'convention',
        claim,
        stated: `${rate.raw}%`,
        message: `「${claim.subject}」上年为 0，增长率无从计算；按惯例写作增长 ${rate.raw}%`,
        messageEn: `"${claim.subject}": last year was 0, so the rate is undefined; ${rate.raw}% is the usual convention`,
      });
    }
    return proseFinding({
      rule: proseGrowth.id,
      severity: 'error',
      kind: 'mismatch',
      claim,
      stated: `${rate.raw}%`,
      message: `「${claim.subject}」按 ${formatAmount(current.value, current.decimals)} − (${formatAmount(A, claim.change.decimals)}) 推算上年约为 0，增幅 ${rate.raw}% 无法成立`,
      messageEn: `"${claim.subject}": the implied prior year is about 0, so a rate of ${rate.raw}% cannot hold`,
    });
  }
  if (!check.possible) return undefined;
  const range = formatInterval(check.possible, rate.decimals);
  const prior = formatAmount(check.prior, claim.change.decimals);
  if (check.verdict === 'rounding')
    return proseFinding({
      rule: proseGrowth.id,
      severity: 'info',
      kind: 'rounding',
      claim,
      stated: `${rate.raw}%`,
      expected: `${range}%`,
      message: `「${claim.subject}」增幅 ${rate.raw}% 与 ${range}% 的差别在四舍五入范围内（上年 ${prior} 万元）`,
      messageEn: `"${claim.subject}": rate ${rate.raw}% differs from ${range}% only within rounding (prior year ${prior})`,
    });
  const [hint, hintEn] = slipHint(current.value, check.prior, A, rate.value, rate.decimals);
  return proseFinding({
    rule: proseGrowth.id,
    severity: 'error',
    kind: 'mismatch',
    claim,
    stated: `${rate.raw}%`,
    expected: `${range}%`,
    message: `「${claim.subject}」增幅应为 ${range}%（${formatAmount(A.abs(), claim.change.decimals)} ÷ 上年 ${prior}），文中为 ${rate.raw}%${hint}`,
    messageEn: `"${claim.subject}": the rate should be ${range}% (${formatAmount(A.abs(), claim.change.decimals)} / prior ${prior}); the text says ${rate.raw}%${hintEn}`,
  });
}

interface Reading {
  /** This year's amount C under this reading (p = C − A). */
  current: Money;
}

/**
 * What the change may be of. The sentence's own amount first; last year's amount when the sentence states it
 * (then C = p + A: "与 2016 年度相比（2016 年度…为 8,648.07 万元），增加 498.72 万元，增长 5.77%"); the other amounts
 * of the sentence before, when the change opens a sentence of its own.
 */
function readingsOf(claim: ChangeClaim): Reading[] {
  const readings: Reading[] = [];
  if (claim.lastYear) {
    const p = claim.lastYear.value;
    readings.push({ current: { ...p, value: p.value.plus(claim.change.value) } });
  }
  if (claim.current) readings.push({ current: claim.current.value });
  for (const alt of claim.alternatives ?? []) if (!alt.prior) readings.push({ current: alt.value });
  return readings;
}

/**
 * What a wrong rate may be instead, when the figures reproduce it another way: change ÷ this year (the amount
 * stated is last year's, §4.2), or this year ÷ last year (the ratio "为上年的 B%" written as a growth rate:
 * 1,685.72 ÷ 128.43 = 1312.56% where the growth is 1212.56%).
 */
function slipHint(C: Decimal, p: Decimal, A: Decimal, stated: Decimal, decimals: number): [string, string] {
  const round = (d: Decimal) => d.times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  if (!C.isZero() && round(A.abs().div(C)).eq(stated))
    return ['；该增幅等于变动额 ÷ 文中金额，文中金额可能是上年数', '; the rate equals change ÷ stated amount: the amount may be last year’s'];
  if (p.gt(0) && round(C.div(p)).eq(stated))
    return [
      `；该数等于本年 ÷ 上年（${C.toFixed()} ÷ ${p.toFixed()}），是“为上年的百分之几”，不是增幅`,
      `; it equals this year ÷ last year (${C.toFixed()} / ${p.toFixed()}): a ratio to last year, not the growth`,
    ];
  return ['', ''];
}
