/**
 * Code-keyed comparisons between two tables (X.3, X.4, X.8): "the row with code 208 in 表2" against "the row
 * with code 208 in 表3". Tables list only the codes they use — 表2 lists 208 only when it has 208 money, 表1 lists
 * every 类 of the template — so a row that is absent on one side reads as 0, but only when that side is a coded list
 * with rows of the same level at all: a 表3 that stops at 款 says nothing about 项 2010301.
 *
 * A code that repeats in one table (a multi-unit department lists 201 once per unit) is compared occurrence by
 * occurrence when both tables repeat it equally often, and is otherwise not checkable — summing the repeats would
 * double-count a department row that already adds its units up.
 */
import { maxOf } from '../extent.ts';
import type { CellRef } from '../model.ts';
import { checkEqual, formatAmount, ZERO } from '../rounding.ts';
import type { RowInfo } from '../structure/table-structure.ts';
import { cellRef, type Located, locate, toWan, valueColumn } from '../tables/lookup.ts';
import { type CrossRelation, compareCells } from './cross-compare.ts';
import { signed, tableTitle } from './findings.ts';
import type { AnalyzedTable, FindingDraft, RuleContext } from './rule.ts';

/** Where to read one quantity per code: a table and the value column (by header) of its coded list. */
export interface CodeSide {
  table: AnalyzedTable;
  /** Header path of the value column: /总计|合计/. */
  col: RegExp;
  /** Keep only codes of these levels (1 = 类, 2 = 款, 3 = 项). */
  levels?: readonly number[];
}

interface CodedRow {
  row: RowInfo;
  col: number;
}

/** Every coded line of a table's lists, by code, in order; the value column is found per segment. */
function codedRows(side: CodeSide): Map<string, CodedRow[]> {
  const byCode = new Map<string, CodedRow[]>();
  for (const segment of side.table.structure.segments) {
    const col = valueColumn(side.table, segment, side.col);
    if (col === undefined) continue;
    for (const row of segment.rows) {
      if (!row.code || (row.role !== 'item' && row.role !== 'subtotal')) continue;
      if (side.levels && !side.levels.includes(row.code.level)) continue;
      const list = byCode.get(row.code.code) ?? [];
      list.push({ row, col });
      byCode.set(row.code.code, list);
    }
  }
  return byCode;
}

export interface CodeComparison {
  rule: string;
  /** "X.4 表2 总计 = 表3 合计". */
  id: string;
  a: CodeSide;
  b: CodeSide;
  strength?: CrossRelation['strength'];
  why?: CrossRelation['why'];
}

/** Compares every code found in either table; one finding per code that fails. */
export function compareByCode(ctx: RuleContext, cmp: CodeComparison): FindingDraft[] {
  const aRows = codedRows(cmp.a);
  const bRows = codedRows(cmp.b);
  const aLevels = levelsOf(aRows);
  const bLevels = levelsOf(bRows);
  const codes = new Set([...aRows.keys(), ...bRows.keys()]);
  const out: FindingDraft[] = [];
  for (const code of codes) {
    const as = aRows.get(code) ?? [];
    const bs = bRows.get(code) ?? [];
    const level = code.length === 3 ? 1 : code.length === 5 ? 2 : 3;
    if (as.length > 1 || bs.length > 1) {
      if (as.length !== bs.length) {
        ctx.tally(cmp.a.table.grid.id, 'missing');
        continue;
      }
    }
    if (as.length === 0 || bs.length === 0) {
      // A 类 or 款 row left out while its children are listed ([004] 表6 has 301 款 rows but no 301 row): the parent
      // is the sum of its highest listed descendants, as code-hierarchy reads it — not 0.
      const missingSide = as.length ? cmp.b : cmp.a;
      // Descendants of any level: X.3 compares 类 rows only, but a missing 类 is stood for by its 款 rows.
      const kids = topDescendants(codedRows({ ...missingSide, levels: undefined }), code);
      const shown = as.length ? as : bs;
      if (kids.length > 0) {
        if (shown.length !== 1) continue;
        const here = at(as.length ? cmp.a.table : cmp.b.table, shown[0]);
        const sum = sumOf(missingSide.table, kids, code);
        if (!here || !sum) continue;
        const [a, b] = as.length ? [here, sum.located] : [sum.located, here];
        const f = compareCells(ctx, { rule: cmp.rule, id: cmp.id, a, b, strength: cmp.strength, why: cmp.why });
        if (f) out.push({ ...f, cells: [...f.cells, ...sum.more] });
        continue;
      }
      // Absent on one side: 0 if that side lists this level at all, otherwise not checkable.
      const present = as.length ? { side: cmp.a, rows: as, other: cmp.b, otherLevels: bLevels } : { side: cmp.b, rows: bs, other: cmp.a, otherLevels: aLevels };
      if (!present.otherLevels.has(level)) continue;
      for (const r of present.rows) {
        const f = absentRow(ctx, cmp, present.side, r, present.other, code);
        if (f) out.push(f);
      }
      continue;
    }
    for (let k = 0; k < as.length; k++) {
      const a = at(cmp.a.table, as[k]);
      const b = at(cmp.b.table, bs[k]);
      const f = compareCells(ctx, { rule: cmp.rule, id: cmp.id, a, b, strength: cmp.strength, why: cmp.why });
      if (f) out.push(f);
    }
  }
  return out;
}

