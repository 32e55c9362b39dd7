/**
 * Reads a number as a disclosure prints it, exactly, keeping the decimals as written.
 *
 * Forms met in real documents (../shared/domain/budget-identities.md §1.3): thousand separators "1,566.00",
 * full-width digits "０１２．５", digits split by extraction "97.0 2", blank markers "-", "—", "－", "/", U+3000,
 * negatives "-3.20", "（3.20）", and a trailing unit "12.50万元". Anything that looks numeric but does not read as one
 * is 'invalid' — never a silent 0.
 */
import Decimal from 'decimal.js';
import type { Amount, CellValue } from '../model.ts';
import { compact } from '../text.ts';

/** Cell texts that mean "no value" (= 0 for arithmetic, but remembered as blank). */
const BLANK_MARKERS = new Set(['', '-', '--', '—', '——', '－', '－－', '–', '/', '／', '\\', '…', '……', '*', '×', 'x', 'X']);

/** Unit words that may follow an amount inside a cell. */
const TRAILING_UNIT = /(?:万元|亿元|元|%)$/;

/** A plain decimal after cleaning: digits, at most one point. */
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

/** Groups of three digits after a separator: "1,234,567.89". */
const GROUPED_NUMBER = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Text made only of characters that numbers are built from: if it does not parse, it is an unreadable number.
 * One run of a single class between a sign and a close, all three disjoint, so the match is linear; the caller also
 * asks for a digit. (`[\d.,]*\d[\d.,]*` said the same but tried every digit as "the" digit: quadratic on a long
 * digit run that ends in a stray character — 100,000 digits and an "x" took 9 s.)
 */
const NUMBER_LIKE = /^[-+−(（]?[\d.,，．Oo]+[)）]?%?$/;
const HAS_DIGIT = /\d/;

export function normalizeNumberText(text: string): string {
  // NFKC folds full-width digits, point, percent and minus into ASCII; spaces of every kind (nbsp, U+3000,
  // zero-width) go, as extraction scatters them through numbers ("97.0 2").
  return compact(text.normalize('NFKC'));
}

/** Parses one cell's text. */
export function parseCell(text: string): CellValue {
  // Most number cells print a plain amount ("515.38"): already normal, no sign, separator or unit, it reads as itself
  // without normalising it twice and trying every other form first.
  if (PLAIN_NUMBER.test(text)) return { kind: 'number', amount: { value: new Decimal(text), decimals: decimalsOf(text), raw: text } };
  const cleaned = normalizeNumberText(text);
  if (BLANK_MARKERS.has(cleaned)) return { kind: 'blank' };
  const amount = parseAmount(cleaned);
  if (amount) return { kind: 'number', amount };
  if (NUMBER_LIKE.test(cleaned) && HAS_DIGIT.test(cleaned)) {
    return { kind: 'invalid', reason: `无法识别的数字 / unreadable number "${text.trim()}"` };
  }
  return { kind: 'text' };
}

/**
 * Parses an amount, or returns undefined when the text is not a number.
 * Accepts the forms listed above; the caller has usually compacted spaces already, but need not.
 */
export function parseAmount(text: string): Amount | undefined {
  let s = normalizeNumberText(text);
  if (s === '') return undefined;
  const raw = s;
  let percent = false;
  const unit = TRAILING_UNIT.exec(s);
  if (unit) {
    percent = unit[0] === '%';
    s = s.slice(0, -unit[0].length);
  }
  let negative = false;
  if (/^\((.*)\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  } else if (/^[-−]/.test(s)) {
    negative = true;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  if (GROUPED_NUMBER.test(s)) s = s.replace(/,/g, '');
  if (!PLAIN_NUMBER.test(s)) return undefined;
  const decimals = decimalsOf(s);
  let value = new Decimal(s);
  if (negative) value = value.negated();
  return percent ? { value, decimals, raw, percent } : { value, decimals, raw };
}

/** Decimals written in a plain number: "12.50" has 2, "28" none. */
function decimalsOf(plain: string): number {
  const point = plain.indexOf('.');
  return point < 0 ? 0 : plain.length - point - 1;
}
