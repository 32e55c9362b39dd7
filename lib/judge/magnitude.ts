/**
 * Materiality: how far off a wrong figure is. A reporter weighs "增长 1312.56% where the figures give 1212.56%"
 * differently from "10.61% where 1685.72 ÷ 15897.44 gives 10.60%" — the second is what an author does to make a
 * breakdown's shares add up to 100%, or a slip in the last digit. Both are errors (no rounding explains them); the
 * second is minor.
 *
 *   minor: off by no more than 0.1 percentage point (a rate or share), or 0.1 % of the amount (an amount);
 *   gross: anything more, and any error without two comparable figures (a direction word against its amount).
 */
import Decimal from 'decimal.js';
import type { Finding, Magnitude } from '../model.ts';

const POINTS = new Decimal('0.1');
const PART = new Decimal('0.001');
/** Numbers as findings print them: "9,146.79万元", "增长 3.00%", "81.17–81.18%", "-12.5". */
const NUMBER = /[-+]?\d[\d,]*(?:\.\d+)?/g;

export function magnitudeOf(f: Pick<Finding, 'severity' | 'stated' | 'expected'>): Magnitude | undefined {
  if (f.severity === 'info') return undefined;
  const stated = numbersIn(f.stated)[0];
  const expected = numbersIn(f.expected);
  if (stated === undefined || expected.length === 0) return 'gross';
  // An interval "81.17–81.18" is every value the figures allow: measure from its nearest end.
  const lo = Decimal.min(...expected);
  const hi = Decimal.max(...expected);
  const nearest = stated.lt(lo) ? lo : stated.gt(hi) ? hi : stated;
  const off = stated.minus(nearest).abs();
  const percent = /[%％]/.test(`${f.stated ?? ''}${f.expected ?? ''}`);
  if (percent) return !off.isZero() && off.lte(POINTS) ? 'minor' : 'gross';
  // Off by nothing at all, the finding is about something other than this figure's size: not a slip.
  if (off.isZero()) return 'gross';
  return off.lte(nearest.abs().times(PART)) ? 'minor' : 'gross';
}

function numbersIn(text: string | undefined): Decimal[] {
  if (!text) return [];
  const out: Decimal[] = [];
  for (const m of text.matchAll(NUMBER)) {
    // "81.17–81.18": the dash is a range, not a minus sign of the second number.
    const raw = m[0].replace(/,/g, '');
    try {
      out.push(new Decimal(raw));
    } catch {
      // not a number after all ("1,,2"): skip it
    }
  }
  return out;
}
