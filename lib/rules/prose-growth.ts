/**
 * prose-growth: "C 万元，比上年预算增加/减少 A 万元，增长/下降 B%" (budget-identities.md §4.1 P.3, P.5, P.7, P.9,
 * P.14, P.16; §5.5). The direction word of the rate must agree with the sign of the change; the rate is checked with
 * the interval rule on the prior year p = C − A. Growth from a prior year of 0 is undefined: "增长 100%" there is a
 * writing convention ([C], [000] 事业运行 35.34) — an info note, never an error.
 */
import { allClaims, type ChangeClaim, isUpWord } from '../prose/claims.ts';
import { checkGrowth, formatInterval } from '../rounding.ts';
import { proseFinding } from './prose-finding.ts';
import type { FindingDraft, Rule } from './rule.ts';

export const proseGrowth: Rule = {
  id: 'prose-growth',
  title: '同比增减与增幅一致 / Year-on-year changes match their rates',
  run(ctx) {
    const findings: FindingDraft[] = [];
    for (const claim of allClaims(ctx.doc.raw, 'change')) {
      const f = checkClaim(claim);
      if (f) findings.push(f);
    }
    return findings;
  },
};

function checkClaim(claim: ChangeClaim): FindingDraft | undefined {
  const { rate, rateWord } = claim;
  if (!rate || !rateWord) return undefined;
  const A = claim.change.value;
  const rateText = `${rateWord} ${rate.raw}%`;
  const changeText = `${claim.changeWord} ${claim.change.value.abs().toFixed(claim.change.decimals)} 万元`;
  // Zero change, zero rate: consistent whatever the words ("增加 0.00 万元，增长 0.00%").
  if (A.isZero() && rate.value.isZero()) return undefined;
  const rateUp = isUpWord(rateWord) || rateWord === '增幅';
  if (!A.isZero() && !rate.value.isZero() && rateUp !== A.isPositive()) {
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
  const current = claim.current;
  if (!current) return undefined;
  const check = checkGrowth(current.value, claim.change, rate);
  if (check.undefinedRatio) {
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
      message: `「${claim.subject}」按 ${current.value.value.toFixed(current.value.decimals)} − (${A.toFixed(claim.change.decimals)}) 推算上年约为 0，增幅 ${rate.raw}% 无法成立`,
      messageEn: `"${claim.subject}": the implied prior year is about 0, so a rate of ${rate.raw}% cannot hold`,
    });
  }
  if (check.verdict === 'exact' || !check.possible) return undefined;
  const range = formatInterval(check.possible, rate.decimals);
  const prior = check.prior.toFixed(claim.change.decimals);
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
  // §4.2: the stated C may be last year's figure, with A/C as the rate.
  const base = current.value.value;
  const asIfPrior = base.isZero() ? undefined : A.abs().div(base).times(100).toDecimalPlaces(rate.decimals);
  const hint = asIfPrior?.eq(rate.value) ? '；该增幅等于变动额 ÷ 文中金额，文中金额可能是上年数' : '';
  const hintEn = asIfPrior?.eq(rate.value) ? '; the rate equals change ÷ stated amount: the amount may be last year’s' : '';
  return proseFinding({
    rule: proseGrowth.id,
    severity: 'error',
    kind: 'mismatch',
    claim,
    stated: `${rate.raw}%`,
    expected: `${range}%`,
    message: `「${claim.subject}」增幅应为 ${range}%（${A.abs().toFixed(claim.change.decimals)} ÷ 上年 ${prior}），文中为 ${rate.raw}%${hint}`,
    messageEn: `"${claim.subject}": the rate should be ${range}% (${A.abs().toFixed(claim.change.decimals)} / prior ${prior}); the text says ${rate.raw}%${hintEn}`,
  });
}
