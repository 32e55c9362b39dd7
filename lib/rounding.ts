/**
 * The one place where "consistent within rounding" is decided (../shared/domain/budget-identities.md §5).
 *
 * A shown value v with d decimals stands for the closed interval [v − h, v + h], h = ½·10^(−d). A relation between
 * shown values is consistent iff some choice of true values inside those intervals satisfies it. Like statcheck, the
 * verdict compares the interval of the recomputed quantity with the stated value's own interval, and the report shows
 * both. Exact decimal arithmetic throughout: a binary float turns 0.215 into 0.2149999… and flips verdicts.
 */
import Decimal from 'decimal.js';
import type { Amount } from './model.ts';

export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

/** exact: equal as printed; rounding: different, but rounding explains it; mismatch: nothing explains it. */
export type Verdict = 'exact' | 'rounding' | 'mismatch';

export const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);

const HALF_UNITS = new Map<number, Decimal>();

/** Half a unit of the last shown decimal. Decimals are immutable, so one instance per precision is shared (every
 * relation asks for it, and pow is the costliest step of a sum check). */
export function halfUnit(decimals: number): Decimal {
  let half = HALF_UNITS.get(decimals);
  if (!half) {
    half = new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
    HALF_UNITS.set(decimals, half);
  }
  return half;
}

/**
 * No floor on a figure's precision: a figure converted from 亿元 to 万元 has negative decimals (1.23 亿元 is
 * 12300 ± 50 万元, decimals −2), and a floor of 0 would take it for ± 0.5.
 */
const NO_FLOOR = Number.NEGATIVE_INFINITY;

/**
 * The half-unit of an amount inside a table whose usual precision is `precision` decimals. Spreadsheet "General"
 * format prints 28.00 as "28" and 175.70 as "175.7": it drops trailing zeros, it does not round to fewer places, so
 * such a cell carries the table's precision, not its own (§5.1). A cell with more decimals keeps its own.
 */
export function halfUnitOf(amount: Pick<Amount, 'decimals'>, precision = NO_FLOOR): Decimal {
  return halfUnit(Math.max(amount.decimals, precision));
}

export function intervalOf(amount: Pick<Amount, 'value' | 'decimals'>, precision = NO_FLOOR): Interval {
  const h = halfUnitOf(amount, precision);
  return { lo: amount.value.minus(h), hi: amount.value.plus(h) };
}