function at(table: AnalyzedTable, coded: CodedRow): Located | undefined {
  return locate(table, coded.row.row, coded.col, coded.row.label);
}

/** Rows under `code` whose own ancestors below `code` are not listed: the 款 rows of a missing 类, or its 项 rows. */
function topDescendants(rows: Map<string, CodedRow[]>, code: string): CodedRow[] {
  const out: CodedRow[] = [];
  for (const [c, list] of rows) {
    if (c.length <= code.length || !c.startsWith(code)) continue;
    let top = true;
    for (let p = c.slice(0, -2); p.length > code.length; p = p.slice(0, -2)) if (rows.has(p)) top = false;
    if (top) out.push(...list);
  }
  return out;
}

/** Σ of coded rows as one located quantity, named "表2「208（2080505 + 2080506 之和）」"; undefined if one is unreadable. */
function sumOf(table: AnalyzedTable, rows: CodedRow[], code: string): { located: Located; more: CellRef[] } | undefined {
  const cells = rows.map((r) => at(table, r));
  if (cells.some((c) => c === undefined)) return undefined;
  const located = cells as Located[];
  let value = located[0].amount.value;
  for (const c of located.slice(1)) value = value.plus(c.amount.value);
  const decimals = maxOf(located.map((c) => c.amount.decimals));
  const parts = rows.map((r) => r.row.code?.code).join(' + ');
  return {
    located: {
      ...located[0],
      amount: { value, decimals },
      blank: located.every((c) => c.blank),
      where: `${tableTitle(table)}「${code}（无此行，按 ${parts} 之和）」`,
    },
    more: located.slice(1).map(cellRef),
  };
}

function levelsOf(rows: Map<string, CodedRow[]>): Set<number> {
  const levels = new Set<number>();
  for (const list of rows.values()) for (const r of list) if (r.row.code) levels.add(r.row.code.level);
  return levels;
}

/**
 * A non-zero amount on one side whose code the other table, though it lists codes of that level, does not list: the
 * other table's amount is 0 ("208 社会保障和就业支出 65.10 in 表1, no 208 row in 表2").
 */
function absentRow(
  ctx: RuleContext,
  cmp: CodeComparison,
  side: CodeSide,
  coded: CodedRow,
  other: CodeSide,
  code: string,
): FindingDraft | undefined {
  const here = at(side.table, coded);
  if (!here || here.blank) return undefined;
  const value = toWan(here.amount, side.table.grid.unit?.name);
  const zero = { value: ZERO, decimals: value.decimals };
  const check = checkEqual(value, zero);
  ctx.tally(side.table.grid.id, check.verdict);
  if (check.verdict !== 'mismatch') return undefined;
  const d = Math.max(value.decimals, 0);
  const shown = formatAmount(value.value, d);
  const strength = cmp.strength ?? 'rule';
  const otherName = tableTitle(other.table);
  return {
    rule: cmp.rule,
    severity: strength === 'rule' ? 'error' : strength === 'usual' ? 'warning' : 'info',
    kind: 'mismatch',
    tableId: side.table.grid.id,
    tableTitle: tableTitle(side.table),
    stated: shown,
    expected: formatAmount(0, d),
    diff: signed(check.diff, d),
    message: `${here.where} ${shown}，但${otherName}没有科目「${code}」这一行（按 0 计，${cmp.id}）`,
    messageEn: `${here.where} ${shown}, but ${otherName} has no row for code ${code} (read as 0, ${cmp.id})`,
    cells: [cellRef(here)],
  };
}
