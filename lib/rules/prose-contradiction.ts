/**
 * prose-contradiction: the text against itself (budget-identities.md §4.2 "cross-statement").
 *
 * 1. One quantity stated twice with different figures (一般公共预算 in 二, 四 and 五 must agree within 2h).
 * 2. Two year-on-year statements about one quantity that imply different prior years p = C − A (within 4h: C and A are
 *    both rounded in each statement).
 * 3. Last year's budget also balanced: Σ p(收入 sources, 二) = p(基本) + p(项目) of 三.
 * 4. Δ 一般公共预算 (二) = Δ基本 + Δ项目 (五), and Σ Δ of the 五(三) 项 = Δ基本 + Δ项目 (五).
 * 基本支出 in 三 (all funds) and in 五 (general public budget) are different quantities (subjects.ts keys them apart):
 * [000] implies 353.84 vs 327.84, explained by last year's 财政专户 13.00 + 单位资金 13.00 — not a contradiction.
 */

import Decimal from 'decimal.js';
import { maxOf } from '../extent.ts';
import { type AmountClaim, allClaims, type ChangeClaim, impliedPrior } from '../prose/claims.ts';
import { KEY_NAMES } from '../prose/subjects.ts';
import { checkEqual, formatAmount, halfUnit, halfUnitOf, ZERO } from '../rounding.ts';
import { proseFinding, witnessText } from './prose-finding.ts';
import type { FindingDraft, Rule, RuleContext } from './rule.ts';

export const proseContradiction: Rule = {
  id: 'prose-contradiction',
  title: '文中前后表述一致 / The text does not contradict itself',
  run(ctx) {
    const raw = ctx.doc.raw;
    const findings: FindingDraft[] = [];
    findings.push(...sameAmounts(ctx, allClaims(raw, 'amount')));
    const changes = allClaims(raw, 'change').filter((c) => c.key && c.current);
    findings.push(...samePriors(ctx, changes));
    findings.push(...balancedPriorYear(changes));
    findings.push(...changeSums(changes));
    return findings;
  },
};

const name = (key: string, subject: string) => KEY_NAMES[key] ?? subject;

/**
 * Two amounts are one quantity only when they name the same thing, of the same year, on the same basis, in the same
 * scope. Real sentences hold all of these side by side, and none of them contradicts the other: this year and last
 * ("2017 年 9,146.79 … 2016 年 8,648.07"), the budget and the outcome in a 决算 ("年初预算为 10,210.34 万元，支出决算
 * 为 9,746.50 万元"), the budget as passed and as adjusted ("年初预算为 0 万元，全年预算为 321.02 万元"), and a line of a
 * classification in two sections — 会议费（款）66.72 among the 基本支出 items, 1,094.62 among the 机关运行经费 items —
 * whose scopes differ although the names do not.
 */
export function quantityKey(c: AmountClaim): string | undefined {
  if (!c.key) return undefined;
  const scope = /\((?:类|款|项)\)/.test(c.subject) ? `§${c.section.top}` : '';
  // 年初预算 and 全年预算 (the budget as first passed, and as adjusted) are two budget figures of one item.
  const stage = /年初/.test(c.subject) ? 'initial' : /全年|调整/.test(c.subject) ? 'adjusted' : '';
  return `${c.key}|${c.prior ? 'prior' : 'this'}|${c.basis ?? ''}${stage}|${scope}`;
}

function sameAmounts(ctx: RuleContext, amounts: AmountClaim[]): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const first = new Map<string, AmountClaim>();
  for (const c of amounts) {
    // Item and class keys are checked against the tables; assets and unnamed amounts have no key.
    const key = quantityKey(c);
    if (!key || !c.key || c.notArranged) continue;
    const prev = first.get(key);
    if (!prev) {
      first.set(key, c);
      continue;
    }
    const verdict = checkEqual(c.value, prev.value).verdict;
    witnessText(ctx, verdict, c.numberRefs, prev.numberRefs);
    if (verdict !== 'mismatch') continue;
    findings.push(
      proseFinding({
        rule: proseContradiction.id,
        severity: 'error',
        kind: 'contradiction',
        claim: c,
        others: [prev],
        stated: c.value.shown,
        expected: prev.value.shown,
        message: `「${name(c.key, c.subject)}」此处为 ${c.value.shown}，另一处为 ${prev.value.shown}，前后矛盾`,
        messageEn: `"${c.subject}" is ${c.value.shown} here and ${prev.value.shown} elsewhere`,
      }),
    );
  }
  return findings;
}

function priorTolerance(c: ChangeClaim): Decimal {
  return halfUnit(Math.max(c.change.decimals, 0)).times(2);
}