export function intersects(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

export interface SumCheck {
  verdict: Verdict;
  /** The stated total. */
  stated: Decimal;
  /** Σ parts as printed. */
  computed: Decimal;
  /** stated − computed. */
  diff: Decimal;
  /** Largest |diff| that rounding explains: the total's half-unit plus every part's. */
  tolerance: Decimal;
}

/**
 * Total T against parts x₁…xₙ, each rounded independently: consistent iff |Σx − T| ≤ h_T + Σh_x, i.e. (n+1)·h when
 * all share one precision (§5.2). Blank parts count as exact zeros: a blank cell is not a rounded figure.
 */
export function checkSum(
  total: Pick<Amount, 'value' | 'decimals'>,
  parts: readonly Pick<Amount, 'value' | 'decimals'>[],
  precision = NO_FLOOR,
): SumCheck {
  let computed = ZERO;
  let tolerance = halfUnitOf(total, precision);
  for (const part of parts) {
    computed = computed.plus(part.value);
    tolerance = tolerance.plus(halfUnitOf(part, precision));
  }
  const diff = total.value.minus(computed);
  return { verdict: verdictOf(diff, tolerance), stated: total.value, computed, diff, tolerance };
}

/** Two displays of the same quantity (cross-table, prose vs table): consistent iff their intervals touch (§5.2). */
export function checkEqual(
  stated: Pick<Amount, 'value' | 'decimals'>,
  other: Pick<Amount, 'value' | 'decimals'>,
  precision = NO_FLOOR,
): SumCheck {
  return checkSum(stated, [other], precision);
}

function verdictOf(diff: Decimal, tolerance: Decimal): Verdict {
  if (diff.isZero()) return 'exact';
  return diff.abs().lte(tolerance) ? 'rounding' : 'mismatch';
}

export interface RatioCheck {
  verdict: Verdict;
  /** The recomputed percentage from the values as printed (undefined when the denominator is 0). */
  computed?: Decimal;
  /** Every percentage the rounded inputs allow. */
  possible?: Interval;
  /** The denominator's interval reaches 0: the ratio is undefined. */
  undefinedRatio: boolean;
}

/**
 * A share "x 占 Y%" of total T (§5.3): the ratios the inputs allow, [(x − hₓ)/(T + h_T), (x + hₓ)/(T − h_T)]·100,
 * must meet the stated Y's own interval [Y − h_Y, Y + h_Y].
 */
export function checkShare(
  part: Pick<Amount, 'value' | 'decimals'>,
  total: Pick<Amount, 'value' | 'decimals'>,
  statedPercent: Pick<Amount, 'value' | 'decimals'>,
  precision = NO_FLOOR,
): RatioCheck {
  const hx = halfUnitOf(part, precision);
  const hT = halfUnitOf(total, precision);
  const lowT = total.value.minus(hT);
  if (lowT.lte(0)) return { verdict: 'mismatch', undefinedRatio: true };
  const computed = part.value.div(total.value).times(HUNDRED);
  const possible = {
    lo: Decimal.max(part.value.minus(hx), ZERO).div(total.value.plus(hT)).times(HUNDRED),
    hi: part.value.plus(hx).div(lowT).times(HUNDRED),
  };
  return rateVerdict(computed, possible, statedPercent);
}

/**
 * A year-on-year rate "C 万元，比上年增加 A 万元，增长 B%" (§5.5). The prior year is p = C − A, known to ±(h_C + h_A)
 * because C and A are both rounded, each at its own precision ("426 万元，减少 3.3 万元": ±0.5 and ±0.05); the
 * possible rates are [(|A| − h_A)/(p + h_C + h_A), (|A| + h_A)/(p − h_C − h_A)]·100 (A's sign is checked by the
 * caller against 增长/下降). Requires p − h_C − h_A > 0; otherwise the prior year is ≈ 0 and the rate is undefined.
 */
export function checkGrowth(
  current: Pick<Amount, 'value' | 'decimals'>,
  change: Pick<Amount, 'value' | 'decimals'>,
  statedPercent: Pick<Amount, 'value' | 'decimals'>,
  precision = NO_FLOOR,
): RatioCheck & { prior: Decimal } {
  const hA = halfUnitOf(change, precision);
  const hP = halfUnitOf(current, precision).plus(hA);
  const prior = current.value.minus(change.value);
  if (prior.minus(hP).lte(0)) return { verdict: 'mismatch', undefinedRatio: true, prior };
  const magnitude = change.value.abs();
  const computed = magnitude.div(prior).times(HUNDRED);
  const possible = {
    lo: Decimal.max(magnitude.minus(hA), ZERO).div(prior.plus(hP)).times(HUNDRED),
    hi: magnitude.plus(hA).div(prior.minus(hP)).times(HUNDRED),
  };
  return { ...rateVerdict(computed, possible, statedPercent), prior };
}

function rateVerdict(
  computed: Decimal,
  possible: Interval,
  statedPercent: Pick<Amount, 'value' | 'decimals'>,
): RatioCheck {
  const stated = intervalOf(statedPercent);
  let verdict: Verdict;
  if (computed.toDecimalPlaces(statedPercent.decimals, Decimal.ROUND_HALF_UP).eq(statedPercent.value)) verdict = 'exact';
  else verdict = intersects(possible, stated) ? 'rounding' : 'mismatch';
  return { verdict, computed, possible, undefinedRatio: false };
}

/** "81.17–81.18": the shown-precision image of an interval, for messages. */
export function formatInterval(interval: Interval, decimals: number): string {
  const lo = interval.lo.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  const hi = interval.hi.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  return lo === hi ? lo : `${lo}–${hi}`;
}

/**
 * A Decimal as a table would print it with `decimals` places. A figure read in 亿元 and converted to 万元 has fewer
 * than none (1.23 亿元: decimals −2): it is printed whole.
 */
export function formatAmount(value: Decimal | number, decimals: number): string {
  return value.toFixed(Math.max(decimals, 0));
}
