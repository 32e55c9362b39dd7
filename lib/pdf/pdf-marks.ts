/**
 * Where to draw a report's findings on the pages of a PDF: each finding's cells (the stated figure first, then the
 * cells it was checked against) and its prose, as boxes in page space (points, origin top-left; multiply by the
 * render scale). The boxes come from the anchors lib/pdf put on cells and text blocks; the engine carried them.
 */
import type { Finding, RawDocument, Report } from '../model.ts';
import { type Box, isPdfAnchor, type PdfAnchor } from './pdf-types.ts';

export interface PdfMark {
  findingId: string;
  page: number;
  box: Box;
  tone: 'error' | 'note';
  /** The figure the finding is about, a cell it was checked against, or the sentence it quotes. */
  role: 'stated' | 'related' | 'text';
}

function tone(finding: Finding): PdfMark['tone'] {
  return finding.severity === 'error' ? 'error' : 'note';
}

/** A paragraph that ran over a page break has one anchor per page (PdfAnchor.more). */
function anchorParts(anchor: PdfAnchor & { more?: unknown }): PdfAnchor[] {
  const more = Array.isArray(anchor.more) ? anchor.more.filter(isPdfAnchor) : [];
  return [anchor, ...more];
}

export function pdfMarks(report: Report, raw: RawDocument): PdfMark[] {
  const tables = new Map(report.tables.map((t) => [t.id, t]));
  const marks: PdfMark[] = [];
  for (const finding of report.findings) {
    const seen = new Set<string>();
    const add = (anchor: PdfAnchor, role: PdfMark['role']) => {
      const key = `${anchor.page}:${anchor.box.x0}:${anchor.box.top}:${anchor.box.x1}:${anchor.box.bottom}`;
      if (seen.has(key)) return; // a merged cell named twice
      seen.add(key);
      marks.push({ findingId: finding.id, page: anchor.page, box: anchor.box, tone: tone(finding), role });
    };
    finding.cells.forEach((ref, i) => {
      const anchor = tables.get(ref.tableId)?.rows[ref.row]?.[ref.col]?.anchor;
      if (isPdfAnchor(anchor)) add(anchor, i === 0 ? 'stated' : 'related');
    });
    for (const ref of finding.textRefs ?? []) {
      const block = raw.blocks[ref.block];
      if (block?.kind === 'text' && isPdfAnchor(block.anchor)) for (const part of anchorParts(block.anchor)) add(part, 'text');
    }
  }
  return marks;
}

/** Marks grouped by page number. */
export function marksByPage(marks: readonly PdfMark[]): Map<number, PdfMark[]> {
  const byPage = new Map<number, PdfMark[]>();
  for (const mark of marks) {
    const list = byPage.get(mark.page);
    if (list) list.push(mark);
    else byPage.set(mark.page, [mark]);
  }
  return byPage;
}
