/**
 * How disclosures write a unit's name, as data: the words around a name that do not tell one unit from another.
 * "中共江苏省委办公厅" and "江苏省委" are one unit. Every entry is a national way of naming a kind of unit (the party
 * committee, the 人大 standing committee, the people's government, an office), never a place or one department: the
 * region is read apart (lib/documents/identity.ts splitRegion), and the examples' 江苏 stands for any province or
 * city. A new way of writing the same unit is a new entry here, with a test in lib/documents/sets.test.ts, not a
 * new rule in lib/documents.
 */

/** Said before a party unit's name, in short or in full: 中共江苏省委 = 中国共产党江苏省委 = 江苏省委. */
export const UNIT_PREFIXES: readonly string[] = ['中共', '中国共产党'];

/** Said after a unit's name for its office: 江苏省人大常委会办公厅 = 江苏省人大常委会. */
export const UNIT_SUFFIXES: readonly string[] = ['办公厅', '办公室', '机关'];

/**
 * One unit's own name in full and in short, as titles and file names write it: 江苏省人大常委会 = 江苏省人民代表大会
 * 常务委员会 = 省人大; 上海市人民政府 = 上海市政府.
 */
export const UNIT_ALIASES: readonly (readonly [full: string, short: string])[] = [
  ['人大常委会', '人大'],
  ['人民代表大会常务委员会', '人大'],
  ['人民政府', '政府'],
];
