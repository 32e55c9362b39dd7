/**
 * A table's structure is a hypothesis the numbers must confirm (../shared/design/architecture.md). The structure
 * reader (lib/structure) makes one reading of each table: which rows are totals, subtotals and 其中 lines, how the
 * codes nest. Where some of that reading's relations fail, the other readings real tables use are tried too, and the
 * table is checked under the one under which the most relations hold (holds − fails; a tie keeps the first reading):
 *
 *   - by label, not by code: 科目编码 misread (a code column taken for amounts, codes of another scheme) make every
 *     类 = Σ 款 fail; the numbered and total rows still add up;
 *   - 其中 only where the text says 其中: a line after "其中：a" with no marker of its own may be the next item;
 *   - 其中 lines as items: "其中" over a list that is in fact the breakdown of the row above it, line by line;
 *   - no row groups: a label spanning lines (a unit's name over its projects) taken for a 小计 group that is not one;
 *   - no nesting by label column: 政府采购 lines written further right taken for parts of the line above.
 *
 * Failures under the chosen reading go to the judge (judge.ts); a table read another way than the first carries a
 * note saying so. Tables whose first reading has no failure are not re-read: nothing is done where not needed.
 */
import type { Verdict } from '../rounding.ts';
import type { AnalyzedTable, DocumentModel, FindingDraft, Rule, RuleContext } from '../rules/rule.ts';
import { type RuleRun, recordRunSteps, replay, type TableRuns } from '../rules/table-runs.ts';
import { TABLE_RULES } from '../rules/table-rules.ts';
import { finish, type Steps } from '../steps.ts';
import type { RowInfo, TableStructure } from '../structure/table-structure.ts';
import { sumMisreading } from './misreading.ts';

interface Reading {
  zh: string;
  en: string;
  /** The structure under this reading; undefined when it reads the table no differently. */
  apply(structure: TableStructure): TableStructure | undefined;
}

/** Rebuilds the structure with every row passed through `change`; undefined when no row changed. */
function mapRows(structure: TableStructure, change: (row: RowInfo) => RowInfo): TableStructure | undefined {
  let changed = false;
  const segments = structure.segments.map((seg) => ({
    ...seg,
    rows: seg.rows.map((row) => {
      const next = change(row);
      if (next !== row) changed = true;
      return next;
    }),
  }));
  return changed ? { ...structure, segments } : undefined;
}

export const READINGS: readonly Reading[] = [
  {
    zh: '按名称层级而非科目编码',
    en: 'by labels rather than by codes',
    apply: (s) =>
      mapRows(s, (row) => {
        if (!row.code) return row;
        const { code: _code, ...rest } = row;
        return rest;
      }),
  },
  {
    zh: '只把标明“其中”的行作为其中项',
    en: 'only lines marked 其中 as parts of the line above',
    apply: (s) =>
      mapRows(s, (row) =>
        row.role === 'ofWhich' && !/^其中/.test(row.label.replace(/^\S*?[、.．]\s*/, '')) ? dropOfWhich(row) : row,
      ),
  },
  {
    zh: '把“其中”各行作为分项',
    en: 'the 其中 lines as items',
    apply: (s) => mapRows(s, (row) => (row.role === 'ofWhich' ? dropOfWhich(row) : row)),
  },
  {
    zh: '不把跨行名称当作小计分组',
    en: 'no 小计 groups under spanning labels',
    apply: (s) =>
      mapRows(s, (row) => {
        if (row.subtotalRow === undefined) return row;
        const { subtotalRow: _sub, ...rest } = row;
        return rest;
      }),
  },
  {
    zh: '不按名称所在列分层',
    en: 'no nesting by label column',
    apply: (s) =>
      mapRows(s, (row) => {
        if (row.labelDepth === undefined) return row;
        const { labelDepth: _depth, ...rest } = row;
        return rest;
      }),
  },
];

function dropOfWhich(row: RowInfo): RowInfo {
  const { ofWhichParent: _parent, ...rest } = row;
  return { ...rest, role: 'item' };
}

