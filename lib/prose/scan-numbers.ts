/**
 * Finds the numbers of a normalised sentence by hand, in one linear pass (the extractor is fuzzed with long hostile
 * strings: no backtracking regex may see them). Each number keeps its exact value, its shown decimals and the unit
 * written after it — 万元/元/亿元 for money, % for a percent, 个百分点 for a change in percentage points (not a percent).
 */
import Decimal from 'decimal.js';
import type { Amount } from '../model.ts';
import { finish, type PauseEvery, type Steps } from '../steps.ts';

export type NumberUnit = '万元' | '元' | '亿元' | '%' | '个百分点' | 'other';

export interface ScannedNumber {
  /** [start, end) in the sentence, unit included. */
  start: number;
  end: number;
  /** End of the digits (before the unit). */
  digitsEnd: number;
  amount: Amount;
  unit: NumberUnit;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
/** A minus sign as the normalised text has it: "-" (and "－" folded to it) or "−". */
const isMinus = (c: string | undefined) => c === '-' || c === '\u2212';
/** Letters and digits glued before a number make it part of a code ("A3A4", "1210070G"), not an amount. */
const isWordChar = (c: string | undefined) => c !== undefined && /[0-9A-Za-z.]/.test(c);

const UNITS: [string, NumberUnit][] = [
  ['个百分点', '个百分点'],
  ['万元', '万元'],
  ['亿元', '亿元'],
  ['元', '元'],
  ['%', '%'],
];

/**
 * @param groupingAllowed whether a ',' at position i may be a thousands separator (the caller knows whether the
 *   original character was an ASCII comma, not a folded Chinese "，").
 */
export function scanNumbers(text: string, groupingAllowed: (i: number) => boolean = () => true): ScannedNumber[] {
  return finish(scanNumberSteps(text, groupingAllowed));
}

/**
 * scanNumbers as steps, pausing where `pause` says after a number found: one paragraph of thousands of numbers (a
 * page that never ends a sentence) is scanned in slices too.
 */
export function* scanNumberSteps(
  text: string,
  groupingAllowed: (i: number) => boolean = () => true,
  pause?: PauseEvery,
): Steps<ScannedNumber[]> {
  const found: ScannedNumber[] = [];
  // The next digit is found by the regex engine, not by a test of every character: the prose is mostly not digits.
  const nextDigit = /\d/g;
  let i = 0;
  /**
   * A run of ",ddd" groups found not to end in money: the figures that start inside it ("1,234,234,…x" read as 1, 234,
   * 234 …) are not looked through to its end again, which would make the scan quadratic.
   */
  let notWideUntil = -1;
  /**
   * A Chinese "，" between digits is a clause break ("增加 5，占 10%") unless it can only be a thousands separator, as
   * where a document was typed with Chinese punctuation on ("收入预算总计 9，146.79 万元"): after the figure's first
   * one to three digits, before groups of exactly three, and the whole figure is money. Read as a break, "9" and
   * "146.79 万元" would be two figures, the second a wrong one.
   */
  const wideGrouping = (start: number, comma: number, grouped: boolean): boolean => {
    const end = groupsEnd(text, comma);
    if (end.money && (grouped || comma - start <= 3)) return true;
    if (!end.money) notWideUntil = end.at;
    return false;
  };
  while (i < text.length) {
    nextDigit.lastIndex = i;
    const digit = nextDigit.exec(text);
    if (!digit) break;
    i = digit.index;
    if (isWordChar(text[i - 1])) {
      i++;
      continue;
    }
    // "增加-13.00 万元", "增长-5.20%": a template's negative change. A minus after a digit or a letter is a range or a
    // code ("2023-2025", "A-1"), not a sign.
    const negative = isMinus(text[i - 1]) && !isWordChar(text[i - 2]) && !isMinus(text[i - 2]);
    const digitsStart = i;
    const start = negative ? i - 1 : i;
    let grouped = false;
    /** Whether this figure's Chinese commas group its thousands: decided once, at the first, for the whole figure. */
    let wide: boolean | undefined;
    while (i < text.length) {
      if (isDigit(text[i])) i++;
      else if (text[i] === ',' && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) && !isDigit(text[i + 4])) {
        if (!groupingAllowed(i)) {
          if (wide === undefined) wide = i >= notWideUntil && wideGrouping(digitsStart, i, grouped);
          if (!wide) break;
        }
        grouped = true;
        i++;
      } else break;
    }
    // Sliced, not built a character at a time; the thousands separators skipped above are dropped.
    const intPart = grouped ? text.slice(digitsStart, i).replace(/,/g, '') : text.slice(digitsStart, i);
    let frac = '';
    if (text[i] === '.' && isDigit(text[i + 1])) {
      const point = ++i;
      while (isDigit(text[i])) i++;
      frac = text.slice(point, i);
    }
    const digitsEnd = i;
    // A number glued to a letter after it is a code, not an amount.
    if (/[A-Za-z]/.test(text[i] ?? '')) {
      while (i < text.length && isWordChar(text[i])) i++;
      continue;
    }
    let unit: NumberUnit = 'other';
    for (const [word, u] of UNITS) {
      if (text.startsWith(word, i)) {
        unit = u;
        i += word.length;
        break;
      }
    }
    // "100%%" (a doubled sign, [002]) is one percent.
    if (unit === '%') while (text[i] === '%') i++;
    const raw = text.slice(start, digitsEnd);
    const magnitude = new Decimal(frac ? `${intPart}.${frac}` : intPart);
    const amount: Amount = {
      value: negative ? magnitude.neg() : magnitude,
      decimals: frac.length,
      raw,
    };
    if (unit === '%') amount.percent = true;
    found.push({ start, end: i, digitsEnd, amount, unit });
    if (pause?.due()) yield;
  }
  return found;
}

/** Where the run of ",ddd" groups from `comma` on ends, and whether the figure there (decimals and unit) is money. */
function groupsEnd(text: string, comma: number): { at: number; money: boolean } {
  let j = comma;
  while (text[j] === ',' && isDigit(text[j + 1]) && isDigit(text[j + 2]) && isDigit(text[j + 3])) j += 4;
  const at = j;
  if (isDigit(text[j])) return { at, money: false };
  if (text[j] === '.' && isDigit(text[j + 1])) {
    j++;
    while (isDigit(text[j])) j++;
  }
  return { at, money: text.startsWith('万元', j) || text.startsWith('亿元', j) || text.startsWith('元', j) };
}

export function isMoney(unit: NumberUnit): unit is '万元' | '元' | '亿元' {
  return unit === '万元' || unit === '元' || unit === '亿元';
}
