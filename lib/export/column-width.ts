/**
 * Column widths for Excel, in Excel's unit: the width of one "0" of the default font. A Chinese character is about
 * two of them wide (as are full-width letters and punctuation), so counting characters would leave Chinese
 * columns half as wide as their text.
 */

/** East Asian Wide and Fullwidth ranges (Unicode UAX #11) that budget documents use, one code point. */
const WIDE =
  /^(?:[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud840-\ud87f][\udc00-\udfff])$/;

/** The width of a one-line text in "0" widths: wide characters count 2, every other code point 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** The widest line of a text that may hold line breaks. */
export function textWidth(text: string): number {
  // A loop, not Math.max(...lines): spread arguments overflow the stack past ~100,000 lines (a hostile cell of <br>s).
  let widest = 0;
  for (const line of text.split(/\r\n|[\r\n]/)) widest = Math.max(widest, displayWidth(line));
  return widest;
}

export const MIN_COLUMN_WIDTH = 6;
export const MAX_COLUMN_WIDTH = 50;

/** Width for a column whose widest cell is `contentWidth` wide: room for padding, within sensible bounds. */
export function columnWidth(contentWidth: number): number {
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, Math.ceil(contentWidth) + 2));
}
