/**
 * prose-parts: "X 万元，其中：a 万元，b 万元，c 万元" — the parts add to the total within (n+1)h (budget-identities.md
 * §4.2, §5.2): 政府采购 货物 + 工程 + 服务 (P.17), 三公 parts and their changes (P.13, P.14), 人员经费 + 公用经费 (P.10),
 * 资金分配 "…共计 X 万元" (P.11). A "其中" may name only some parts, so a shortfall is an error only where the parts are
 * complete by definition (subjects.ts COMPLETE_PARTS); parts that exceed the whole are always an error. One part
 * ("中小企业 94.27，其中：小微企业 94.27") means part ≤ whole.
 */
import { allClaims, type AmountClaim, type ChangeClaim, type PartsClaim } from '../prose/claims.ts';
import { COMPLETE_PARTS } from '../prose/subjects.ts';
import { checkSum, formatAmount } from '../rounding.ts';
import { proseFinding, witnessText } from './prose-finding.ts';
import type { FindingDraft, Rule, RuleContext } from './rule.ts';

const claimValue = (c: AmountClaim | ChangeClaim) => (c.kind === 'amount' ? c.value : c.change);

export const proseParts: Rule = {
  id: 'prose-parts',
  title: '“其中”各项之和等于总数 / Parts listed after 其中 add up to the total',
  run(ctx) {
    const findings: FindingDraft[] = [];
    for (const claim of allClaims(ctx.doc.raw, 'parts')) {
      const f = checkParts(ctx, claim);
      if (f) findings.push(f);
    }
    return findings;
  },
};

function checkParts(ctx: RuleContext, claim: PartsClaim): FindingDraft | undefined {
  const total = claimValue(claim.head);
  const parts = claim.parts.map(claimValue);
  const check = checkSum(total, parts);
  const d = total.decimals;
  const computed = formatAmount(check.computed, d);
  const stated = formatAmount(total.value, d);
  const list = parts.map((p) => formatAmount(p.value, p.decimals)).join(' + ');
  const over = check.diff.isNegative(); // parts exceed the whole
  const complete = claim.complete === true || isComplete(claim);
  // A relation only where it is one: parts that may be a partial list and fall short of the whole say nothing.
  const checked = check.verdict !== 'mismatch' || over || (complete && parts.length > 1);
  if (checked) witnessText(ctx, check.verdict, claim.head.numberRefs, ...claim.parts.map((p) => p.numberRefs));
  if (check.verdict === 'exact') return undefined;
  if (parts.length === 1 && !over) return undefined;
  if (check.verdict === 'mismatch' && !over && !complete) return undefined;
  const mismatch = check.verdict === 'mismatch';
  return proseFinding({
    rule: proseParts.id,
    severity: mismatch ? 'error' : 'info',
    kind: mismatch ? 'mismatch' : 'rounding',
    claim,
    stated,
    expected: computed,
    diff: formatAmount(check.diff, d),
    message: mismatch
      ? `「${claim.subject}」${stated} 万元与其中各项之和 ${computed} 万元（${list}）不符`
      : `「${claim.subject}」${stated} 万元与各项之和 ${computed} 万元相差 ${formatAmount(check.diff, d)}，在四舍五入误差（±${check.tolerance.toFixed()}）之内`,
    messageEn: mismatch
      ? `"${claim.subject}" ${stated} ≠ the sum of its parts ${computed} (${list})`
      : `"${claim.subject}" ${stated} vs parts ${computed}: within rounding (±${check.tolerance.toFixed()})`,
  });
}

function isComplete(claim: PartsClaim): boolean {
  const key = claim.head.key;
  if (!key) return false;
  const expected = COMPLETE_PARTS[key];
  if (!expected) return false;
  return claim.parts.every((p) => p.key !== undefined && expected.includes(p.key));
}

