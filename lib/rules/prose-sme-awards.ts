/**
 * prose-sme-awards: contracts won by small and medium enterprises, in the projects reserved for them and in the other
 * projects, are two disjoint parts of the year's government procurement, so together they cannot exceed it. The
 * national 决算 template words it in one paragraph (其他重要事项 · 政府采购支出情况):
 *
 *   …政府采购金额（以合同签订为准）为 21.07 万元…。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交
 *   的，采购金额 21.07 万元；…；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额 21.07 万元。
 *
 * 21.07 + 21.07 = 42.14 > 21.07 (中共上海市普陀区委社会工作部2024年度部门决算.pdf): the figure of the reserved projects
 * was written again in the slot of the others. Within rounding: a + b ≤ T + h_a + h_b + h_T.
 *
 * Fires: that paragraph. Silent: 上海市普陀区规划和自然资源局2024年度部门决算.pdf (225.10 + 0.00 ≤ 2,319.21).
 */
import Decimal from 'decimal.js';
import { type AmountClaim, allClaims } from '../prose/claims.ts';
import { sentenceIndexOf } from '../prose/text-stream.ts';
import { formatAmount, halfUnitOf } from '../rounding.ts';
import { proseFinding } from './prose-finding.ts';
import type { FindingDraft, Rule } from './rule.ts';

export const proseSmeAwards: Rule = {
  id: 'prose-sme-awards',
  title: '中小企业中标金额不超过政府采购总额 / Contracts won by SMEs do not exceed the procurement total',
  run(ctx) {
    const findings: FindingDraft[] = [];
    let total: AmountClaim | undefined;
    let reserved: AmountClaim | undefined;
    for (const claim of allClaims(ctx.doc.raw, 'amount')) {
      if (claim.prior) continue;
      if (claim.key === 'procurement') {
        total = claim;
        reserved = undefined;
        continue;
      }
      const clause = clauseOf(claim);
      if (!total || !/中小企业供应商/.test(clause) || !/中标|成交/.test(clause)) continue;
      if (/面向中小企业预留/.test(clause)) reserved = claim;
      else if (/其他政府采购项目/.test(clause) && reserved) {
        // A bound, not an identity: no witness (any smaller award satisfies it equally).
        const f = check(total, reserved, claim);
        if (f) findings.push(f);
        reserved = undefined;
      }
    }
    return findings;
  },
};

/** The clause of the sentence that ends with the claim's number: from the last ";" before it. */
function clauseOf(claim: AmountClaim): string {
  const { text } = claim.sentence;
  const ref = claim.numberRefs[0];
  if (!ref) return '';
  const at = sentenceIndexOf(claim.sentence, ref.block, ref.start);
  if (at < 0) return '';
  const start = text.lastIndexOf(';', at) + 1;
  return text.slice(start, at);
}

function check(total: AmountClaim, reserved: AmountClaim, other: AmountClaim): FindingDraft | undefined {
  const T = total.value;
  const a = reserved.value;
  const b = other.value;
  const tol = halfUnitOf(T).plus(halfUnitOf(a)).plus(halfUnitOf(b));
  const excess = a.value.plus(b.value).minus(T.value);
  if (excess.lte(tol)) return undefined;
  const d = Math.max(T.decimals, a.decimals, b.decimals, 0);
  const room = formatAmount(Decimal.max(T.value.minus(a.value), 0), d);
  const sum = formatAmount(a.value.plus(b.value), d);
  return proseFinding({
    rule: proseSmeAwards.id,
    severity: 'error',
    kind: 'mismatch',
    claim: other,
    others: [reserved, total],
    stated: formatAmount(b.value, d),
    expected: room,
    message: `在其他政府采购项目中由中小企业中标的 ${b.shown}，加上预留项目中的 ${a.shown}，共 ${sum} 万元，超过了政府采购总额 ${T.shown}：其他项目中最多为 ${room} 万元`,
    messageEn: `SMEs won ${b.shown} in the other projects and ${a.shown} in the reserved ones, ${sum} in all, more than the ${T.shown} of all procurement: the other projects can hold at most ${room}`,
  });
}
