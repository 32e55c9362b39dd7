/**
 * Test helpers: tables as plain grids of strings, spans expanded (every covered cell repeats its span's text), so a
 * table read from a PDF can be compared cell by cell with the same table read from the HTML page it was printed from.
 */
import { parseHTML } from 'linkedom';
import type { RawTable } from '../../lib/model.ts';

/** Whitespace does not survive printing faithfully (wrapped lines, &nbsp;, spaces Chromium drops): compare without. */
export function normalizeCell(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

interface SpanCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

/** Lays out rows of cells with row and column spans the way an HTML table does. */
export function expandSpans(rows: readonly (readonly SpanCell[])[]): string[][] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r][c] !== undefined) c++;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan, rows.length - r));
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) grid[r + dr][c + dc] = normalizeCell(cell.text);
      }
      c += Math.max(1, cell.colSpan);
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

export function rawTableGrid(table: RawTable): string[][] {
  return expandSpans(table.rows.map((row) => row.cells));
}

/** Every <table> of a page (document order) as an expanded grid. */
export function htmlTableGrids(html: string): string[][][] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('table')].map((table) => {
    const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
    return expandSpans(
      rows.map((tr) =>
        [...tr.children]
          .filter((el) => el.tagName === 'TD' || el.tagName === 'TH')
          .map((el) => ({
            text: el.textContent ?? '',
            rowSpan: Number(el.getAttribute('rowspan') ?? 1) || 1,
            colSpan: Number(el.getAttribute('colspan') ?? 1) || 1,
          })),
      ),
    );
  });
}
