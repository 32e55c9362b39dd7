/**
 * Building findings: every finding names the rule, the table, row and column labels, the cells, stated and expected
 * values and a message in Chinese with English beside it. Severity follows the verdict and the relation's strength:
 * a mismatch of a relation that holds by rule ([R]) is an error, of one that only usually holds ([U]) a warning; a
 * difference that rounding explains is an info note, never an error (budget-identities.md §5).
 */
import type Decimal from 'decimal.js';
import type { CellRef, Severity } from '../model.ts';
import { formatAmount, type SumCheck } from '../rounding.ts';
import type { FindingDraft } from './rule.ts';
import type { AnalyzedTable } from './rule.ts';

export type Strength = 'rule' | 'usual';

export interface SumFindingInput {
  rule: string;
  table: AnalyzedTable;
  check: SumCheck;
  strength?: Strength;
  rowLabel?: string;
  colLabel?: string;
  /** The stated cell first, then the parts. */
  cells: CellRef[];
  /** What the total is, in Chinese and English: "合计" / "total", "类 201" / "class 201". */
  totalName: [string, string];
  /** What the parts are: "分项之和" / "sum of the items". */
  partsName: [string, string];
  /** Decimals to print with (the table's precision). */
  decimals: number;
  /** The total's cell is blank while its parts are not (a finding of its own, §2 T1). */
  statedBlank?: boolean;
}

/** A finding for a failed or rounding-explained sum; undefined when the sum holds exactly. */
export function sumFinding(input: SumFindingInput): FindingDraft | undefined {
  const { check, decimals } = input;
  if (check.verdict === 'exact') return undefined;
  const stated = input.statedBlank ? '' : formatAmount(check.stated, decimals);
  const shownZh = input.statedBlank ? '（空白）' : stated;
  const shownEn = input.statedBlank ? '(blank)' : stated;
  const expected = formatAmount(check.computed, decimals);
  const diff = signed(check.diff, decimals);
  const [totalZh, totalEn] = input.totalName;
  const [partsZh, partsEn] = input.partsName;
  const where = location(input);
  let severity: Severity;
  let message: string;
  let messageEn: string;
  if (check.verdict === 'mismatch') {
    severity = input.strength === 'usual' ? 'warning' : 'error';
    message = `${where.zh}${totalZh} ${shownZh} 与${partsZh} ${expected} 不符（差 ${diff}）`;
    messageEn = `${where.en}${totalEn} ${shownEn} ≠ ${partsEn} ${expected} (diff ${diff})`;
  } else {
    severity = 'info';
    const tol = check.tolerance.toFixed();
    message = `${where.zh}${totalZh} ${stated} 与${partsZh} ${expected} 相差 ${diff}，在四舍五入误差（±${tol}）之内`;
    messageEn = `${where.en}${totalEn} ${stated} vs ${partsEn} ${expected}: off by ${diff}, within rounding (±${tol})`;
  }
  return {
    rule: input.rule,
    severity,
    kind: check.verdict === 'mismatch' ? 'mismatch' : 'rounding',
    tableId: input.table.grid.id,
    tableTitle: tableTitle(input.table),
    rowLabel: input.rowLabel,
    colLabel: input.colLabel,
    stated,
    expected,
    diff,
    message,
    messageEn,
    cells: input.cells,
  };
}

export function tableTitle(table: AnalyzedTable): string {
  const { number, title } = table.grid;
  return [number ? `表${number}` : '', title ?? ''].filter(Boolean).join(' ') || `表格 ${table.grid.index + 1}`;
}

function location(input: SumFindingInput): { zh: string; en: string } {
  const parts = [input.rowLabel, input.colLabel].filter(Boolean);
  if (!parts.length) return { zh: '', en: '' };
  return { zh: `「${parts.join(' / ')}」`, en: `[${parts.join(' / ')}] ` };
}

export function signed(value: Decimal, decimals: number): string {
  const text = formatAmount(value, decimals);
  return value.isPositive() && !value.isZero() ? `+${text}` : text;
}
