/** Rules between the tables of the standard set (budget-identities.md §3). */
import { crossPerformance } from './cross-performance.ts';
import { crossSangong } from './cross-sangong.ts';
import { crossTotals } from './cross-totals.ts';
import type { Rule } from './rule.ts';

export const CROSS_TABLE_RULES: readonly Rule[] = [crossTotals, crossSangong, crossPerformance];