function samePriors(ctx: RuleContext, changes: ChangeClaim[]): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const first = new Map<string, ChangeClaim>();
  for (const c of changes) {
    const prev = first.get(c.key!);
    if (!prev) {
      first.set(c.key!, c);
      continue;
    }
    const p1 = impliedPrior(prev)!;
    const p2 = impliedPrior(c)!;
    const tol = priorTolerance(c).plus(priorTolerance(prev));
    const holds = p1.minus(p2).abs().lte(tol);
    witnessText(ctx, holds ? 'exact' : 'mismatch', c.numberRefs, c.current?.numberRefs, prev.numberRefs, prev.current?.numberRefs);
    if (holds) continue;
    const d = Math.max(c.change.decimals, 0);
    findings.push(
      proseFinding({
        rule: proseContradiction.id,
        severity: 'error',
        kind: 'contradiction',
        claim: c,
        others: [prev],
        stated: formatAmount(p2, d),
        expected: formatAmount(p1, d),
        message: `「${name(c.key!, c.subject)}」按${c.changeWord}额 ${formatAmount(c.change.value.abs(), d)} 万元推算上年为 ${formatAmount(p2, d)} 万元，与另一处（${formatAmount(p1, d)} 万元）矛盾`,
        messageEn: `"${c.subject}": the change ${formatAmount(c.change.value, d)} implies last year was ${formatAmount(p2, d)}, but another statement implies ${formatAmount(p1, d)}`,
      }),
    );
  }
  return findings;
}

const INCOME_SOURCES = new Set(['gp-total', 'gp-transfer', 'fund', 'fund-transfer', 'soe', 'soe-transfer', 'special-account', 'unit-funds', 'fiscal-carryover', 'nonfiscal-carryover']);

/** Σ p(sources) = Σ p(基本, 项目) in 三: each side's priors carry 2h per statement. */
function balancedPriorYear(changes: ChangeClaim[]): FindingDraft[] {
  const income = changes.filter((c) => c.sectionKind === 'income' && INCOME_SOURCES.has(c.key!));
  const spending = changes.filter((c) => c.sectionKind === 'expenditure' && /^(?:basic|project)@all$/.test(c.key!));
  if (income.length === 0 || spending.length !== 2) return [];
  const sum = (cs: ChangeClaim[]) => cs.reduce((s, c) => s.plus(impliedPrior(c)!), new Decimal(0));
  const pIn = sum(income);
  const pOut = sum(spending);
  const tol = [...income, ...spending].reduce((t, c) => t.plus(priorTolerance(c)), new Decimal(0));
  if (pIn.minus(pOut).abs().lte(tol)) return [];
  return [
    proseFinding({
      rule: proseContradiction.id,
      severity: 'error',
      kind: 'contradiction',
      claim: spending[0],
      others: [...spending.slice(1), ...income],
      stated: pOut.toFixed(2),
      expected: pIn.toFixed(2),
      message: `按收入各项的增减推算上年收入为 ${pIn.toFixed(2)} 万元，按基本支出、项目支出推算上年支出为 ${pOut.toFixed(2)} 万元，二者应相等`,
      messageEn: `Last year's income implied by the changes is ${pIn.toFixed(2)}, last year's spending ${pOut.toFixed(2)}: they should be equal`,
    }),
  ];
}

/** Δ(二 一般公共预算) and Σ Δ(五(三) 项) against Δ基本 + Δ项目 of 五. */
function changeSums(changes: ChangeClaim[]): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const gpParts = changes.filter((c) => c.sectionKind === 'gp' && /^(?:basic|project)@gp$/.test(c.key!));
  if (gpParts.length !== 2) return findings;
  const gpIncome = changes.find((c) => c.sectionKind === 'income' && c.key === 'gp-total');
  const items = changes.filter((c) => c.key!.startsWith('item:'));
  const targets: [ChangeClaim[], string, string][] = [];
  if (gpIncome) targets.push([[gpIncome], '一般公共预算收入的增减额', 'the change of general-budget income']);
  if (items.length > 0) targets.push([items, '各功能科目（项）增减额之和', 'the sum of the item changes']);
  for (const [claims, zh, en] of targets) {
    const stated = claims.reduce((s, c) => s.plus(c.change.value), ZERO);
    const expected = gpParts[0].change.value.plus(gpParts[1].change.value);
    const all = [...gpParts, ...claims];
    // Tolerance: one half-unit per stated change on each side, at the precision each was written with (Jiangsu
    // writes whole 万元: "70万元").
    const tol = all.reduce((t, c) => t.plus(halfUnitOf(c.change)), ZERO);
    const d = Math.max(0, maxOf(all.map((c) => c.change.decimals)));
    const diff = stated.minus(expected);
    if (diff.isZero()) continue;
    const within = diff.abs().lte(tol);
    const [s, e, x] = [formatAmount(stated, d), formatAmount(expected, d), formatAmount(diff, d)];
    findings.push(
      proseFinding({
        rule: proseContradiction.id,
        severity: within ? 'info' : 'error',
        kind: within ? 'rounding' : 'contradiction',
        claim: gpParts[0],
        others: [gpParts[1], ...claims],
        stated: s,
        expected: e,
        diff: x,
        message: within
          ? `${zh} ${s} 万元与基本支出、项目支出增减额之和 ${e} 万元相差 ${x}，在四舍五入误差（±${tol.toFixed()}）之内`
          : `${zh} ${s} 万元与基本支出、项目支出增减额之和 ${e} 万元不符`,
        messageEn: within
          ? `${en} ${s} vs Δbasic + Δproject ${e}: within rounding (±${tol.toFixed()})`
          : `${en} ${s} ≠ Δbasic + Δproject ${e}`,
      }),
    );
  }
  return findings;
}
