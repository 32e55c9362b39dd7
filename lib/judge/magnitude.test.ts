import { describe, expect, it } from 'vitest';
import { magnitudeOf } from './magnitude.ts';

describe('magnitudeOf', () => {
  it('a share nudged by 0.01 point to make the breakdown add to 100% is minor', () => {
    // 省人大办公厅2018: 单位预留机动经费 1685.72 ÷ 15897.44 = 10.6037…% → 10.60%, printed 10.61%.
    expect(magnitudeOf({ severity: 'error', stated: '10.61%', expected: '10.60%' })).toBe('minor');
  });

  it('a growth rate off by 100 points is gross', () => {
    // 1557.29 ÷ (1685.72 − 1557.29) = 12.1256… → 1212.56%, printed 1312.56%.
    expect(magnitudeOf({ severity: 'error', stated: '1312.56%', expected: '1212.56%' })).toBe('gross');
    expect(magnitudeOf({ severity: 'error', stated: '0.06%', expected: '0.60%' })).toBe('gross');
  });

  it('measures a rate from the nearest end of the interval the figures allow', () => {
    // 81.25 is 0.07 above 81.18, the top of 81.17–81.18: minor; 81.30 is 0.12 above: gross.
    expect(magnitudeOf({ severity: 'error', stated: '81.25%', expected: '81.17–81.18%' })).toBe('minor');
    expect(magnitudeOf({ severity: 'error', stated: '81.30%', expected: '81.17–81.18%' })).toBe('gross');
  });

  it('an amount off by at most 0.1% of it is minor, more is gross', () => {
    // 0.1% of 13,649.07 is 13.649: 13,649.07 vs 13,640.00 (off 9.07) is minor, vs 13,549.07 (off 100) gross.
    expect(magnitudeOf({ severity: 'error', stated: '13,649.07', expected: '13640.00' })).toBe('minor');
    expect(magnitudeOf({ severity: 'error', stated: '13649.07', expected: '13549.07' })).toBe('gross');
    expect(magnitudeOf({ severity: 'warning', stated: '9,146.79万元', expected: '8,648.07万元' })).toBe('gross');
  });

  it('an error without two comparable figures is gross; notes have no magnitude', () => {
    expect(magnitudeOf({ severity: 'error', stated: '增长 3.00%' })).toBe('gross');
    expect(magnitudeOf({ severity: 'error', stated: '', expected: '12.00' })).toBe('gross');
    expect(magnitudeOf({ severity: 'info', stated: '10.61%', expected: '10.60%' })).toBeUndefined();
  });
});
