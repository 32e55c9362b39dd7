/**
 * The number scanner on normalised sentences, where a Chinese "，" has been folded to ",": `groupingAllowed` says
 * whether a comma was an ASCII one. A folded one groups thousands only where nothing else can be meant.
 */
import { describe, expect, it } from 'vitest';
import { scanNumbers } from './scan-numbers.ts';

/** Every comma of these sentences was a Chinese "，". */
const folded = (text: string) => scanNumbers(text, () => false).map((n) => [n.amount.value.toString(), n.unit]);

describe('a Chinese comma between digits', () => {
  it('groups the thousands of a sum of money', () => {
    expect(folded('收入预算总计9,146.79万元')).toEqual([['9146.79', '万元']]);
    expect(folded('合计1,234,567.00元')).toEqual([['1234567', '元']]);
    expect(folded('共9,146万元')).toEqual([['9146', '万元']]);
  });
  it('is a clause break anywhere else', () => {
    // Not money: a count, years, a figure with no unit.
    expect(folded('增加5,100人')).toEqual([['5', 'other'], ['100', 'other']]);
    expect(folded('2016,2017年')).toEqual([['2016', 'other'], ['2017', 'other']]);
    expect(folded('共3,146.00')).toEqual([['3', 'other'], ['146', 'other']]);
    // Four digits before it, or a group that is not three digits: no thousands separator.
    expect(folded('1234,567.00万元')).toEqual([['1234', 'other'], ['567', '万元']]);
    expect(folded('增加5,10.00万元')).toEqual([['5', 'other'], ['10', '万元']]);
    // After a unit: two figures.
    expect(folded('增加498.72万元,100.00万元用于')).toEqual([['498.72', '万元'], ['100', '万元']]);
  });
  it('an ASCII comma groups as before', () => {
    expect(scanNumbers('合计9,146.79', () => true).map((n) => n.amount.value.toString())).toEqual(['9146.79']);
  });
});
