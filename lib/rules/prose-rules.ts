/** Rules on what the text says: shares, year-on-year changes, 其中 lists, prose vs tables (§4). */
import type { Rule } from './rule.ts';

export const PROSE_RULES: readonly Rule[] = [];
