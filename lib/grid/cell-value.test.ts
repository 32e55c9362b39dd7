import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCell } from '../numbers/parse-amount.ts';
import { cellValue } from './cell-value.ts';

describe('cellValue', () => {
  it('says text for Chinese labels, and parses anything with a digit', () => {
    expect(cellValue('一般公共服务支出')).toEqual({ kind: 'text' });
    expect(cellValue('其中：一般财力')).toEqual({ kind: 'text' });
    expect(cellValue('12.50万元')).toMatchObject({ kind: 'number' });
    expect(cellValue('１２万元')).toMatchObject({ kind: 'number' }); // full-width digits
    expect(cellValue('-')).toEqual({ kind: 'blank' });
  });

  // parseCell would read the million digits as one exact amount; no table prints a number that long.
  it('reads a hostile cell of a million digits at once, as an unreadable number', () => {
    expect(parseCell('1'.repeat(1_000_000)).kind).toBe('number');
    expect(cellValue('1'.repeat(1_000_000))).toMatchObject({ kind: 'invalid' });
    expect(cellValue(`${'1'.repeat(100_000)}x`)).toEqual({ kind: 'text' });
    expect(cellValue(`目标：${'很长的说明'.repeat(10_000)}`)).toEqual({ kind: 'text' });
  });

  it('answers as parseCell does, for any text an amount could be', () => {
    const pieces = ['一', '支出', '万元', '元', '%', '-', '—', '.', ',', '（', '）', ' ', '\u3000', '①', '²', '１', '3', '0', '㉑', '合计'];
    const cellText = fc.oneof(
      fc.string({ maxLength: 64 }),
      fc.string({ unit: 'binary', maxLength: 64 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((p) => p.join('')),
      fc.stringMatching(/^\d{1,40}(?:\.\d{1,40})?$/),
    );
    fc.assert(
      fc.property(cellText, (text) => {
        expect(cellValue(text)).toEqual(parseCell(text));
      }),
      { numRuns: 5000 },
    );
  });
});
