/**
 * The judge: the last word on every table finding before it reaches a reader. A failed relation is an error only
 * when it survives every plausible reading of the table (issue "never cry wolf"): rounding cannot explain it (the
 * rules decide that, lib/rounding.ts), it does not carry the signature of a misreading (misreading.ts), and the rest
 * of its table confirms the reading it was checked under (evidence.ts):
 *
 *   - most of a table's relations fail at once (three or more, and more than hold): the structure was misread, not
 *     three numbers mistyped — one wrong cell breaks two or three relations of a table whose others hold;
 *   - nothing in the table holds while two or more fail: no relation confirms the reading, so a failure cannot be
 *     told from a misreading;
 *   - across tables, most relations between the same two tables fail: the two are not the same scope (预算数 against
 *     决算数, all funds against 财政拨款 only).
 *
 * What fails these tests becomes a reading doubt: an info note "此表结构未能确认 / could not confirm this table's
 * structure" that keeps the figures and says why, never an error. Every error and warning then gets its magnitude.
 */
import type { CellRef, TableGrid } from '../model.ts';
import type { DocumentModel, FindingDraft } from '../rules/rule.ts';
import type { TableStructure } from '../structure/table-structure.ts';
import type { Evidence } from './evidence.ts';
import { magnitudeOf } from './magnitude.ts';
import { type Signature, sumMisreading } from './misreading.ts';
import { oneWrongCell } from './one-wrong-cell.ts';

/** Rules whose findings are "total = Σ parts" inside one table: cells[0] is the total, the rest its parts. */
const SUM_RULES: ReadonlySet<string> = new Set(['column-total', 'component-columns', 'hierarchy-sum', 'list-parts', 'balance']);

/** Fewer failures than this are what one or two wrong cells do, whatever else holds. */
const MANY_FAILURES = 3;

export function judgeFindings(model: DocumentModel, drafts: readonly FindingDraft[], evidence: Evidence): FindingDraft[] {
  const grids = new Map(model.tables.map((t) => [t.grid.id, t.grid]));
  // Per table: every failed relation that reads it, its own sums and those across tables (a mistyped 运行维护费
  // breaks its 小计 and its equality with 表6's 30231 line by the same amount).
  const failures = new Map<string, FindingDraft[]>();
  for (const f of drafts) {
    if (f.kind !== 'mismatch' || f.severity !== 'error' || !(SUM_RULES.has(f.rule) || f.rule.startsWith('cross-'))) continue;
    for (const tableId of new Set(f.cells.map((c) => c.tableId)))
      failures.set(tableId, [...(failures.get(tableId) ?? []), f]);
  }
  const structures = new Map(model.tables.map((t) => [t.grid.id, t.structure]));
  const judge: Judge = { grids, structures, evidence, oneWrongCell: new Map() };
  // Two or more failures through one cell, all off by the same δ: that cell is wrong. A single failure proves nothing
  // either way, and keeps to the signatures.
  for (const [tableId, fs] of failures) judge.oneWrongCell.set(tableId, fs.length >= 2 && oneWrongCell(fs));
  return drafts.map((f) => {
    const judged = f.severity === 'error' && f.kind === 'mismatch' ? judgeError(f, judge) : f;
    const magnitude = magnitudeOf(judged);
    return magnitude ? { ...judged, magnitude } : judged;
  });
}

interface Judge {
  grids: Map<string, TableGrid>;
  structures: Map<string, TableStructure>;
  evidence: Evidence;
  /** Per table: whether all its failed sums share one cell and are off by the same amount. */
  oneWrongCell: Map<string, boolean>;
}

function judgeError(f: FindingDraft, judge: Judge): FindingDraft {
  const { grids, evidence } = judge;
  const grid = f.tableId ? grids.get(f.tableId) : undefined;
  if (!grid) return f;
  if (SUM_RULES.has(f.rule)) {
    // One cell off by δ breaks every relation through it by δ, and nothing else: the signature of a wrong number,
    // stronger than any sign of a misreading, however few relations the table has to confirm it with.
    if (judge.oneWrongCell.get(grid.id)) return f;
    const signature = sumMisreading(f, grid, judge.structures.get(grid.id)) ?? tableDoubt(evidence, grid.id);
    return signature ? asDoubt(f, signature) : f;
  }
  if (f.rule.startsWith('cross-')) {
    const other = otherTable(f, grids);
    if (!other) return f;
    // No "the difference equals another figure" here: a template identity between two tables that is off by exactly
    // one row of either (单位资金 75.00 listed both under 本级安排 and 其他资金, seed 002 S002-XT-04) is the classic
    // double count, an error; a scope mismatch breaks most relations between the two tables at once (pairDoubt).
    // Nor "nothing else holds": a 绩效目标表 has few relations of its own, and its double count fails all of them
    // (S002-XT-05). What is left of corroboration across tables is that most of them must not fail at once.
    const signature = pairDoubt(evidence, grid.id, other.id) ?? manyFail(evidence, grid.id) ?? manyFail(evidence, other.id);
    return signature ? asDoubt(f, signature) : f;
  }
  return f;
}

function tableDoubt(evidence: Evidence, tableId: string): Signature | undefined {
  const many = manyFail(evidence, tableId);
  if (many) return many;
  // A lone relation that fails, in a table that has no other, is neither confirmed nor contradicted: the figures
  // decide (one wrong number). Two or more failing with nothing holding is what a misread table looks like.
  const { holds, fails } = evidence.table(tableId);
  if (holds === 0 && fails >= 2)
    return {
      zh: '此表没有其他关系成立，无法确认读表的方式',
      en: 'no other relation of this table holds, so the way it was read is unconfirmed',
    };
  return undefined;
}

function manyFail(evidence: Evidence, tableId: string): Signature | undefined {
  const { holds, fails } = evidence.table(tableId);
  if (fails >= MANY_FAILURES && fails > holds)
    return {
      zh: `此表 ${holds + fails} 项核对中 ${fails} 项不符，更可能是表的结构没有读对`,
      en: `${fails} of this table's ${holds + fails} checks fail: its structure was more likely misread`,
    };
  return undefined;
}

function pairDoubt(evidence: Evidence, a: string, b: string): Signature | undefined {
  const { holds, fails } = evidence.pair(a, b);
  if (fails >= MANY_FAILURES && fails > holds)
    return {
      zh: `这两张表之间 ${holds + fails} 项对应关系中 ${fails} 项不符，两表口径可能不同`,
      en: `${fails} of the ${holds + fails} relations between these two tables fail: they may not cover the same scope`,
    };
  return undefined;
}

/** The table of a cross-table finding's second cell, when it is another table. */
function otherTable(f: FindingDraft, grids: Map<string, TableGrid>): TableGrid | undefined {
  const cell = f.cells.find((c: CellRef) => c.tableId !== f.tableId);
  return cell ? grids.get(cell.tableId) : undefined;
}

export function asDoubt(f: FindingDraft, why: Signature): FindingDraft {
  return {
    ...f,
    severity: 'info',
    kind: 'doubt',
    message: `此表结构未能确认（${why.zh}）：${f.message}`,
    messageEn: `Could not confirm this table's structure (${why.en}): ${f.messageEn}`,
  };
}
