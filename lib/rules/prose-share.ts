/**
 * prose-share: "X 万元，占 Y%" (budget-identities.md §4.1 P.3, P.5, P.8; §5.3). Y is checked against the *stated* X and
 * the stated total the share is of (the 其中 head: "收入预算 515.38 万元，其中：…"), so a wrong amount gives one
 * finding (prose-vs-table), not two. Shares of one complete breakdown must also add to 100 within Σ half-units (§5.4):
 * [002] 五(二) 72.19 + 16.64 + 5.15 + 6.03 = 100.01 is consistent.
 */
import Decimal from 'decimal.js';
import { allClaims, type ShareClaim } from '../prose/claims.ts';
import { checkShare, checkSum, formatInterval, halfUnit } from '../rounding.ts';
import { proseFinding } from './prose-finding.ts';
import type { FindingDraft, Rule } from './rule.ts';

export const proseShare: Rule = {
  id: 'prose-share',
  title: '文中占比与金额一致 / Stated shares match the amounts',
  run(ctx) {
    const findings: FindingDraft[] = [];
    const groups = new Map<object, ShareClaim[]>();
    for (const claim of allClaims(ctx.doc.raw, 'share')) {
      const total = claim.total;
      if (!total) continue;
      const group = groups.get(total) ?? [];
      group.push(claim);
      groups.set(total, group);
      const part = claim.part.value;
      const check = checkShare(part, total.value, claim.percent);
      const d = claim.percent.decimals;
      const statedText = `${claim.percent.raw}%`;
      if (check.undefinedRatio) continue;
      if (check.verdict === 'exact' || !check.possible) continue;
      const range = formatInterval(check.possible, d);
      const mismatch = check.verdict === 'mismatch';
      findings.push(
        proseFinding({
          rule: proseShare.id,
          severity: mismatch ? 'error' : 'info',
          kind: mismatch ? 'mismatch' : 'rounding',
          claim,
          stated: statedText,
          expected: `${range}%`,
          message: mismatch
            ? `「${claim.subject}」占比应为 ${range}%（${part.value.toFixed(part.decimals)} ÷ ${total.value.value.toFixed(total.value.decimals)}），文中为 ${statedText}`
            : `「${claim.subject}」占比 ${statedText} 与 ${range}% 的差别在四舍五入范围内`,
          messageEn: mismatch
            ? `Share of "${claim.subject}" should be ${range}% (${part.value.toFixed(part.decimals)} / ${total.value.value.toFixed(total.value.decimals)}); the text says ${statedText}`
            : `Share ${statedText} of "${claim.subject}" differs from ${range}% only within rounding`,
        }),
      );
    }
    for (const [total, shares] of groups) findings.push(...checkHundred(shares, total as ShareClaim['total']));
    return findings;
  },
};

/** §5.4: when the parts cover their total, their shares add to 100 within Σ h_Y. */
function checkHundred(shares: ShareClaim[], total: ShareClaim['total']): FindingDraft[] {
  if (!total || shares.length < 2) return [];
  const parts = checkSum(total.value, shares.map((s) => s.part.value));
  if (parts.verdict === 'mismatch') return []; // not a complete breakdown: nothing to add up to 100
  const hundred = { value: new Decimal(100), decimals: 12 };
  const sum = checkSum(hundred, shares.map((s) => s.percent));
  const shownSum = sum.computed.toFixed(Math.max(...shares.map((s) => s.percent.decimals)));
  if (sum.verdict === 'exact' || sum.verdict === 'rounding') return [];
  const tol = shares.reduce((t, s) => t.plus(halfUnit(s.percent.decimals)), new Decimal(0));
  const first = shares[0];
  return [
    proseFinding({
      rule: proseShare.id,
      severity: 'error',
      kind: 'mismatch',
      claim: first,
      others: shares.slice(1),
      stated: `${shownSum}%`,
      expected: '100%',
      message: `各项占比之和为 ${shownSum}%，应为 100%（容差 ±${tol.toFixed()}）`,
      messageEn: `The shares add up to ${shownSum}%, not 100% (tolerance ±${tol.toFixed()})`,
    }),
  ];
}
