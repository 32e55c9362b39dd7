/**
 * The evidence pack for reporters: what was checked, when, on which text, and every finding with the numbers and the
 * table rows behind it — in Markdown (to paste into a story draft or an issue), standalone HTML (to open or attach)
 * and JSON (to archive or process). The page text's SHA-256 ties the pack to the exact text that was checked.
 *
 * This file builds the one data model; evidence-markdown.ts and evidence-html.ts render it.
 */
import type { CellRef, Finding, Report, Severity, Span, TableGrid, TableKind } from '../model.ts';
import { evidenceHtml } from './evidence-html.ts';
import { evidenceMarkdown } from './evidence-markdown.ts';
import { type ExportCell, exportCells } from './export-cells.ts';
import { tableHeading, tableMetaLines } from './table-heading.ts';

export interface EvidenceContext {
  url?: string;
  pageTitle: string;
  /** When the check ran, ISO 8601 ("2024-05-01T08:30:00.000Z"). */
  checkedAt: string;
  /** SHA-256 (hex) of the page text that was checked; see sha256.ts. */
  pageTextHash: string;
  /**
   * What was hashed: the page text (the extension), or the bytes of the saved file (the CLI when it has no text).
   * Default 'page-text'.
   */
  hashed?: 'page-text' | 'source-file';
  /** The tool and its version, e.g. "Budget Check 0.1.0". */
  generator?: string;
}

export interface EvidenceCounts {
  findings: number;
  error: number;
  warning: number;
  info: number;
  tables: number;
  /** From the report's tallies: checks run, passed, and passed only within rounding. */
  checks: number;
  passed: number;
  rounding: number;
}

export interface EvidenceCell extends CellRef {
  /** The cell as printed on the page. */
  text: string;
  /** Its column's header path, "财政拨款（补助） / 一般公共预算". */
  column: string;
}

export interface EvidenceFinding {
  /** 1-based, in report order. */
  number: number;
  id: string;
  rule: string;
  severity: Severity;
  kind: Finding['kind'];
  /** "表2 单位收入总体情况表". */
  table?: string;
  tableId?: string;
  rowLabel?: string;
  colLabel?: string;
  stated?: string;
  expected?: string;
  diff?: string;
  message: string;
  messageEn: string;
  quote?: string;
  /** The stated cell first, then the cells it was checked against. */
  cells: EvidenceCell[];
}

export interface EvidenceRow {
  /** Row index in the grid (0-based; header rows first). */
  row: number;
  header: boolean;
  cells: ExportCell[];
}

export interface EvidenceTable {
  id: string;
  heading: string;
  number?: string;
  title?: string;
  kind: TableKind;
  meta: string[];
  unit?: string;
  headRows: number;
  width: number;
  colPaths: string[][];
  /** Merges inside the header rows (body rows are excerpted, so their merges are not kept). */
  headerSpans: Span[];
  /** Header rows, then the body rows that a finding touches, in grid order. */
  rows: EvidenceRow[];
  /** Cells that findings point at, "row,col" → the findings' numbers. */
  marks: Record<string, number[]>;
}

export interface Evidence {
  format: 'budget-check/evidence';
  version: 1;
  generator: string;
  page: { url?: string; title: string; checkedAt: string; textSha256: string; hashed: 'page-text' | 'source-file' };
  counts: EvidenceCounts;
  findings: EvidenceFinding[];
  tables: EvidenceTable[];
}

export const DEFAULT_GENERATOR = 'Budget Check 预算核对';

export const HASH_LABELS = { 'page-text': '页面文本 SHA-256 Page text SHA-256', 'source-file': '源文件 SHA-256 Source file SHA-256' } as const;

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误 Error', warning: '警告 Warning', info: '提示 Info' };

function countFindings(report: Report): EvidenceCounts {
  const sum = (pick: (t: Report['tallies'][number]) => number) => report.tallies.reduce((s, t) => s + pick(t), 0);
  return {
    findings: report.findings.length,
    error: report.findings.filter((f) => f.severity === 'error').length,
    warning: report.findings.filter((f) => f.severity === 'warning').length,
    info: report.findings.filter((f) => f.severity === 'info').length,
    tables: report.tables.length,
    checks: sum((t) => t.checks),
    passed: sum((t) => t.passed),
    rounding: sum((t) => t.rounding),
  };
}

