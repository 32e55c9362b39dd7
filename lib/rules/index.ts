/** Every rule the engine runs, in order. One rule per file; each family lists its rules in its own index. */
import { CROSS_TABLE_RULES } from './cross-table-rules.ts';
import { PROSE_RULES } from './prose-rules.ts';
import type { Rule } from './rule.ts';
import { TABLE_RULES } from './table-rules.ts';

export const RULES: readonly Rule[] = [...TABLE_RULES, ...CROSS_TABLE_RULES, ...PROSE_RULES];
