/**
 * The engine's verdict on a fixture page, computed in Node with the CLI's loader (cli/load-html.ts: linkedom +
 * lib/dom/read-document.ts) — what the extension must show for the same page in the browser.
 *
 * Cells are compared across the two DOMs by address (which <table> in document order, which of its own <tr>, which of
 * that row's cells): both parse the same HTML, so the address names the same cell in linkedom and in Chromium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadHtml } from '../../cli/load-html.ts';
import { analyzeDocument } from '../../lib/engine.ts';
import { decodeHtmlBytes } from '../../lib/html-bytes.ts';
import type { Finding, RawDocument, Report } from '../../lib/model.ts';
import { fixtureFile } from './harness.ts';

export interface CellAddress {
  table: number;
  row: number;
  cell: number;
}

export interface NodeVerdict {
  raw: RawDocument;
  report: Report;
  /** Address of the cell a finding refers to (its grid coordinates resolved through the adapter's anchors). */
  address(tableId: string, row: number, col: number): CellAddress | undefined;
  /** Id of the grid that starts at the page's n-th <table> (document order). */
  tableIdOfElement(n: number): string | undefined;
}

function ownRows(table: Element): Element[] {
  return [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
}

export function cellAddressOf(cell: Element): CellAddress | undefined {
  const table = cell.closest('table');
  const tr = cell.parentElement;
  if (!table || !tr) return undefined;
  const tables = [...cell.ownerDocument.querySelectorAll('table')];
  const cells = [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  return { table: tables.indexOf(table), row: ownRows(table).indexOf(tr), cell: cells.indexOf(cell) };
}

export function nodeVerdict(file: string, url: string): NodeVerdict {
  const found = fixtureFile(file);
  if (!found) throw new Error(`no fixture page ${file}`);
  const html = readFileSync(found, 'utf8');
  const raw = loadHtml(html, url);
  const report = analyzeDocument(raw);
  return {
    raw,
    report,
    address(tableId, row, col) {
      const anchor = report.tables.find((t) => t.id === tableId)?.rows[row]?.[col]?.anchor as Element | undefined;
      return anchor ? cellAddressOf(anchor) : undefined;
    },
    tableIdOfElement(n) {
      return report.tables.find((grid) => {
        const first = grid.anchors[0] as Element | undefined;
        return first !== undefined && [...first.ownerDocument.querySelectorAll<Element>('table')].indexOf(first) === n;
      })?.id;
    },
  };
}

/** Whitespace-free text: the page and the engine space Chinese text differently. */
export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b]+/g, '');
}

/** Is this finding shown in the text (as the extension places it) rather than on a cell? */
export function isProseFinding(finding: Finding): boolean {
  return Boolean(finding.textRefs?.length && finding.quote);
}

/** What the extension underlines for a prose finding: the stated figure inside its sentence, else the sentence. */
export function expectedUnderline(finding: Finding): string {
  const quote = compact(finding.quote ?? '');
  const stated = compact(finding.stated ?? '');
  return stated && quote.includes(stated) ? stated : quote;
}

/** Addresses of the cells the extension outlines: the stated cell of every finding that is not placed in prose. */
export function expectedCellMarks(verdict: NodeVerdict): Map<string, { address: CellAddress; findings: Finding[] }> {
  const marks = new Map<string, { address: CellAddress; findings: Finding[] }>();
  for (const finding of verdict.report.findings) {
    if (isProseFinding(finding)) continue;
    const first = finding.cells[0];
    const address = first ? verdict.address(first.tableId, first.row, first.col) : undefined;
    if (!address) continue;
    const key = `${address.table}:${address.row}:${address.cell}`;
    const entry = marks.get(key) ?? { address, findings: [] };
    entry.findings.push(finding);
    marks.set(key, entry);
  }
  return marks;
}

/** A saved page as the CLI reads it (bytes decoded as the checker page decodes them) and checks it. */
export function savedPageReport(file: string): Report {
  return analyzeDocument(loadHtml(decodeHtmlBytes(new Uint8Array(readFileSync(file))).text, path.basename(file)));
}