interface Score {
  holds: number;
  fails: number;
  /** The failed relations, as findings (cells and difference). */
  failures: FindingDraft[];
  /** What each table rule did on the table: replayed by the engine when the table keeps this reading. */
  runs: Map<Rule, RuleRun>;
}

/**
 * How many of the table's own relations hold and fail under a structure; pauses inside each rule and after it. Each
 * rule's run is recorded, for the engine to replay when the table keeps this reading (lib/rules/table-runs.ts).
 */
function* score(model: DocumentModel, table: AnalyzedTable, structure: TableStructure): Steps<Score> {
  const s: Score = { holds: 0, fails: 0, failures: [], runs: new Map() };
  const scored = structure === table.structure ? table : { ...table, structure };
  const ctx: RuleContext = {
    doc: model,
    tally() {},
    witness(_tables, verdict: Verdict) {
      if (verdict === 'mismatch') s.fails++;
      else s.holds++;
    },
  };
  for (const rule of TABLE_RULES) {
    const run = yield* recordRunSteps(rule, model.raw, scored);
    s.runs.set(rule, run);
    try {
      for (const f of replay(run, ctx)) if (f.kind === 'mismatch') s.failures.push(f);
    } catch {
      // A rule that cannot run under a reading scores nothing for it; the engine reports the failure itself.
    }
    yield;
  }
  return s;
}

/**
 * The model with each table under the reading that confirms the most of its relations. A reading whose own failures
 * carry the signature of a misreading (parts = k × the total, all parts blank) is no candidate: dropping the 小计
 * groups of a 收入预算总表 with one mistyped 小计 leaves fewer failures, but only by summing every 小计 with its lines.
 */
export function chooseReadings(model: DocumentModel): DocumentModel {
  return finish(chooseReadingSteps(model)).model;
}

/**
 * chooseReadings, pausing inside each rule of each reading tried; with the table rules' runs under the readings kept,
 * for the engine to replay (lib/rules/table-runs.ts).
 */
export function* chooseReadingSteps(model: DocumentModel): Steps<{ model: DocumentModel; runs: TableRuns }> {
  const runs = new Map<AnalyzedTable, ReadonlyMap<Rule, RuleRun>>();
  const tables: AnalyzedTable[] = [];
  for (const table of model.tables) tables.push(yield* readingOf(model, table, runs));
  return { model: tables.every((t, i) => t === model.tables[i]) ? model : { ...model, tables }, runs };
}

/**
 * The table under its best-confirmed reading, or the table itself when its first reading stands; the rule runs of the
 * reading kept go into `runs`, for the engine to replay.
 */
function* readingOf(
  model: DocumentModel,
  table: AnalyzedTable,
  runs: Map<AnalyzedTable, ReadonlyMap<Rule, RuleRun>>,
): Steps<AnalyzedTable> {
  if (table.grid.kind !== 'budget') return table;
  const first = yield* score(model, table, table.structure);
  if (first.fails === 0) {
    runs.set(table, first.runs);
    return table;
  }
  let best = { structure: table.structure, margin: first.holds - first.fails, reading: undefined as Reading | undefined, runs: first.runs };
  for (const reading of READINGS) {
    const structure = reading.apply(table.structure);
    if (!structure) continue;
    const s = yield* score(model, table, structure);
    if (s.failures.some((f) => sumMisreading(f, table.grid, structure))) continue;
    const margin = s.holds - s.fails;
    if (margin > best.margin) best = { structure, margin, reading, runs: s.runs };
  }
  if (!best.reading) {
    runs.set(table, first.runs);
    return table;
  }
  const note = `按另一种读法核对（${best.reading.zh}）：成立的关系更多 / checked ${best.reading.en}: more relations hold`;
  const chosen = { ...table, structure: best.structure, grid: { ...table.grid, notes: [...table.grid.notes, note] } };
  // The rules ran under this reading while it was scored; the note they do not read.
  runs.set(chosen, best.runs);
  return chosen;
}
