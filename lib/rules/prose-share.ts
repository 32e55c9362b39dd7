/**
 * prose-share: "X 万元，占 Y%" (budget-identities.md §4.1 P.3, P.5, P.8; §5.3). Y is checked against the *stated* X and
 * the stated total the share is of (the 其中 head: "收入预算 515.38 万元，其中：…"), so a wrong amount gives one
 * finding (prose-vs-table), not two. Shares of one complete breakdown must also add to 100 within Σ half-units (§5.4):
 * [002] 五(二) 72.19 + 16.64 + 5.15 + 6.03 = 100.01 is consistent. Shares of a whole that is named but never stated
 * ("占“三公”经费的 13.77%") are checked against the sum of their parts when they add to 100 (prose-share-of-sum.ts).
 */

import Decimal from 'decimal.js';
import { maxOf } from '../extent.ts';
import type { RawDocument } from '../model.ts';
import { type AmountClaim, allClaims, type ShareClaim } from '../prose/claims.ts';
import { KEY_NAMES, partitionOf, subjectKey, wholeOfParts } from '../prose/subjects.ts';
import type { Sentence } from '../prose/text-stream.ts';
import { checkShare, checkSum, formatAmount, formatInterval, halfUnit } from '../rounding.ts';
import { proseFinding, witnessText } from './prose-finding.ts';
import { tableFigure } from './claim-targets.ts';
import { checkShareOfSum, coverWhole, partsTotal } from './prose-share-of-sum.ts';
import type { FindingDraft, Rule, RuleContext } from './rule.ts';

export const proseShare: Rule = {
  id: 'prose-share',
  title: '文中占比与金额一致 / Stated shares match the amounts',
  run(ctx) {
    const findings: FindingDraft[] = [];
    const groups = new Map<object, ShareClaim[]>();
    /** Shares with no stated total, by sentence and by the whole they name. */
    const ofNamed = new Map<Sentence, Map<string, ShareClaim[]>>();
    const totals = documentTotals(ctx.doc.raw);
    const otherWhole = new Set<object>();
    for (const claim of allClaims(ctx.doc.raw, 'share')) {
      // The whole the sentence names wins over the list head or section total it sits under: "公务接待费 427.5 万元，
      // 占“三公”经费的 16.81%" is a share of the 三公 total, not of the 2,542.60 of the whole table.
      const total = claim.of ? (claim.whole ?? (sameWhole(claim.total, claim.of) ? claim.total : undefined)) : claim.total;
      if (!total) {
        // Shares of one sentence with no whole to divide by, grouped by the whole they name ('' when none): checked
        // against the sum of their parts when those are the whole (checkOfSum).
        const byName = ofNamed.get(claim.sentence) ?? new Map<string, ShareClaim[]>();
        ofNamed.set(claim.sentence, byName);
        const list = byName.get(claim.of ?? '');
        if (list) list.push(claim);
        else byName.set(claim.of ?? '', [claim]);
        continue;
      }
      if (!claim.ratio) {
        const group = groups.get(total) ?? [];
        group.push(claim);
        groups.set(total, group);
      }
      const part = tableFigure(ctx.doc, claim.part);
      const whole = tableFigure(ctx.doc, total);
      const check = checkShare(part, whole, claim.percent);
      const d = claim.percent.decimals;
      const statedText = `${claim.percent.raw}%`;
      if (check.undefinedRatio) continue;
      witnessText(ctx, check.verdict, claim.numberRefs, claim.part.numberRefs, total.numberRefs);
      if (check.verdict === 'exact' || !check.possible) continue;
      // "占 Y%" that names no whole: of the amount the list hangs from, or of the whole budget — both are read so.
      if (check.verdict === 'mismatch' && !claim.of && otherWholeFits(claim, totals)) {
        // …and then the list's shares are of that other whole: they need not add up to 100 %.
        otherWhole.add(total);
        continue;
      }
      const range = formatInterval(check.possible, d);
      const mismatch = check.verdict === 'mismatch';
      const [what, whatEn] = claim.ratio === 'completion' ? ['完成年初预算的比例', 'Completion rate'] : ['占比', 'Share'];
      findings.push(
        proseFinding({
          rule: proseShare.id,
          severity: mismatch ? 'error' : 'info',
          kind: mismatch ? 'mismatch' : 'rounding',
          claim,
          stated: statedText,
          expected: `${range}%`,
          message: mismatch
            ? `「${claim.subject}」${what}应为 ${range}%（${formatAmount(part.value, part.decimals)} ÷ ${formatAmount(whole.value, whole.decimals)}），文中为 ${statedText}`
            : `「${claim.subject}」${what} ${statedText} 与 ${range}% 的差别在四舍五入范围内`,
          messageEn: mismatch
            ? `${whatEn} of "${claim.subject}" should be ${range}% (${formatAmount(part.value, part.decimals)} / ${formatAmount(whole.value, whole.decimals)}); the text says ${statedText}`
            : `${whatEn} ${statedText} of "${claim.subject}" differs from ${range}% only within rounding`,
        }),
      );
    }
    for (const [total, shares] of groups)
      if (!otherWhole.has(total)) findings.push(...checkHundred(shares, total as ShareClaim['total']));
    for (const byName of ofNamed.values()) for (const shares of byName.values()) findings.push(...checkOfSum(ctx, shares));
    return findings;
  },
};

/**
 * Shares of one named whole that the text never states, in one sentence: if they add to 100 % the parts are the whole,
 * and each share is checked against Σ parts. If they do not, nothing says the parts are all of it: no check.
 */
