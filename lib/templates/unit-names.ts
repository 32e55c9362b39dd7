/**
 * How disclosures write a unit's name, as data: the words around a name that do not tell one unit from another.
 * "中共江苏省委办公厅" and "江苏省委" are one unit. A new way of writing the same unit is a new entry here, with a test
 * in lib/documents/sets.test.ts, not a new rule in lib/documents.
 */

/** Said before a party unit's name: 中共江苏省委 = 江苏省委. */
export const UNIT_PREFIXES: readonly string[] = ['中共'];

/** Said after a unit's name for its office: 江苏省人大常委会办公厅 = 江苏省人大常委会. */
export const UNIT_SUFFIXES: readonly string[] = ['办公厅', '办公室', '机关'];

/** One unit's own name in full and in short, as titles and file names write it: 江苏省人大常委会 = 省人大. */
export const UNIT_ALIASES: readonly (readonly [full: string, short: string])[] = [['人大常委会', '人大']];
