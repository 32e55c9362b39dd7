/**
 * Rules inside one table: sums, hierarchy, component columns, lists, balance, unreadable cells, empty tables.
 * Each relation belongs to exactly one rule (the 合计 row to column-total, 类/款 rows to hierarchy-sum, numbered and
 * 其中 lines to list-parts, row totals to component-columns), so one wrong cell never yields the same
 * (cell, relation) finding twice.
 */
import { balance } from './balance.ts';
import { columnTotal } from './column-total.ts';
import { componentColumns } from './component-columns.ts';
import { emptyTable } from './empty-table.ts';
import { hierarchySum } from './hierarchy-sum.ts';
import { listParts } from './list-parts.ts';
import { performanceFunds } from './performance-funds.ts';
import type { Rule } from './rule.ts';
import { unreadableNumber } from './unreadable-number.ts';

export const TABLE_RULES: readonly Rule[] = [
  unreadableNumber,
  columnTotal,
  componentColumns,
  hierarchySum,
  listParts,
  balance,
  emptyTable,
  performanceFunds,
];
