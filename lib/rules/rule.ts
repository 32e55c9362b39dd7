/**
 * A rule is one relation checked across a document: one file per rule in lib/rules/, each exporting a Rule.
 * Rules read the DocumentModel (grids + structure + classification + the raw text) and return findings; they also
 * tally every check they run, so the UI can say "12 checks passed" and a silent table is never mistaken for a
 * checked one.
 */
import type { StandardTable } from '../classify/standard-table.ts';
import type { CellRef, Finding, RawDocument, TableGrid, TextRef } from '../model.ts';
import type { Verdict } from '../rounding.ts';
import { finish, type Steps } from '../steps.ts';
import type { Segment, TableStructure } from '../structure/table-structure.ts';

export interface AnalyzedTable {
  grid: TableGrid;
  structure: TableStructure;
  standard?: StandardTable;
}

export interface DocumentModel {
  raw: RawDocument;
  tables: AnalyzedTable[];
}

/** A finding before the engine numbers it. */
export type FindingDraft = Omit<Finding, 'id'>;

export interface RuleContext {
  doc: DocumentModel;
  /** Count one check on a table: its verdict, or 'missing' when the data to check it is absent. */
  tally(tableId: string, verdict: Verdict | 'missing'): void;
  /**
   * Record one relation's outcome for the tables whose cells it reads (lib/judge: an error needs the other relations
   * of its table to hold), and the figures of the text it reads. Optional: a context that only tries relations out
   * (`untallied`) records nothing.
   */
  witness?(tableIds: readonly string[], verdict: Verdict, cells: readonly CellRef[], text?: readonly TextRef[]): void;
}

export interface Rule {
  id: string;
  /** What the rule checks, for people: Chinese / English. */
  title: string;
  run(ctx: RuleContext): FindingDraft[];
  /** The same check as steps that pause inside a big table (the page runs checks in slices); `run` drains them. */
  steps?(ctx: RuleContext): Steps<FindingDraft[]>;
}

/** A rule written as steps; its `run` drains them. */
export function stepRule(id: string, title: string, steps: (ctx: RuleContext) => Steps<FindingDraft[]>): Rule {
  return { id, title, steps, run: (ctx) => finish(steps(ctx)) };
}

/**
 * A rule that checks each list (segment) of every budget table on its own, as steps: column-total,
 * component-columns and hierarchy-sum.
 */
export function segmentRule(
  id: string,
  title: string,
  checkSegment: (ctx: RuleContext, table: AnalyzedTable, segment: Segment) => Steps<FindingDraft[]>,
): Rule {
  return stepRule(id, title, function* (ctx) {
    const findings: FindingDraft[] = [];
    for (const table of ctx.doc.tables) {
      if (table.grid.kind !== 'budget') continue;
      for (const segment of table.structure.segments) findings.push(...(yield* checkSegment(ctx, table, segment)));
    }
    return findings;
  });
}

/** A rule's findings, with its pauses when it has steps. */
export function* ruleSteps(rule: Rule, ctx: RuleContext): Steps<FindingDraft[]> {
  return rule.steps ? yield* rule.steps(ctx) : rule.run(ctx);
}
