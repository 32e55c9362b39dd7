/**
 * XLSX sheets for a table, or a workbook for a page (one sheet per table plus the findings), as plain data for
 * write-excel-file. Building the sheet data is pure and tested here; xlsx-bytes.ts only hands it to the writer.
 *
 * Each table sheet: the heading (表N and title), 编制单位/单位 and the source above the table, a blank row, then the
 * header rows and the body. The header rows stay frozen while scrolling.
 * - Merged cells stay merged, in the header and in the body (TableGrid.spans), so the sheet looks like the page.
 * - Amounts are numbers with a thousands format and the table's precision (`#,##0.00` for a 万元 table: "28" in such
 *   a table stands for 28.00), or more decimals when the page wrote more; percents are fractions with a % format.
 * - 科目编码 are text with the "@" (Text) format, so Excel keeps "03" and never shows 2010301 as 2,010,301.
 * - Text is stored as shared strings (t="s"), which a spreadsheet never evaluates: "=HYPERLINK(…)" or "=100%" in a
 *   cell stays text without an apostrophe (unlike CSV, see formula-guard.ts).
 * - Column widths fit Chinese text: a CJK character counts as two "0" widths (column-width.ts).
 */
import Decimal from 'decimal.js';
import type { CellObject } from 'write-excel-file/universal';
import type { Finding, Report, Severity, Span, TableGrid } from '../model.ts';
import { columnWidth, textWidth } from './column-width.ts';
import { type ExportCell, exportCells, repeatsIntoCoveredCells } from './export-cells.ts';
import { sheetNames } from './sheet-name.ts';
import type { ExportSource } from './source.ts';
import { tableHeading, tableMetaLines } from './table-heading.ts';

/** One sheet as write-excel-file takes it (its `Sheet` type, without the image options we never use). */
export interface XlsxSheet {
  sheet: string;
  /** Rows of cells; null for a cell covered by a merge (write-excel-file's rule). */
  data: (CellObject | null)[][];
  columns: { width: number }[];
  stickyRowsCount?: number;
}

export const FINDINGS_SHEET_NAME = '核对结果 Findings';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Header labels wrap, so a long one does not widen its column beyond this. */
const HEADER_WIDTH_CAP = 16;
const MAX_DECIMALS = 10;

const BORDER: Partial<CellObject> = { borderStyle: 'thin', borderColor: '#A6A6A6' };
const HEADER_STYLE: Partial<CellObject> = {
  ...BORDER,
  fontWeight: 'bold',
  align: 'center',
  alignVertical: 'center',
  wrap: true,
  backgroundColor: '#F2F2F2',
};

export function amountFormat(decimals: number): string {
  const d = Math.min(MAX_DECIMALS, Math.max(0, decimals));
  return d > 0 ? `#,##0.${'0'.repeat(d)}` : '#,##0';
}

export function percentFormat(decimals: number): string {
  const d = Math.min(MAX_DECIMALS, Math.max(0, decimals));
  return d > 0 ? `0.${'0'.repeat(d)}%` : '0%';
}

