/**
 * 科目编码: the classification codes that key budget rows.
 *
 * 功能分类 (functional): 类 3 digits (201 一般公共服务支出), 款 +2 (20103), 项 +2 (2010301). 经济分类 (economic):
 * 类 3 digits (301 工资福利支出; 5xx in the 政府预算 scheme), 款 +2 (30101). Tables write them in three cells
 * "201 | 03 | 01", in one cell "2010301" or "201 03 01", or at the start of the label "201 一般公共服务支出".
 */

export interface BudgetCode {
  /** All digits, e.g. '2010301'. */
  code: string;
  /** 1 = 类, 2 = 款, 3 = 项. */
  level: 1 | 2 | 3;
  scheme: 'functional' | 'economic';
}

/** 功能分类 类 codes run 201–234 (2xx); 经济分类 301–399 (部门) and 501–599 (政府). */
function schemeOf(classCode: string): BudgetCode['scheme'] | undefined {
  if (/^2\d\d$/.test(classCode)) return 'functional';
  if (/^[35]\d\d$/.test(classCode)) return 'economic';
  return undefined;
}

/** A whole code written in one piece: 3, 5 or 7 digits, optionally spaced "201 03 01". */
export function parseCode(text: string): BudgetCode | undefined {
  const digits = text.replace(/[\s\u00a0\u3000]+/g, '');
  if (!/^\d{3}(?:\d{2}){0,2}$/.test(digits)) return undefined;
  const scheme = schemeOf(digits.slice(0, 3));
  if (!scheme) return undefined;
  const level = ((digits.length - 1) / 2) as 1 | 2 | 3;
  if (scheme === 'economic' && level === 3) return undefined;
  return { code: digits, level, scheme };
}

/** What a code cell holds where its row has no 款 or 项: "-", "—", "/". As good as blank. */
const NO_LEVEL = /^[-－—–―‐‑‒─/／]+$/;

/** Code cells of one row ("201", "03", "") joined into one code. */
export function codeFromParts(parts: readonly string[]): BudgetCode | undefined {
  const pieces = parts.map((p) => p.replace(/[\s\u00a0\u3000]+/g, '')).filter((p) => p !== '' && !NO_LEVEL.test(p));
  if (pieces.length === 0) return undefined;
  if (pieces.length === 1) return parseCode(pieces[0]);
  // A 款 or 项 of one digit is one whose leading zero was lost: a spreadsheet keeps "03" typed as a number as 3. A
  // 类 is three digits, so "201 | 3 | 1" can only be 2010301.
  if (/^\d{3}$/.test(pieces[0]) && pieces.slice(1).every((p) => /^\d{1,2}$/.test(p)))
    return parseCode(pieces[0] + pieces.slice(1).map((p) => p.padStart(2, '0')).join(''));
  // A full code repeated in each column ("201", "20103", "2010301") is also seen: take the longest.
  return parseCode(pieces.reduce((a, b) => (b.length > a.length ? b : a)));
}

const LEADING_CODE = /^(\d{3}(?:[\s\u00a0\u3000]?\d{2}){0,2})(?=[\s\u00a0\u3000]*[^\d\s])/;

/** "201 一般公共服务支出" / "2010301行政运行" → the code and the rest of the label. */
export function splitLeadingCode(label: string): { code?: BudgetCode; rest: string } {
  const trimmed = label.trim();
  const m = LEADING_CODE.exec(trimmed);
  if (!m) return { rest: trimmed };
  const code = parseCode(m[1]);
  if (!code) return { rest: trimmed };
  return { code, rest: trimmed.slice(m[0].length).trim() };
}

/** The code of the level above: 项 2010301 → 款 20103 → 类 201. */
export function parentCode(code: string): string | undefined {
  return code.length > 3 ? code.slice(0, code.length - 2) : undefined;
}
