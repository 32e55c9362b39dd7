import { describe, expect, it } from 'vitest';
import { parseAmount, parseCell } from './parse-amount.ts';

function shown(text: string): [string, number] | string {
  const v = parseCell(text);
  if (v.kind !== 'number') return v.kind;
  return [v.amount.value.toFixed(), v.amount.decimals];
}

describe('parseCell', () => {
  it('keeps the decimals as written', () => {
    expect(shown('12.50')).toEqual(['12.5', 2]);
    expect(shown('28')).toEqual(['28', 0]);
    expect(shown('0.00')).toEqual(['0', 2]);
  });
  it('reads thousand separators, full-width digits and split digits', () => {
    expect(shown('1,566.00')).toEqual(['1566', 2]);
    expect(shown('１，２３４．５０')).toEqual(['1234.5', 2]);
    expect(shown('97.0 2')).toEqual(['97.02', 2]);
    expect(shown(' 645.54\u3000')).toEqual(['645.54', 2]);
    expect(shown('\u00a0418.36\u00a0')).toEqual(['418.36', 2]);
  });
  it('reads negatives in the forms tables use', () => {
    expect(shown('-3.20')).toEqual(['-3.2', 2]);
    expect(shown('（3.20）')).toEqual(['-3.2', 2]);
    expect(shown('−0.5')).toEqual(['-0.5', 1]);
  });
  it('treats dash, slash, nbsp and empty as blank', () => {
    for (const t of ['', '-', '—', '－', '/', '\u00a0', '\u3000', '——']) expect(shown(t)).toBe('blank');
  });
  it('reports a numeric-looking cell that does not read, never 0', () => {
    expect(shown('12.3.4')).toBe('invalid');
    expect(shown('4O.00')).toBe('invalid');
    expect(shown('1,23.00')).toBe('invalid');
  });
  it('leaves labels as text', () => {
    expect(shown('一般公共服务支出')).toBe('text');
    expect(shown('201 一般公共服务支出')).toBe('text');
    expect(shown('未安排')).toBe('text');
  });
  it('reads a percent and a trailing unit', () => {
    const p = parseAmount('81.18%');
    expect(p?.percent).toBe(true);
    expect(p?.value.toFixed()).toBe('81.18');
    expect(parseAmount('12.50万元')?.value.toFixed()).toBe('12.5');
  });
});
