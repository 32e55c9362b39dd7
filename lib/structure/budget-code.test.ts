import { describe, expect, it } from 'vitest';
import { codeFromParts, parentCode, parseCode, splitLeadingCode } from './budget-code.ts';

describe('budget codes', () => {
  it('reads codes written in one piece, spaced or not', () => {
    expect(parseCode('2010301')).toEqual({ code: '2010301', level: 3, scheme: 'functional' });
    expect(parseCode('201 03')).toEqual({ code: '20103', level: 2, scheme: 'functional' });
    expect(parseCode('30101')).toEqual({ code: '30101', level: 2, scheme: 'economic' });
  });
  it('refuses what is not a code: years, counts, amounts', () => {
    expect(parseCode('2023')).toBeUndefined();
    expect(parseCode('100')).toBeUndefined();
    expect(parseCode('97.02')).toBeUndefined();
    expect(parseCode('3010101')).toBeUndefined(); // economic codes stop at 款
  });
  it('joins code columns', () => {
    expect(codeFromParts(['201', '03', '01'])?.code).toBe('2010301');
    expect(codeFromParts(['208', '', ''])?.level).toBe(1);
    expect(codeFromParts(['', '', ''])).toBeUndefined();
    expect(codeFromParts(['201', '20103', '2010301'])?.code).toBe('2010301');
  });

  it('reads a dash in a code column as no 款 or 项', () => {
    expect(codeFromParts(['201', '31', '-'])?.code).toBe('20131');
    expect(codeFromParts(['201', '—', '—'])?.code).toBe('201');
    expect(codeFromParts(['208', '/', '／'])?.level).toBe(1);
    expect(codeFromParts(['-', '-', '-'])).toBeUndefined();
  });

  it('puts back the leading zero a spreadsheet drops from a 款 or 项', () => {
    expect(codeFromParts(['201', '3', '1'])?.code).toBe('2010301');
    expect(codeFromParts(['208', '5', ''])?.code).toBe('20805');
    expect(codeFromParts(['201', '31', '50'])?.code).toBe('2013150');
    expect(codeFromParts(['301', '2'])?.code).toBe('30102');
  });
  it('splits a code from the start of a label', () => {
    expect(splitLeadingCode('201 一般公共服务支出')).toEqual({
      code: { code: '201', level: 1, scheme: 'functional' },
      rest: '一般公共服务支出',
    });
    expect(splitLeadingCode('2010301行政运行').code?.code).toBe('2010301');
    expect(splitLeadingCode('2023年预算').code).toBeUndefined();
  });
  it('finds parents', () => {
    expect(parentCode('2010301')).toBe('20103');
    expect(parentCode('20103')).toBe('201');
    expect(parentCode('201')).toBeUndefined();
  });
});
