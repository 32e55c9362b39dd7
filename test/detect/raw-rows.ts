/**
 * Hand-written raw table rows for unit tests: one string per row, cells separated by '|'.
 * A cell `text@r2c3` has rowspan 2 and colspan 3; a leading '#' marks a <th>; a row starting with 'H:' or 'F:' sits
 * in <thead> or <tfoot> (others in <tbody>). Example: rawRows(['H:#收入@c2|#支出@c2', '项目|预算数|功能分类|预算数']).
 */
import type { RawCell, RawRow, RawTable } from '../../lib/model.ts';

export function rawRows(spec: readonly string[]): RawRow[] {
  return spec.map((line, r) => {
    let section: RawRow['section'] = 'tbody';
    let body = line;
    if (line.startsWith('H:')) {
      section = 'thead';
      body = line.slice(2);
    } else if (line.startsWith('F:')) {
      section = 'tfoot';
      body = line.slice(2);
    }
    const cells: RawCell[] = body === '' ? [] : body.split('|').map((raw, c) => rawCell(raw, section === 'thead', `r${r}c${c}`));
    return { cells, section, anchor: `row${r}` };
  });
}

function rawCell(raw: string, inHead: boolean, anchor: string): RawCell {
  let text = raw;
  let header = inHead;
  if (text.startsWith('#')) {
    header = true;
    text = text.slice(1);
  }
  let rowSpan = 1;
  let colSpan = 1;
  const at = text.lastIndexOf('@');
  if (at >= 0) {
    const spans = text.slice(at + 1);
    text = text.slice(0, at);
    const r = /r(-?\d+)/.exec(spans);
    const c = /c(-?\d+)/.exec(spans);
    if (r) rowSpan = Number(r[1]);
    if (c) colSpan = Number(c[1]);
  }
  return { text, rowSpan, colSpan, header, anchor };
}

export function rawTable(spec: readonly string[], extra: Partial<RawTable> = {}): RawTable {
  return { rows: rawRows(spec), depth: 0, anchor: 'table', ...extra };
}
