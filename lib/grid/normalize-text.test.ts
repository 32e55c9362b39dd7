import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeCellText } from './normalize-text.ts';

describe('normalizeCellText', () => {
  it("turns Word's &nbsp; filler into an empty cell", () => {
    expect(normalizeCellText('\u00a0')).toBe('');
    expect(normalizeCellText(' \u00a0 \u3000 ')).toBe('');
  });
  it('collapses runs of space inside a line and trims it', () => {
    expect(normalizeCellText('  财 政  拨款\u3000\u3000(补助) ')).toBe('财 政 拨款 (补助)');
    expect(normalizeCellText('97.0\u00a0 2')).toBe('97.0 2');
  });
  it('keeps line breaks between non-empty lines and drops empty lines', () => {
    expect(normalizeCellText('目标 1: 甲\n \n\n目标 2: 乙 \n')).toBe('目标 1: 甲\n目标 2: 乙');
    expect(normalizeCellText('a\r\nb')).toBe('a\nb');
  });
  it('drops the empty lines of a text with no other space (a Word cell: one paragraph per line)', () => {
    expect(normalizeCellText('1,234.56\n')).toBe('1,234.56');
    expect(normalizeCellText('\n\n甲\n\n\n乙\n')).toBe('甲\n乙');
    expect(normalizeCellText('\n\n')).toBe('');
  });
  it('removes zero-width spaces', () => {
    expect(normalizeCellText('\u200b合计\u200b')).toBe('合计');
  });
});

describe('normalizeCellText shortcut', () => {
  it('returns normal text as it is and still normalises everything else', () => {
    const slow = (text: string) =>
      text
        .split('\n')
        .map((line) => line.replace(/[ \t\f\v\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n');
    const pieces = ['合计', 'a', ' ', '  ', '\n', '\u00a0', '\u3000', '\t', '\u200b', '1.00'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(normalizeCellText(text)).toBe(slow(text));
      }),
      { numRuns: 3000 },
    );
  });
});
