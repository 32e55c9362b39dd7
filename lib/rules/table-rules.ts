/** Rules inside one table: sums, hierarchy, component columns, balance. */
import { columnTotal } from './column-total.ts';
import { componentColumns } from './component-columns.ts';
import { hierarchySum } from './hierarchy-sum.ts';
import type { Rule } from './rule.ts';

export const TABLE_RULES: readonly Rule[] = [columnTotal, componentColumns, hierarchySum];
