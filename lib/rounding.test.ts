import { describe, expect, it } from 'vitest';
import { parseAmount } from './numbers/parse-amount.ts';
import { checkEqual, checkGrowth, checkShare, checkSum, formatInterval } from './rounding.ts';

const a = (text: string) => {
  const amount = parseAmount(text);
  if (!amount) throw new Error(`not a number: ${text}`);
  return amount;
};

// Worked examples from ../shared/domain/budget-identities.md §5, recomputed by hand.
describe('checkSum', () => {
  it('passes an exact sum', () => {
    expect(checkSum(a('515.38'), [a('418.36'), a('97.02')]).verdict).toBe('exact');
  });
  it('explains [002] 表1 支出: 399.81+74.85+23.15+27.12 = 524.93 vs 524.92 by rounding (tolerance 5h = 0.025)', () => {
    const r = checkSum(a('524.92'), ['399.81', '74.85', '23.15', '27.12'].map(a));
    expect(r.verdict).toBe('rounding');
    expect(r.diff.toFixed(2)).toBe('-0.01');
    expect(r.tolerance.toFixed(3)).toBe('0.025');
  });
  it('calls a 0.10 gap an error', () => {
    const r = checkSum(a('515.38'), [a('418.36'), a('97.12')]);
    expect(r.verdict).toBe('mismatch');
    expect(r.diff.toFixed(2)).toBe('-0.10');
  });
  it('gives a General-format "28" the table precision, not ±0.5', () => {
    // 28 + 0.30 = 28.30; a table total of 28.31 is a rounding-level difference only with h = 0.005 per value.
    expect(checkSum(a('28.31'), [a('28'), a('0.30')], 2).verdict).toBe('rounding');
    expect(checkSum(a('28.40'), [a('28'), a('0.30')], 2).verdict).toBe('mismatch');
  });
  it('accepts two displays that touch: 97.01 vs 97.02 (2h = 0.01)', () => {
    expect(checkEqual(a('97.01'), a('97.02')).verdict).toBe('rounding');
    expect(checkEqual(a('97.00'), a('97.02')).verdict).toBe('mismatch');
  });
});

describe('checkShare', () => {
  it('[000] 418.36 / 515.38 = 81.175055…% is 81.18% as stated', () => {
    const r = checkShare(a('418.36'), a('515.38'), a('81.18'));
    expect(r.verdict).toBe('exact');
  });
  it('says what the share should be when the text is wrong', () => {
    const r = checkShare(a('418.36'), a('515.38'), a('81.20'));
    expect(r.verdict).toBe('mismatch');
    // possible ratios [418.355/515.385, 418.365/515.375] = [81.1733…, 81.1768…] %
    expect(formatInterval(r.possible!, 2)).toBe('81.17–81.18');
  });
  it('81.17% is explained by rounding: 81.1733–81.1768 meets [81.165, 81.175]', () => {
    expect(checkShare(a('418.36'), a('515.38'), a('81.17')).verdict).toBe('rounding');
  });
  it('a share with fewer decimals has a wider interval', () => {
    expect(checkShare(a('418.36'), a('515.38'), a('81.2')).verdict).toBe('exact');
    expect(checkShare(a('418.36'), a('515.38'), a('81.1')).verdict).toBe('mismatch');
  });
});

describe('checkGrowth', () => {
  it('[002] 增加 4.40 万元，增长 880.00% on a prior of 0.50', () => {
    const r = checkGrowth(a('4.90'), a('4.40'), a('880.00'));
    expect(r.prior.toFixed(2)).toBe('0.50');
    expect(r.verdict).toBe('exact');
    // [4.395/0.51, 4.405/0.49] = [861.76…, 898.97…] %
    expect(r.possible!.lo.toFixed(2)).toBe('861.76');
  });
  it('[000] 单位资金 增加 84.02 万元，增长 646.31% on a prior of 13.00', () => {
    expect(checkGrowth(a('97.02'), a('84.02'), a('646.31')).verdict).toBe('exact');
    expect(checkGrowth(a('97.02'), a('84.02'), a('650.00')).verdict).toBe('mismatch');
  });
  it('a prior of zero makes the rate undefined', () => {
    expect(checkGrowth(a('35.34'), a('35.34'), a('100')).undefinedRatio).toBe(true);
  });
  it('a decrease is checked on its magnitude', () => {
    // 100 → 90: 减少 10，下降 10%
    expect(checkGrowth(a('90.00'), a('-10.00'), a('10.00')).verdict).toBe('exact');
  });
});
