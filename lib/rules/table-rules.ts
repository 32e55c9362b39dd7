/** Rules inside one table: sums, hierarchy, component columns, balance. */
import { columnTotal } from './column-total.ts';
import type { Rule } from './rule.ts';

export const TABLE_RULES: readonly Rule[] = [columnTotal];
