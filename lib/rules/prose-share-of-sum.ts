/**
 * Shares of a whole the text never states. Jiangsu's 三公 paragraph (江苏省委办公厅2019年度部门预算公开文件, 九):
 *
 *   因公出国（境）费支出70万元，占“三公”经费的13.77%；公务用车购置及运行费支出411.20万元，占“三公”经费的80.92%；
 *   公务接待费支出27万元，占“三公”经费的5.31%。
 *
 * No 三公 total anywhere in the prose, so prose-share had nothing to divide by and a wrong amount went unseen. When
 * the shares naming one whole add up to 100 % (§5.4), the parts are that whole, and each share is xᵢ / Σx. The bounds
 * follow §5.3 without chaining rounded intermediates: xᵢ / (xᵢ + R) rises with xᵢ and falls with the rest R, so with
 * every amount inside its own interval the share lies in
 *   [(xᵢ − hᵢ) / (xᵢ − hᵢ + R + h_R), (xᵢ + hᵢ) / (xᵢ + hᵢ + R − h_R)] · 100,   h_R = Σ_{j≠i} hⱼ,
 * which is tighter than dividing by an independent Σx ± Σh (xᵢ sits in both numerator and denominator).
 */
import Decimal from 'decimal.js';
import type { Amount } from '../model.ts';
import { checkSum, halfUnitOf, type Interval, intersects, intervalOf, type Verdict, ZERO } from '../rounding.ts';

type Shown = Pick<Amount, 'value' | 'decimals'>;

const HUNDRED = new Decimal(100);

/** §5.4: stated percentages that add to 100 within Σ half-units — the parts they belong to make up the whole. */
export function coverWhole(percents: readonly Shown[]): boolean {
  return checkSum({ value: HUNDRED, decimals: 12 }, percents).verdict !== 'mismatch';
}

export interface ShareOfSumCheck {
  verdict: Verdict;
  /** xᵢ / Σx · 100 as printed. */
  computed: Decimal;
  /** Σx as printed. */
  sum: Decimal;
  /** Every percentage the rounded amounts allow. */
  possible: Interval;
}

/** Σ parts and Σ of their half-units: computed once per list, so checking each of n shares stays linear in n. */
export interface PartsTotal {
  sum: Decimal;
  half: Decimal;
}

export function partsTotal(parts: readonly Shown[]): PartsTotal {
  let sum = ZERO;
  let half = ZERO;
  for (const p of parts) {
    sum = sum.plus(p.value);
    half = half.plus(halfUnitOf(p));
  }
  return { sum, half };
}

/** One part's share of Σ parts (`total`, which includes it) against the stated percentage; undefined when Σ can be 0. */
export function checkShareOfSum(part: Shown, total: PartsTotal, percent: Shown): ShareOfSumCheck | undefined {
  const hx = halfUnitOf(part);
  const rest = total.sum.minus(part.value);
  const restHalf = total.half.minus(hx);
  const low = Decimal.max(part.value.minus(hx), ZERO);
  const high = part.value.plus(hx);
  const lowRest = Decimal.max(rest.minus(restHalf), ZERO);
  if (total.sum.lte(0) || high.plus(lowRest).lte(0)) return undefined;
  const lowDenominator = low.plus(rest).plus(restHalf);
  const possible = {
    lo: lowDenominator.isZero() ? ZERO : low.div(lowDenominator).times(HUNDRED),
    hi: high.div(high.plus(lowRest)).times(HUNDRED),
  };
  const computed = part.value.div(total.sum).times(HUNDRED);
  let verdict: Verdict;
  if (computed.toDecimalPlaces(percent.decimals, Decimal.ROUND_HALF_UP).eq(percent.value)) verdict = 'exact';
  else verdict = intersects(possible, intervalOf(percent)) ? 'rounding' : 'mismatch';
  return { verdict, computed, sum: total.sum, possible };
}
