/**
 * The table rules' run on one table, recorded so that it is made once per analysis, not twice.
 *
 * chooseReadings (lib/judge/readings.ts) runs every table rule on each budget table to score its first reading; the
 * engine then ran them all again on the whole document, and for a table kept under its first reading the second run
 * can only repeat the first: a table rule reads one table (and the document's prose), nothing else. So a run is
 * recorded — its findings, and every tally and witness call in order, and the error if it threw — and replayed into
 * the engine's context: the same findings, the same counts, the same relations told to `onRelation`.
 *
 * chooseReadingSteps hands the records to the engine (lib/engine.ts) with the model they were made for, keyed by
 * table object: a table without a record (not a budget table, or read another way than any scored) is run afresh.
 */
import type { RawDocument } from '../model.ts';
import type { Steps } from '../steps.ts';
import {
  type AnalyzedTable,
  type FindingDraft,
  type Rule,
  type RuleContext,
  ruleSteps,
} from './rule.ts';

type Call =
  | { tally: Parameters<RuleContext['tally']> }
  | { witness: Parameters<NonNullable<RuleContext['witness']>> };

export interface RuleRun {
  drafts: FindingDraft[];
  calls: Call[];
  /** Set when the rule threw on this table: thrown again on replay, after the calls made before it. */
  error?: { thrown: unknown };
}

/** Per table (by object), per rule: the recorded runs. */
export type TableRuns = ReadonlyMap<AnalyzedTable, ReadonlyMap<Rule, RuleRun>>;

/** Runs one table rule on one table alone, recording what it tells the context; pauses where the rule pauses. */
export function* recordRunSteps(rule: Rule, raw: RawDocument, table: AnalyzedTable): Steps<RuleRun> {
  const calls: Call[] = [];
  const ctx: RuleContext = {
    doc: { raw, tables: [table] },
    tally: (...args) => {
      calls.push({ tally: args });
    },
    witness: (...args) => {
      calls.push({ witness: args });
    },
  };
  try {
    return { drafts: yield* ruleSteps(rule, ctx), calls };
  } catch (thrown) {
    return { drafts: [], calls, error: { thrown } };
  }
}

/** Tells `ctx` what the recorded run told its own context, and returns its findings (or throws its error). */
export function replay(run: RuleRun, ctx: RuleContext): FindingDraft[] {
  for (const call of run.calls) {
    if ('tally' in call) ctx.tally(...call.tally);
    else ctx.witness?.(...call.witness);
  }
  if (run.error) throw run.error.thrown;
  return run.drafts;
}

/**
 * A table rule as the engine runs it: each table's recorded run is replayed, and the tables without one are run one by
 * one.
 */
export function* replayingSteps(rule: Rule, ctx: RuleContext, runs: TableRuns): Steps<FindingDraft[]> {
  const findings: FindingDraft[] = [];
  for (const table of ctx.doc.tables) {
    const run = runs.get(table)?.get(rule);
    const drafts = run ? replay(run, ctx) : yield* ruleSteps(rule, { ...ctx, doc: { raw: ctx.doc.raw, tables: [table] } });
    for (const draft of drafts) findings.push(draft);
  }
  return findings;
}
