import { describe, expect, it } from 'vitest';
import { guardFormula } from './formula-guard.ts';

describe('guardFormula', () => {
  it('prefixes an apostrophe to text that a spreadsheet would run', () => {
    expect(guardFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(guardFormula('=100%')).toBe("'=100%");
    expect(guardFormula('+1')).toBe("'+1");
    expect(guardFormula('-2+3')).toBe("'-2+3");
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardFormula('\t=1')).toBe("'\t=1");
    expect(guardFormula('\r=1')).toBe("'\r=1");
    expect(guardFormula('  =1+1')).toBe("'  =1+1");
  });

  it('leaves ordinary text alone, including = + - @ inside it', () => {
    expect(guardFormula('行政运行')).toBe('行政运行');
    expect(guardFormula('≤4 次')).toBe('≤4 次');
    expect(guardFormula('a=b')).toBe('a=b');
    expect(guardFormula('')).toBe('');
    // Full-width ＝ does not start a formula in Excel or WPS.
    expect(guardFormula('＝100%')).toBe('＝100%');
  });
});
