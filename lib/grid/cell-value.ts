/**
 * The value of a cell's text: parseCell (lib/numbers), with a shortcut for the commonest cell of all — a Chinese label
 * ("一般公共服务支出", "其中：一般财力"). A text with a CJK ideograph and nothing that is or could become a digit
 * (NFKC turns full-width digits, circled numbers and superscripts into digits) can be neither an amount nor a blank
 * marker, so parseCell would say 'text'; the shortcut says so without normalising and matching the text.
 * The property test in cell-value.test.ts holds the shortcut to parseCell's answer.
 *
 * A cell longer than any amount (MAX_NUMBER_CHARS) is not handed to parseCell, which would read a hostile run of a
 * million digits as one exact amount for every check to carry: made only of number characters, it is an unreadable
 * number; otherwise text.
 */
import type { CellValue } from '../model.ts';
import { normalizeNumberText, parseCell } from '../numbers/parse-amount.ts';

const TEXT: CellValue = Object.freeze({ kind: 'text' }) as CellValue;

const CJK = /[\u4e00-\u9fff]/;
/** ASCII and full-width digits, and characters NFKC maps to digits; surrogates cover the mathematical digits. */
const DIGIT_LIKE = /[0-9\u00b2\u00b3\u00b9\u00bc-\u00be\u0660-\u0669\u06f0-\u06f9\u2070-\u209f\u2150-\u218f\u2460-\u24ff\u2776-\u2793\u3021-\u3029\u3192-\u3195\u3220-\u325f\u3280-\u32bf\u33e0-\u33fe\uff10-\uff19\ud800-\udfff]/;

/** Longer than any amount a table prints ("1,234,567,890,123.45" is 20). */
const MAX_NUMBER_CHARS = 64;
/** Only characters numbers are written with (one class, so no backtracking). */
const NUMBER_CHARS = /^[-+−(（)）\d.,，．%]+$/;

export function cellValue(text: string): CellValue {
  if (CJK.test(text) && !DIGIT_LIKE.test(text)) return TEXT;
  if (text.length > MAX_NUMBER_CHARS) {
    const compact = normalizeNumberText(text);
    if (compact.length > MAX_NUMBER_CHARS) {
      return NUMBER_CHARS.test(compact) && /\d/.test(compact)
        ? { kind: 'invalid', reason: `数字过长 / number too long (${compact.length} characters)` }
        : TEXT;
    }
  }
  return parseCell(text);
}