/** "1234567.8" shown with `decimals` decimals and thousands separators, to measure its width. */
function formattedAmount(plain: string, decimals: number): string {
  const fixed = new Decimal(plain).toFixed(Math.min(MAX_DECIMALS, decimals));
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** Merges that can be written: inside the grid, bigger than one cell, not overlapping an earlier one. */
export function writableSpans(grid: TableGrid): Span[] {
  const used = new Set<string>();
  const out: Span[] = [];
  for (const s of grid.spans) {
    const fits =
      Number.isInteger(s.row) &&
      Number.isInteger(s.col) &&
      s.row >= 0 &&
      s.col >= 0 &&
      s.rowSpan >= 1 &&
      s.colSpan >= 1 &&
      s.row + s.rowSpan <= grid.rows.length &&
      s.col + s.colSpan <= grid.width &&
      s.rowSpan * s.colSpan > 1;
    if (!fits) continue;
    const keys: string[] = [];
    for (let r = s.row; r < s.row + s.rowSpan; r++) for (let c = s.col; c < s.col + s.colSpan; c++) keys.push(`${r},${c}`);
    if (keys.some((k) => used.has(k))) continue;
    for (const k of keys) used.add(k);
    out.push(s);
  }
  return out;
}

interface RenderedCell {
  cell: CellObject;
  /** Width the content needs, for the column width (0 when it should not count). */
  width: number;
}

function bodyCell(cell: ExportCell, precision: number): RenderedCell {
  if (!repeatsIntoCoveredCells(cell)) return { cell: { ...BORDER }, width: 0 };
  switch (cell.kind) {
    case 'blank':
      return { cell: { ...BORDER }, width: 0 };
    case 'number': {
      if (!Number.isFinite(cell.number)) return { cell: { ...BORDER, value: cell.text, type: String }, width: textWidth(cell.text) };
      if (cell.percent) {
        const value = new Decimal(cell.plain).div(100).toNumber();
        return {
          cell: { ...BORDER, value, type: Number, format: percentFormat(cell.decimals) },
          width: formattedAmount(cell.plain, cell.decimals).length + 1,
        };
      }
      const decimals = Math.max(cell.decimals, precision);
      return {
        cell: { ...BORDER, value: cell.number, type: Number, format: amountFormat(decimals) },
        width: formattedAmount(cell.plain, decimals).length,
      };
    }
    case 'text':
      return {
        cell: cell.code ? { ...BORDER, value: cell.text, type: String, format: '@' } : { ...BORDER, value: cell.text, type: String },
        width: textWidth(cell.text),
      };
    case 'invalid':
      return { cell: { ...BORDER, value: cell.text, type: String }, width: textWidth(cell.text) };
  }
}

function headerCell(cell: ExportCell): RenderedCell {
  if (cell.text === '') return { cell: { ...HEADER_STYLE }, width: 0 };
  return { cell: { ...HEADER_STYLE, value: cell.text, type: String }, width: Math.min(HEADER_WIDTH_CAP, textWidth(cell.text)) };
}

/** The lines above a table: heading, 编制单位 / 单位, page and source. */
export function preambleLines(grid: TableGrid, source: ExportSource): string[] {
  const lines = [tableHeading(grid), ...tableMetaLines(grid)];
  if (source.pageTitle) lines.push(`页面 Page：${source.pageTitle}`);
  if (source.url) lines.push(`来源 Source：${source.url}`);
  return lines;
}

/** The sheet for one table. `preambleRows` is how many rows sit above the table's first header row. */
export function tableSheet(grid: TableGrid, source: ExportSource, sheet: string): XlsxSheet & { preambleRows: number } {
  const lines = preambleLines(grid, source);
  const data: XlsxSheet['data'] = lines.map((line, i) => [
    i === 0 ? { value: line, type: String, fontWeight: 'bold', fontSize: 14 } : { value: line, type: String },
  ]);
  data.push([]);
  const preambleRows = data.length;

  const cells = exportCells(grid);
  const spans = writableSpans(grid);
  const merged = new Map<string, Span>();
  const covered = new Set<string>();
  for (const s of spans) {
    merged.set(`${s.row},${s.col}`, s);
    for (let r = s.row; r < s.row + s.rowSpan; r++) for (let c = s.col; c < s.col + s.colSpan; c++) if (r !== s.row || c !== s.col) covered.add(`${r},${c}`);
  }

  const contentWidths = new Array<number>(grid.width).fill(0);
  cells.forEach((row, r) => {
    data.push(
      row.map((cell, c) => {
        const key = `${r},${c}`;
        if (covered.has(key)) return null;
        const rendered = r < grid.headRows ? headerCell(cell) : bodyCell(cell, grid.precision);
        const span = merged.get(key);
        if (span) {
          if (span.colSpan > 1) rendered.cell.columnSpan = span.colSpan;
          if (span.rowSpan > 1) rendered.cell.rowSpan = span.rowSpan;
          rendered.cell.alignVertical = 'center';
        }
        // A cell merged across columns does not set any one column's width.
        if (!span || span.colSpan === 1) contentWidths[c] = Math.max(contentWidths[c], rendered.width);
        return rendered.cell;
      }),
    );
  });
  // Long body text (绩效目标 paragraphs) wraps instead of making a column wider than the screen.
  const widths = contentWidths.map(columnWidth);
  for (const row of data.slice(preambleRows + grid.headRows)) {
    row.forEach((cell, c) => {
      if (cell?.type === String && typeof cell.value === 'string') {
        if (textWidth(cell.value) > widths[c] || /\n/.test(cell.value)) cell.wrap = true;
      }
    });
  }
  return {
    sheet,
    data,
    columns: widths.map((width) => ({ width })),
    stickyRowsCount: grid.headRows > 0 ? preambleRows + grid.headRows : undefined,
    preambleRows,
  };
}

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误 Error', warning: '警告 Warning', info: '提示 Info' };

export const FINDINGS_COLUMNS = [
  '序号 No.',
  '级别 Severity',
  '规则 Rule',
  '类型 Kind',
  '表 Table',
  '行 Row',
  '列 Column',
  '列示数 Stated',
  '应为 Expected',
  '差额 Difference',
  '说明',
  'Message',
  '原文 Quote',
] as const;

function findingRow(f: Finding, i: number, tables: TableGrid[]): string[] {
  const table = tables.find((t) => t.id === f.tableId);
  const tableName = table ? tableHeading(table) : (f.tableTitle ?? '');
  return [
    String(i + 1),
    SEVERITY_LABEL[f.severity] ?? f.severity,
    f.rule,
    f.kind,
    tableName,
    f.rowLabel ?? '',
    f.colLabel ?? '',
    f.stated ?? '',
    f.expected ?? '',
    f.diff ?? '',
    f.message,
    f.messageEn,
    f.quote ?? '',
  ];
}

/** The "核对结果 Findings" sheet: one row per finding, all text (stated/expected may be intervals "81.17–81.18"). */
export function findingsSheet(report: Report, sheet: string): XlsxSheet {
  const rows = report.findings.map((f, i) => findingRow(f, i, report.tables));
  const data: XlsxSheet['data'] = [FINDINGS_COLUMNS.map((label) => ({ ...HEADER_STYLE, value: label, type: String }))];
  if (rows.length === 0) data.push([{ value: '未发现问题 No findings', type: String }]);
  for (const row of rows) {
    data.push(row.map((text) => (text === '' ? { ...BORDER } : { ...BORDER, value: text, type: String, wrap: /\n/.test(text) })));
  }
  const widths = FINDINGS_COLUMNS.map((label, c) =>
    columnWidth(Math.max(Math.min(HEADER_WIDTH_CAP, textWidth(label)), ...rows.map((row) => textWidth(row[c])))),
  );
  for (const row of data.slice(1)) {
    row.forEach((cell, c) => {
      if (typeof cell?.value === 'string' && textWidth(cell.value) > widths[c]) cell.wrap = true;
    });
  }
  return { sheet, data, columns: widths.map((width) => ({ width })), stickyRowsCount: 1 };
}

/** A workbook with one table. */
export function tableWorkbook(grid: TableGrid, source: ExportSource = {}): XlsxSheet[] {
  const [name] = sheetNames([tableHeading(grid)]);
  const { preambleRows: _, ...sheet } = tableSheet(grid, source, name);
  return [sheet];
}

/** A workbook for a page: one sheet per table, then the findings. */
export function pageWorkbook(report: Report, source: ExportSource = {}): XlsxSheet[] {
  const names = sheetNames([...report.tables.map(tableHeading), FINDINGS_SHEET_NAME]);
  const sheets: XlsxSheet[] = report.tables.map((grid, i) => {
    const { preambleRows: _, ...sheet } = tableSheet(grid, source, names[i]);
    return sheet;
  });
  sheets.push(findingsSheet(report, names[names.length - 1]));
  return sheets;
}
