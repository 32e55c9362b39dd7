import { describe, expect, it } from 'vitest';
import { gridFromStrings } from '../../test/helpers/grid-from-strings.ts';
import type { Finding, RawDocument, Report } from '../model.ts';
import { marksByPage, pdfMarks } from './pdf-marks.ts';
import type { PdfAnchor } from './pdf-types.ts';

const at = (page: number, x0: number, top: number): PdfAnchor => ({ kind: 'pdf', page, box: { x0, x1: x0 + 50, top, bottom: top + 12 } });

function report(findings: Finding[]): { report: Report; raw: RawDocument } {
  const grid = gridFromStrings({ rows: [['项目', '金额'], ['合计', '12.50'], ['甲', '10.00'], ['乙', '2.40']], headRows: 1 });
  grid.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      cell.anchor = at(3, 100 + 60 * c, 200 + 12 * r);
    });
  });
  const raw: RawDocument = {
    title: 't',
    blocks: [{ kind: 'text', text: '合计 12.50 万元，比上年增长 5%。', anchor: { ...at(2, 80, 700), more: [at(3, 80, 60)] } }],
    attachments: [],
  };
  return { report: { title: 't', status: 'tables', tables: [grid], findings, tallies: [], attachments: [] }, raw };
}

const finding = (over: Partial<Finding>): Finding => ({
  id: 'f1',
  rule: 'column-total',
  severity: 'error',
  kind: 'mismatch',
  message: '合计不等于各项之和',
  messageEn: 'The total is not the sum of its parts',
  cells: [],
  ...over,
});

describe('pdfMarks', () => {
  it('marks the stated cell and the cells it was checked against where they were read', () => {
    const { report: r, raw } = report([finding({ tableId: 't0', cells: [{ tableId: 't0', row: 1, col: 1 }, { tableId: 't0', row: 2, col: 1 }, { tableId: 't0', row: 3, col: 1 }] })]);
    r.tables[0].id = 't0';
    expect(pdfMarks(r, raw)).toEqual([
      { findingId: 'f1', page: 3, box: { x0: 160, x1: 210, top: 212, bottom: 224 }, tone: 'error', role: 'stated' },
      { findingId: 'f1', page: 3, box: { x0: 160, x1: 210, top: 224, bottom: 236 }, tone: 'error', role: 'related' },
      { findingId: 'f1', page: 3, box: { x0: 160, x1: 210, top: 236, bottom: 248 }, tone: 'error', role: 'related' },
    ]);
  });

  it('marks a sentence on every page its paragraph runs over', () => {
    const { report: r, raw } = report([finding({ id: 'p1', severity: 'warning', textRefs: [{ block: 0, start: 0, end: 8 }] })]);
    const marks = pdfMarks(r, raw);
    expect(marks.map((m) => [m.page, m.role, m.tone])).toEqual([
      [2, 'text', 'note'],
      [3, 'text', 'note'],
    ]);
    expect([...marksByPage(marks).keys()]).toEqual([2, 3]);
  });

  it('skips cells without a PDF anchor (an HTML page) and unknown tables', () => {
    const { report: r, raw } = report([finding({ cells: [{ tableId: 'nope', row: 0, col: 0 }] })]);
    expect(pdfMarks(r, raw)).toEqual([]);
  });
});
