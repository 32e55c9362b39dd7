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
  while (i < text.length) {
    nextDigit.lastIndex = i;
    const digit = nextDigit.exec(text);
    if (!digit) break;
    i = digit.index;
    if (isWordChar(text[i - 1])) {
      i++;
      continue;
    }
    const start = i;
    let grouped = false;
    while (i < text.length) {
      if (isDigit(text[i])) i++;
      else if (
        text[i] === ',' &&
        groupingAllowed(i) &&
        isDigit(text[i + 1]) &&
        isDigit(text[i + 2]) &&
        isDigit(text[i + 3]) &&
        !isDigit(text[i + 4])
      ) {
        grouped = true;
        i++;
      } else break;
    }
    // Sliced, not built a character at a time; the thousands separators skipped above are dropped.
    const intPart = grouped ? text.slice(start, i).replace(/,/g, '') : text.slice(start, i);
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
    const amount: Amount = {
      value: new Decimal(frac ? `${intPart}.${frac}` : intPart),
      decimals: frac.length,
      raw,
    };
    if (unit === '%') amount.percent = true;
    found.push({ start, end: i, digitsEnd, amount, unit });
    if (pause?.due()) yield;
  }
  return found;
}

export function isMoney(unit: NumberUnit): unit is '万元' | '元' | '亿元' {
  return unit === '万元' || unit === '元' || unit === '亿元';
}
