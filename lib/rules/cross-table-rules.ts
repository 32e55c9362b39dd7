/** Rules between the tables of the standard set (budget-identities.md §3). */
import type { Rule } from './rule.ts';

export const CROSS_TABLE_RULES: readonly Rule[] = [];
