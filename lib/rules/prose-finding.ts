/** Building findings about prose claims: the exact sentence as quote, its TextRefs, Chinese first. */
import type { CellRef, Severity, TextRef } from '../model.ts';
import type { ClaimBase } from '../prose/claims.ts';
import type { Verdict } from '../rounding.ts';
import type { FindingDraft, RuleContext } from './rule.ts';

export interface ProseFindingInput {
  rule: string;
  severity: Severity;
  kind: FindingDraft['kind'];
  claim: Pick<ClaimBase, 'quote' | 'textRefs'>;
  /** More sentences involved (a contradiction names both places). */
  others?: Pick<ClaimBase, 'quote' | 'textRefs'>[];
  stated?: string;
  expected?: string;
  diff?: string;
  message: string;
  messageEn: string;
  cells?: CellRef[];
  tableId?: string;
  tableTitle?: string;
}

export function proseFinding(input: ProseFindingInput): FindingDraft {
  const textRefs = [...input.claim.textRefs];
  let quote = input.claim.quote;
  for (const other of input.others ?? []) {
    textRefs.push(...other.textRefs);
    if (other.quote !== quote) quote += ` …… ${other.quote}`;
  }
  return {
    rule: input.rule,
    severity: input.severity,
    kind: input.kind,
    tableId: input.tableId,
    tableTitle: input.tableTitle,
    stated: input.stated,
    expected: input.expected,
    diff: input.diff,
    message: input.message,
    messageEn: input.messageEn,
    cells: input.cells ?? [],
    quote,
    textRefs,
  };
}

/**
 * Records that a check read these figures of the text, and its verdict (RuleContext.witness): the mutation suite
 * changes only figures some check reads.
 */
export function witnessText(ctx: RuleContext, verdict: Verdict, ...figures: (readonly TextRef[] | undefined)[]): void {
  ctx.witness?.([], verdict, [], figures.flatMap((refs) => refs ?? []));
}
