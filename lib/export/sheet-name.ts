/**
 * Excel sheet names: at most 31 characters, none of [ ] : * ? / \, not empty, not starting or ending with an
 * apostrophe, not "History" (reserved by Excel), and unique ignoring case. Excel refuses to open a workbook that
 * breaks any of these ("We found a problem with some content"); write-excel-file throws on the first two.
 * https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 */

export const MAX_SHEET_NAME = 31;

const ILLEGAL = /[[\]:*?/\\\u0000-\u001f\u007f]+/g;

function clean(name: string): string {
  // A name ends at 31 units; looking at more only gives a hostile title room for slow regex work.
  const cleaned = name
    .slice(0, 4 * MAX_SHEET_NAME)
    .replace(ILLEGAL, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  return cleaned;
}

/**
 * Cuts to `max` UTF-16 units — the length Excel and write-excel-file count (an emoji counts 2) — without splitting
 * a surrogate pair.
 */
function cut(name: string, max: number): string {
  if (name.length <= max) return name;
  let out = '';
  for (const ch of name) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.replace(/'+$/, '').trimEnd();
}

/** Legal, unique sheet names for the wanted ones, in order. */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((want, i) => {
    let base = cut(clean(want), MAX_SHEET_NAME);
    if (base === '' || base.toLowerCase() === 'history') base = `Sheet${i + 1}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