function cellInGrid(grid: TableGrid, ref: CellRef): boolean {
  return Number.isInteger(ref.row) && Number.isInteger(ref.col) && ref.row >= 0 && ref.row < grid.rows.length && ref.col >= 0 && ref.col < grid.width;
}

export function evidence(report: Report, context: EvidenceContext): Evidence {
  const byId = new Map(report.tables.map((t) => [t.id, t]));
  const findings: EvidenceFinding[] = report.findings.map((f, i) => {
    const table = f.tableId ? byId.get(f.tableId) : undefined;
    const cells: EvidenceCell[] = [];
    for (const ref of f.cells ?? []) {
      const grid = byId.get(ref.tableId);
      if (!grid || !cellInGrid(grid, ref)) continue;
      const cell = grid.rows[ref.row][ref.col];
      const origin = grid.rows[cell.originRow]?.[cell.originCol] ?? cell;
      cells.push({
        tableId: ref.tableId,
        row: ref.row,
        col: ref.col,
        text: origin.text.trim(),
        column: (grid.colPaths[ref.col] ?? []).join(' / '),
      });
    }
    return {
      number: i + 1,
      id: f.id,
      rule: f.rule,
      severity: f.severity,
      kind: f.kind,
      table: table ? tableHeading(table) : f.tableTitle,
      tableId: f.tableId,
      rowLabel: f.rowLabel,
      colLabel: f.colLabel,
      stated: f.stated,
      expected: f.expected,
      diff: f.diff,
      message: f.message,
      messageEn: f.messageEn,
      quote: f.quote,
      cells,
    };
  });

  const tables: EvidenceTable[] = [];
  for (const grid of report.tables) {
    const marks: Record<string, number[]> = {};
    let named = false;
    for (const f of findings) {
      if (f.tableId === grid.id) named = true;
      for (const c of f.cells) {
        if (c.tableId !== grid.id) continue;
        const key = `${c.row},${c.col}`;
        marks[key] = [...new Set([...(marks[key] ?? []), f.number])];
      }
    }
    const touched = new Set(Object.keys(marks).map((k) => Number(k.split(',')[0])));
    if (!named && touched.size === 0) continue;
    const cells = exportCells(grid);
    const rows: EvidenceRow[] = cells
      .map((row, r) => ({ row: r, header: r < grid.headRows, cells: row }))
      .filter((row) => row.header || touched.has(row.row));
    tables.push({
      id: grid.id,
      heading: tableHeading(grid),
      number: grid.number,
      title: grid.title,
      kind: grid.kind,
      meta: tableMetaLines(grid),
      unit: grid.unit?.name,
      headRows: grid.headRows,
      width: grid.width,
      colPaths: grid.colPaths,
      headerSpans: grid.spans.filter((sp) => sp.row >= 0 && sp.col >= 0 && sp.row + sp.rowSpan <= grid.headRows && sp.col + sp.colSpan <= grid.width),
      rows,
      marks,
    });
  }

  return {
    format: 'budget-check/evidence',
    version: 1,
    generator: context.generator ?? DEFAULT_GENERATOR,
    page: {
      url: context.url,
      title: context.pageTitle,
      checkedAt: context.checkedAt,
      textSha256: context.pageTextHash,
      hashed: context.hashed ?? 'page-text',
    },
    counts: countFindings(report),
    findings,
    tables,
  };
}

export interface EvidencePack {
  markdown: string;
  html: string;
  json: string;
}

export function evidenceJsonText(data: Evidence): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The three renderings of one report's evidence. */
export function evidencePack(report: Report, context: EvidenceContext): EvidencePack {
  const data = evidence(report, context);
  return { markdown: evidenceMarkdown(data), html: evidenceHtml(data), json: evidenceJsonText(data) };
}
