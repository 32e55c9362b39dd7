/**
 * The number parser (lib/numbers/parse-amount.ts) on random, mutated and adversarial cell texts: it never throws, reads
 * every number a disclosure can print back to its exact value, and takes time linear in the text.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount, parseCell } from '../../lib/numbers/parse-amount.ts';
import { growth, HOSTILE, isLinear } from './linear-time.ts';

/** Characters numbers are written with, and the ones that sit next to them in cells. */
const CELL_CHARS = [
  ...'0123456789', '０', '５', '９', '.', ',', '，', '．', '-', '−', '－', '+', '(', ')', '（', '）', '%', '％', 'O', 'o',
  ' ', '\u3000', '\u00a0', '\u200b', '万', '元', '亿', '合', '计', '—', '/', '*', 'x', 'e', 'E', 'Infinity', 'NaN', '0x',
];
const cellText = fc.array(fc.constantFrom(...CELL_CHARS), { maxLength: 40 }).map((parts) => parts.join(''));

/** A number as a table prints it: grouped or not, full-width or not, negative in either form, with a unit or not. */
const printedNumber = fc
  .record({
    cents: fc.bigInt({ min: 0n, max: 10n ** 15n }),
    decimals: fc.integer({ min: 0, max: 4 }),
    grouped: fc.boolean(),
    fullWidth: fc.boolean(),
    negative: fc.constantFrom('', '-', 'paren'),
    unit: fc.constantFrom('', '万元', '元', '亿元'),
    pad: fc.constantFrom('', ' ', '\u3000', '\u00a0'),
  })
  .map((p) => {
    const digits = p.cents.toString().padStart(p.decimals + 1, '0');
    const int = digits.slice(0, digits.length - p.decimals);
    const frac = digits.slice(digits.length - p.decimals);
    const intShown = p.grouped ? int.replace(/\B(?=(\d{3})+$)/g, ',') : int;
    let text = p.decimals ? `${intShown}.${frac}` : intShown;
    if (p.negative === '-') text = `-${text}`;
    if (p.negative === 'paren') text = `（${text}）`;
    if (p.fullWidth) text = text.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const value = new Decimal(p.decimals ? `${int}.${frac}` : int).times(p.negative ? -1 : 1);
    return { text: `${p.pad}${text}${p.unit}${p.pad}`, value, decimals: p.decimals };
  });

describe('parseCell and parseAmount on random cell texts', () => {
  it('never throw, and agree with each other', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const cell = parseCell(text);
        expect(['number', 'blank', 'text', 'invalid']).toContain(cell.kind);
        const amount = parseAmount(text);
        if (cell.kind === 'number') {
          expect(amount?.value.equals(cell.amount.value)).toBe(true);
          expect(cell.amount.value.isFinite()).toBe(true);
          expect(cell.amount.decimals).toBeGreaterThanOrEqual(0);
        }
        // Never a silent 0: a text that does not read as a number is never given a value.
        if (cell.kind !== 'number') expect(amount === undefined || cell.kind === 'blank').toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('read every printed number back to its exact value and decimals', () => {
    fc.assert(
      fc.property(printedNumber, ({ text, value, decimals }) => {
        const cell = parseCell(text);
        expect(cell.kind).toBe('number');
        if (cell.kind !== 'number') return;
        expect(cell.amount.value.equals(value)).toBe(true);
        expect(cell.amount.decimals).toBe(decimals);
      }),
      { numRuns: 2000 },
    );
  });

  it('never turn a mutated number into a different number silently', () => {
    // One character of a printed number replaced by a letter or a second point: unreadable or text, never a value.
    const mutated = fc.tuple(printedNumber, fc.nat(), fc.constantFrom('x', 'O', '..', '。', '元元', '占')).map(([n, at, bad]) => {
      const body = n.text.trim();
      const i = at % Math.max(1, body.length);
      return `${body.slice(0, i)}${bad}${body.slice(i + 1)}`;
    });
    fc.assert(
      fc.property(mutated, (text) => {
        const cell = parseCell(text);
        if (cell.kind === 'number') {
          // Only a mutation that left a well-formed number (a unit replaced by a unit-like tail) may read as one;
          // then it reads as that well-formed number.
          expect(parseAmount(text)?.value.equals(cell.amount.value)).toBe(true);
        } else expect(['invalid', 'text', 'blank']).toContain(cell.kind);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseCell on long adversarial texts', () => {
  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`takes linear time on ${name}`, () => {
      const g = growth(make, (text) => parseCell(text));
      expect(isLinear(g), `10k: ${g.smallMs.toFixed(2)} ms, 100k: ${g.largeMs.toFixed(2)} ms`).toBe(true);
    });
  }

  it('reads 100,000 digits as one exact number, and 100,000 digits and an x as unreadable', () => {
    const digits = '7'.repeat(100_000);
    const cell = parseCell(digits);
    expect(cell.kind === 'number' && cell.amount.value.equals(new Decimal(digits))).toBe(true);
    expect(parseCell(`${digits}x`).kind).toBe('text');
    expect(parseCell(`${digits}.5.5`).kind).toBe('invalid');
    expect(parseCell('1,'.repeat(50_000)).kind).toBe('invalid');
  });
});
