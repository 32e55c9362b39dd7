/**
 * The engine: RawDocument → Report. Pure; the same code runs in the page, in the PDF viewer and in the CLI.
 *
 *   detect tables → analyse each table's structure → classify it → where a table's relations fail, try the other
 *   readings of its structure and keep the best confirmed (lib/judge/readings.ts) → run every rule → judge each failure (a misreading
 *   is a reading doubt, not an error; lib/judge) → number and order the findings → group the failures one wrong cell
 *   explains (root cause).
 */
import { classifyTable } from './classify/standard-table.ts';
import { detectTableSteps } from './detect/detect-tables.ts';
import { Evidence } from './judge/evidence.ts';
import { judgeFindings } from './judge/judge.ts';
import { chooseReadingSteps } from './judge/readings.ts';
import type { CellRef, Finding, RawDocument, Report, TableTally, TextRef } from './model.ts';
import { claimSteps } from './prose/claims.ts';
import type { Verdict } from './rounding.ts';
import { RULES } from './rules/index.ts';
import { groupRootCauses } from './rules/root-cause.ts';
import { type DocumentModel, type FindingDraft, type Rule, type RuleContext, ruleSteps } from './rules/rule.ts';
import { TABLE_RULES } from './rules/table-rules.ts';
import { replayingSteps, type TableRuns } from './rules/table-runs.ts';
import { finish, type Steps } from './steps.ts';
import { analyzeStructureSteps } from './structure/table-structure.ts';

const NO_RUNS: TableRuns = new Map();

export interface AnalyzeOptions {
  /** Run only these rules (tests, benchmarks). */
  rules?: readonly Rule[];
  /**
   * Told every relation a rule checks, with its cells and the figures of the text it reads (the mutation suite: which
   * figures any check can catch).
   */
  onRelation?: (cells: readonly CellRef[], verdict: Verdict, text: readonly TextRef[]) => void;
}

export function buildModel(raw: RawDocument): DocumentModel {
  return finish(buildModelSteps(raw));
}

/** The tables found and analysed, pausing inside the detection and after each table's analysis. */
export function* buildModelSteps(raw: RawDocument): Steps<DocumentModel> {
  const grids = yield* detectTableSteps(raw);
  const tables: DocumentModel['tables'] = [];
  for (const grid of grids) {
    tables.push({ grid, structure: yield* analyzeStructureSteps(grid), standard: classifyTable(grid) });
    yield;
  }
  return { raw, tables };
}

export function analyzeDocument(raw: RawDocument, options: AnalyzeOptions = {}): Report {
  return finish(analyzeSteps(raw, options));
}

/** The whole check as steps: the page runs it in slices (entrypoints/engine/check-scheduler.ts). */
export function* analyzeSteps(raw: RawDocument, options: AnalyzeOptions = {}): Steps<Report> {
  return yield* analyzeModelSteps(yield* buildModelSteps(raw), options);
}

export function analyzeModel(read: DocumentModel, options: AnalyzeOptions = {}): Report {
  return finish(analyzeModelSteps(read, options));
}

/** The checks of an analysed model, pausing inside the prose reading, each reading tried and each rule. */
export function* analyzeModelSteps(read: DocumentModel, options: AnalyzeOptions = {}): Steps<Report> {
  // The rules share the document's sentences and claims, read once and kept per document; read first, as steps, so
  // that a page of thousands of text blocks (a long site menu) is read in slices too.
  yield* claimSteps(read.raw);
  // A table whose relations fail under its first reading is checked under the reading its numbers confirm best. The
  // table rules ran while the readings were scored: what they did is replayed, not done again (rules/table-runs.ts).
  const { model, runs } = options.rules ? { model: read, runs: NO_RUNS } : yield* chooseReadingSteps(read);
  const tallies = new Map<string, TableTally>();
  for (const t of model.tables)
    tallies.set(t.grid.id, { tableId: t.grid.id, checks: 0, passed: 0, rounding: 0, errors: 0, warnings: 0 });
  const evidence = new Evidence();
  const ctx: RuleContext = {
    doc: model,
    witness: (tableIds, verdict, cells, text = []) => {
      if (tableIds.length > 0) evidence.witness(tableIds, verdict);
      options.onRelation?.(cells, verdict, text);
    },
    tally(tableId: string, verdict: Verdict | 'missing') {
      const tally = tallies.get(tableId);
      if (!tally) return;
      if (verdict === 'missing') {
        tally.missing = (tally.missing ?? 0) + 1;
        return;
      }
      tally.checks++;
      if (verdict === 'exact') tally.passed++;
      else if (verdict === 'rounding') tally.rounding++;
    },
  };
  const drafts: FindingDraft[] = [];
  for (const rule of options.rules ?? RULES) {
    try {
      const steps = TABLE_RULES.includes(rule) && runs.size > 0 ? replayingSteps(rule, ctx, runs) : ruleSteps(rule, ctx);
      drafts.push(...(yield* steps));
    } catch (error) {
      // One broken rule must not take the page's other findings down with it.
      drafts.push({
        rule: rule.id,
        severity: 'info',
        kind: 'note',
        message: `检查「${rule.title}」未能完成：${String(error)}`,
        messageEn: `The check "${rule.title}" could not finish: ${String(error)}`,
        cells: [],
      });
    }
    yield;
  }
  // One wrong cell fails several checks: name it once as their likely culprit (§6).
  const findings = groupRootCauses(model, orderFindings(model, judgeFindings(model, drafts, evidence)));
  for (const f of findings) {
    const tally = f.tableId ? tallies.get(f.tableId) : undefined;
    if (!tally) continue;
    if (f.severity === 'error') tally.errors++;
    else if (f.severity === 'warning') tally.warnings++;
  }
  const tables = model.tables.map((t) => t.grid);
  const budgetTables = tables.filter((t) => t.kind === 'budget');
  return {
    title: model.raw.title,
    url: model.raw.url,
    status: model.raw.scanned
      ? 'scanned'
      : budgetTables.length > 0
        ? 'tables'
        : model.raw.attachments.length > 0
          ? 'attachments-only'
          : 'no-tables',
    tables,
    findings,
    tallies: [...tallies.values()],
    attachments: model.raw.attachments,
  };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Gross errors before minor ones, then warnings, then notes. */
export function findingRank(f: Pick<Finding, 'severity' | 'magnitude'>): number {
  return SEVERITY_ORDER[f.severity] * 2 + (f.magnitude === 'minor' ? 1 : 0);
}

/** Gross errors first, then minor ones, warnings, notes; then by table and position in the table, then prose; ids
 * follow that order. */
function orderFindings(model: DocumentModel, drafts: FindingDraft[]): Finding[] {
  const tableOrder = new Map(model.tables.map((t, i) => [t.grid.id, i]));
  const position = (f: FindingDraft) => {
    const cell = f.cells[0];
    const table = f.tableId ? (tableOrder.get(f.tableId) ?? 1e6) : 1e6;
    return [table, cell?.row ?? 0, cell?.col ?? 0, f.textRefs?.[0]?.block ?? 0];
  };
  return drafts
    .map((d, i) => ({ d, i, pos: position(d) }))
    .sort((a, b) => {
      const s = findingRank(a.d) - findingRank(b.d);
      if (s) return s;
      for (let k = 0; k < a.pos.length; k++) if (a.pos[k] !== b.pos[k]) return a.pos[k] - b.pos[k];
      return a.i - b.i;
    })
    .map(({ d }, i) => ({ id: `f${i + 1}`, ...d }));
}
