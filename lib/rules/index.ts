/** Every rule the engine runs, in order. One rule per file; add new rules here. */
import { columnTotal } from './column-total.ts';
import type { Rule } from './rule.ts';

export const RULES: readonly Rule[] = [columnTotal];