function checkOfSum(ctx: RuleContext, shares: ShareClaim[]): FindingDraft[] {
  // One amount stated once: "占 …的" twice after the same amount is not two parts.
  if (shares.length < 2 || new Set(shares.map((s) => s.part)).size < shares.length) return [];
  // The parts are the whole when their shares add to 100 %, or when they are, by definition, all of it (因公出国 +
  // 公务用车购置及运行 + 公务接待 = 三公: 8.75 + 7.22 + 16.81 = 32.78 % of 三公 is wrong whatever the whole).
  // A whole the sentence does not name ("因公出国费支出决算 0.00 万元，占 0.00%；…公务接待费…，占 100.00%"): the one its
  // parts make up by definition, if they do; shares of no named whole and no such parts are not checked.
  const named = shares[0].of;
  const ofKey = named ? subjectKey(named, shares[0].sectionKind) : wholeOfParts(shares.map((s) => s.part.key));
  const partition = ofKey !== undefined && partitionOf(ofKey, shares.map((s) => s.part.key));
  if (!partition && (!named || !coverWhole(shares.map((s) => s.percent)))) return [];
  // The tables' figures where they print the text's amounts with more decimals (a 说明 checked with its 表格): "70万元"
  // is 70 ± 0.5 alone, 70.00 with the table.
  const parts = shares.map((s) => tableFigure(ctx.doc, s.part));
  const total = partsTotal(parts);
  const decimals = parts.reduce((d, p) => Math.max(d, p.decimals), 0);
  const findings: FindingDraft[] = [];
  for (const [i, claim] of shares.entries()) {
    const part = parts[i];
    const check = checkShareOfSum(part, total, claim.percent);
    if (check) witnessText(ctx, check.verdict, claim.numberRefs, ...shares.map((s) => s.part.numberRefs));
    // Only a mismatch: the whole is inferred, and amounts written without decimals ("70万元", ±0.5) widen the range
    // so much that a note "within rounding" would say nothing (80.92% of 江苏省委办公厅's 三公 is 80.75–81.07%).
    if (check?.verdict !== 'mismatch') continue;
    const d = claim.percent.decimals;
    const range = formatInterval(check.possible, d);
    const statedText = `${claim.percent.raw}%`;
    const sum = formatAmount(check.sum, decimals);
    const fromTables = parts.some((p, j) => p !== shares[j].part.value);
    const [sumZh, sumEn] = fromTables ? ['各项之和（按表中数）', 'the sum of the parts (as the tables print them)'] : ['文中各项之和', 'the sum of the stated parts'];
    const whole = claim.of ?? (ofKey ? (KEY_NAMES[ofKey] ?? '') : '');
    findings.push(
      proseFinding({
        rule: proseShare.id,
        severity: 'error',
        kind: 'mismatch',
        // The other shares are in the same sentence, which the claim's quote and refs already cover.
        claim,
        stated: statedText,
        expected: `${range}%`,
        message: `「${claim.subject}」占${whole}的比例应为 ${range}%（${formatAmount(part.value, part.decimals)} ÷ ${sumZh} ${sum}，${partition ? `各项合起来即${whole}` : '各项占比合计 100%'}），文中为 ${statedText}`,
        messageEn: `Share of "${claim.subject}" in ${whole} should be ${range}% (${formatAmount(part.value, part.decimals)} / ${sumEn} ${sum}, ${partition ? 'which together are the whole' : 'whose shares add up to 100%'}); the text says ${statedText}`,
      }),
    );
  }
  return findings;
}

/** The document's totals as the text states them (收支总预算, 一般公共预算拨款合计), in reading order. */
function documentTotals(raw: RawDocument): AmountClaim[] {
  return allClaims(raw, 'amount').filter((a) => (a.key === 'total@all' || a.key === 'gp-total') && !a.prior && !a.notArranged);
}

/** A share that names no whole fits one of the document's totals stated before it, of the same basis. */
function otherWholeFits(claim: ShareClaim, totals: readonly AmountClaim[]): boolean {
  for (const whole of totals) {
    if (whole.index > claim.index) break;
    if (whole === claim.total || whole === claim.part || whole.basis !== claim.part.basis) continue;
    if (checkShare(claim.part.value, whole.value, claim.percent).verdict !== 'mismatch') return true;
  }
  return false;
}

/** The list head or section total is the whole a share names: the same quantity, or the same name. */
function sameWhole(total: AmountClaim | undefined, of: string): boolean {
  if (!total) return false;
  const key = subjectKey(of, total.sectionKind);
  if (key !== undefined && key === total.key) return true;
  const bare = (t: string) => t.replace(/[“”"'‘’「」]/g, '');
  return bare(total.subject).endsWith(bare(of));
}

/** §5.4: when the parts cover their total, their shares add to 100 within Σ h_Y. */
function checkHundred(shares: ShareClaim[], total: ShareClaim['total']): FindingDraft[] {
  if (!total || shares.length < 2) return [];
  const parts = checkSum(total.value, shares.map((s) => s.part.value));
  if (parts.verdict === 'mismatch') return []; // not a complete breakdown: nothing to add up to 100
  const hundred = { value: new Decimal(100), decimals: 12 };
  const sum = checkSum(hundred, shares.map((s) => s.percent));
  const shownSum = formatAmount(sum.computed, maxOf(shares.map((s) => s.percent.decimals)));
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
