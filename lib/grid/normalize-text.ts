/**
 * Whitespace normalisation of cell and label text.
 *
 * Pages fill cells with every kind of space: Word writes `&nbsp;` into empty cells, extraction leaves U+3000 and
 * zero-width spaces, and HTML source wraps long lines. A cell keeps its line breaks (a `<br>` or a paragraph boundary
 * inside the cell is a real line break the reader sees: the 项目总体目标 cell of a 绩效目标表 lists 目标 1 … 目标 4
 * on separate lines); every other run of space becomes one ASCII space.
 *
 * For one-line labels and space-free comparison keys, see tidy() and compact() in lib/text.ts.
 */

/** Horizontal space of every kind, including the zero-width characters extraction leaves behind. */
const SPACE_RUN = /[ \t\f\v\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/** Text that is already normal: no space at either end or next to a line break, no double or exotic space. */
const NEEDS_WORK = /^[ \n]|[ \n]$|[ \n][ \n]|[\t\f\v\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Collapses runs of space to one, trims every line and drops empty lines; keeps '\n' between lines. */
export function normalizeCellText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text; // the common case: one test, no allocation
  let out = '';
  for (const line of text.split('\n')) {
    const tidy = line.replace(SPACE_RUN, ' ').trim();
    if (tidy !== '') out = out === '' ? tidy : `${out}\n${tidy}`;
  }
  return out;
}
