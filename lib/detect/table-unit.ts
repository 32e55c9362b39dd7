/**
 * The money unit a table is written in. Declared as "单位：万元" on its own line above the table, at the end of the
 * 编制单位 line, in a <caption>, or in the table's first row (budget-identities.md §1.1); failing that, a header label
 * such as "金额（万元）" says it for the whole table.
 */
import type { Unit } from '../model.ts';

const SCALE: Record<Unit['name'], number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };

/** "单位：万元", "金额单位：元", "单位:人民币万元" — the unit word must end there ("单位：万元县财政局" is a name). */
export const UNIT_DECLARATION = /(?:金额)?单位\s*[:：]\s*(?:人民币\s*)?(亿元|万元|元)(?=$|[\s)）\]】,，;；。、])/;
/** `人民币\s*` inside the optional group: two space runs around an optional word backtrack quadratically. */
const BARE = /^[(（]?\s*(?:人民币\s*)?(亿元|万元|元)\s*[)）]?$/;
const IN_LABEL = /[(（]\s*(亿元|万元|元)\s*[)）]/;

function unitNamed(name: Unit['name']): Unit {
  return { name, scale: SCALE[name] };
}

/** The unit a line declares ("单位：万元", or a bare "（万元）" line), if any. */
export function declaredUnit(line: string): Unit | undefined {
  const m = UNIT_DECLARATION.exec(line) ?? BARE.exec(line.trim());
  return m ? unitNamed(m[1] as Unit['name']) : undefined;
}

/** The unit a header label carries: "金额（万元）", "预算数(元)". */
export function labelUnit(label: string): Unit | undefined {
  const m = IN_LABEL.exec(label);
  return m ? unitNamed(m[1] as Unit['name']) : undefined;
}
