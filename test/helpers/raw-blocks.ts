/**
 * RawDocument blocks written by hand, as the readers (lib/dom, the PDF adapter) would give them: a paragraph, and a
 * table of plain cells (no spans, no header flags). Each table gets an anchor of its own, as a page's <table> does.
 */
import type { Block, RawTable } from '../../lib/model.ts';

export const textBlock = (text: string): Block => ({ kind: 'text', text });

export const tableBlock = (rows: string[][]): Block => ({
  kind: 'table',
  table: {
    depth: 0,
    anchor: {},
    rows: rows.map((r) => ({ cells: r.map((c) => ({ text: c, rowSpan: 1, colSpan: 1, header: false })) })),
  } satisfies RawTable,
});
