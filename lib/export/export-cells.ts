/**
 * The one reading of a grid that every export format shares: what each cell is when it leaves the engine.
 *
 * - Amounts are written plain ("1,566.00" → "1566.00", "（3.20）" → "-3.20"), with the decimals the page wrote,
 *   so a spreadsheet reads a number and nothing of the page's precision is lost.
 * - 科目编码 stay text: "201", "03", "2010301" parse as integers, but they are classification codes
 *   (domain/budget-identities.md §1.2). A spreadsheet that takes "03" as 3 has lost the code.
 * - A merged cell's text is carried into every cell it covers (`covered` says which), so each format can decide
 *   whether to repeat it; see `repeatsIntoCoveredCells`.
 */
import type { CellValue, GridCell, TableGrid } from '../model.ts';
import { formatAmount } from '../rounding.ts';

interface CellBase {
  /** The cell's text as written, ends trimmed (inner line breaks kept). For a covered cell: its origin's text. */
  text: string;
  /** True for every cell of a merge except its top-left one. */
  covered: boolean;
}

export type ExportCell =
  | (CellBase & { kind: 'blank' })
  | (CellBase & {
      kind: 'number';
      /** The value without thousand separators, with the decimals written: "1566.00", "-3.20", "12.5" (of 12.5%). */
      plain: string;
      /** The same as a JS number (of 12.5% this is 12.5, not 0.125). */
      number: number;
      decimals: number;
      percent: boolean;
    })
  | (CellBase & { kind: 'text'; /** A 科目编码 (or a digit string with a leading zero): digits that are not an amount. */ code: boolean })
  | (CellBase & { kind: 'invalid'; reason: string });

/** Whitespace a page puts at the ends of cells: ASCII, nbsp, U+3000 and zero-width characters. */
const SPACE_CHAR = /[\s\u00a0\u3000\u200b\u200c\u200d\ufeff]/;

/**
 * Trims that whitespace from both ends. A loop, not /\s+$/: that regex retries from every position of a long inner
 * run of spaces, which a hostile cell can make quadratic.
 */
export function trimCellText(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SPACE_CHAR.test(text[start])) start++;
  while (end > start && SPACE_CHAR.test(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Header labels that name a code column ("功能分类科目编码", "经济分类科目 编码", "科目代码", "项目编号"). */
const CODE_HEADER = /编码|代码|编号/;
/** The 类 / 款 / 项 sub-columns under a 科目编码 header, sometimes written "(类)". */
const CODE_LEVEL = /^[(（]?[类款项][)）]?$/;

/** Columns whose header says they hold classification codes. */
export function codeColumns(grid: TableGrid): boolean[] {
  return Array.from({ length: grid.width }, (_, c) =>
    (grid.colPaths[c] ?? []).some((label) => {
      const compact = label.replace(/[\s\u00a0\u3000]+/g, '');
      return CODE_HEADER.test(compact) || CODE_LEVEL.test(compact);
    }),
  );
}

/** "03", "01", "0501": an integer written with a leading zero is a code piece in these documents, never an amount. */
const LEADING_ZERO_INTEGER = /^0\d+$/;
const DIGITS = /^\d+$/;

function isCode(value: CellValue, text: string, inCodeColumn: boolean): boolean {
  if (value.kind !== 'number') return false;
  const compact = text.replace(/[\s\u00a0\u3000]+/g, '');
  if (LEADING_ZERO_INTEGER.test(compact)) return true;
  return inCodeColumn && DIGITS.test(compact);
}

function exportCell(origin: GridCell, covered: boolean, inCodeColumn: boolean): ExportCell {
  const text = trimCellText(origin.text);
  const value = origin.value;
  switch (value.kind) {
    case 'blank':
      return { kind: 'blank', text, covered };
    case 'text':
      return { kind: 'text', text, covered, code: false };
    case 'invalid':
      return { kind: 'invalid', text, covered, reason: value.reason };
    case 'number': {
      if (isCode(value, text, inCodeColumn)) return { kind: 'text', text, covered, code: true };
      const { amount } = value;
      const plain = formatAmount(amount.value, amount.decimals);
      return {
        kind: 'number',
        text,
        covered,
        plain,
        number: Number(plain),
        decimals: amount.decimals,
        percent: amount.percent === true,
      };
    }
    default:
      // Unreachable for a well-typed grid; a grid from elsewhere keeps its text rather than throwing.
      return { kind: 'text', text, covered, code: false };
  }
}

/** The grid as export cells, row by row (header rows first), `width` cells per row. */
export function exportCells(grid: TableGrid): ExportCell[][] {
  const codes = codeColumns(grid);
  return grid.rows.map((row, r) =>
    Array.from({ length: grid.width }, (_, c) => {
      const cell = row[c] ?? { text: '', value: { kind: 'blank' as const }, originRow: r, originCol: c };
      const origin = grid.rows[cell.originRow]?.[cell.originCol] ?? cell;
      const covered = cell.originRow !== r || cell.originCol !== c;
      return exportCell(origin, covered, codes[c] === true);
    }),
  );
}

/**
 * Formats without merges (CSV, TSV, Markdown) repeat a merged label in every cell it covers, so that a column read
 * on its own (filtered, sorted, pasted) still says what it is: "财政拨款（补助）" above "一般公共预算". An amount is
 * never repeated: a merged 90 written twice would be summed twice.
 */
export function repeatsIntoCoveredCells(cell: ExportCell): boolean {
  return !cell.covered || cell.kind === 'text' || cell.kind === 'invalid';
}
