/** Rules on what the text says: shares, year-on-year changes, 其中 lists, prose vs tables (§4). */
import { proseBudgetVsOutcome } from './prose-budget-vs-outcome.ts';
import { proseClassChanges } from './prose-class-changes.ts';
import { proseContradiction } from './prose-contradiction.ts';
import { proseEmptyTable } from './prose-empty-table.ts';
import { proseGrowth } from './prose-growth.ts';
import { proseParts } from './prose-parts.ts';
import { proseShare } from './prose-share.ts';
import { proseSmeAwards } from './prose-sme-awards.ts';
import { proseVehicleCounts } from './prose-vehicle-counts.ts';
import { proseVsEmptyTable } from './prose-vs-empty-table.ts';
import { proseVsIndicator } from './prose-vs-indicator.ts';
import { proseVsTable } from './prose-vs-table.ts';
import type { Rule } from './rule.ts';

export const PROSE_RULES: readonly Rule[] = [proseShare, proseGrowth, proseParts, proseVsTable, proseContradiction, proseEmptyTable, proseVsIndicator, proseSmeAwards, proseClassChanges, proseVsEmptyTable, proseBudgetVsOutcome, proseVehicleCounts];
