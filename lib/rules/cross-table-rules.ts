/** Rules between the tables of the standard set (budget-identities.md §3), and the note on tables that are missing. */
import { crossClasses } from './cross-classes.ts';
import { crossEconomic } from './cross-economic.ts';
import { crossFinalAccounts } from './cross-final-accounts.ts';
import { crossFiscal } from './cross-fiscal.ts';
import { crossFundTables } from './cross-fund-tables.ts';
import { crossGeneralBudget } from './cross-general-budget.ts';
import { missingTables } from './cross-missing-tables.ts';
import { crossPerformance } from './cross-performance.ts';
import { crossSangong } from './cross-sangong.ts';
import { crossSourceLists } from './cross-source-lists.ts';
import { crossTotals } from './cross-totals.ts';
import type { Rule } from './rule.ts';

export const CROSS_TABLE_RULES: readonly Rule[] = [
  crossTotals,
  crossClasses,
  crossFiscal,
  crossSourceLists,
  crossGeneralBudget,
  crossFundTables,
  crossEconomic,
  crossSangong,
  crossPerformance,
  crossFinalAccounts,
  missingTables,
];
