/**
 * What the short lines around a budget table are: its number (表1), its title (单位收支总体情况表, or both on one line
 * "表1　单位收支总体情况表"), its meta lines (编制单位：…, 单位：万元, (2023 年)), page furniture (page numbers) and
 * continuation marks (续表). Every pattern here is anchored or starts at a bracket, and linear: no two space runs
 * (\s*) meet with only optional text between them (`\s*(?:人民币)?\s*` is quadratic, three such runs cubic: 10,000
 * spaces took 3 minutes), so each space is matched one way only.
 */
import { asciiDigits, compact, tidy } from '../text.ts';
import { UNIT_DECLARATION } from './table-unit.ts';

export interface TitleLine {
  /** The 表N number: ASCII digits ('1', '1-1'), or the Chinese numeral as written ('三'). */
  number?: string;
  title?: string;
  /** "续表", "表2（续）": the rest of a table already started. */
  continued?: boolean;
}

/** Longest line taken for a title: titles are short; longer lines are prose that happens to end in 表. */
const MAX_TITLE_CHARS = 60;

const NUMBER_PREFIX =
  /^(?:附)?表\s*([0-9０-９]{1,3}(?:\s*[-－—–.．]\s*[0-9０-９]{1,3})?|[一二三四五六七八九十]{1,3})(?![0-9０-９])\s*[:：、.．]?\s*/;
/**
 * The Jiangsu provincial template marks each page "公开01表" … "公开12表" (top right, above the title; the 2018 and
 * 2019 政协/委办 files): the template's own 表N. Read as the plain number ('1' for 公开01表), because every consumer shows
 * it as 表{number} and "表公开01" would name nothing; the zero padding carries no meaning (公开10表 is the tenth).
 */
const PUBLIC_MARK = /^公开\s*([0-9０-９]{1,3})\s*表\s*/;
/** The same mark written "公开表十二" / "公开表12" (江苏省人大常委会办公厅2019年部门预算公开表.pdf). */
const PUBLIC_MARK_LEADING = /^公开\s*表\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(?![0-9０-９])\s*/;
/** The same mark as a bracketed tail of the title: "收支预算总表（公开01表）". */
const PUBLIC_MARK_TAIL = /[(（]\s*公开\s*([0-9０-９]{1,3})\s*表\s*[)）]\s*$/;
const CONTINUED = /^[(（]?\s*续\s*(?:(?:表|上表)\s*)?[)）]?$/;
/**
 * Bracketed tails a title may carry: （续表）, (2023年), （单位：万元）, （公开01表）. No leading \s*: unanchored, it would
 * rescan a run of spaces from every position in it (quadratic); the caller trims what is left before the bracket.
 */
const BRACKET_TAIL = /[(（][^()（）]{0,24}[)）]\s*$/;
const LIST_MARKER = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[、.．](?!\d))\s*/;
const PART_HEADING = /^第\s*[一二三四五六七八九十\d]{1,3}\s*部分/;

const UNIT_DECLARATION_ALL = new RegExp(UNIT_DECLARATION.source, 'g');

const META_LINE = [
  /^(?:编制|填报|申报|预算|主管)?(?:单位|部门)\s*(?:[(（]\s*单位\s*[)）]\s*)?(?:名称\s*)?[:：]/,
  /^金额单位\s*[:：]/,
  /^[(（]\s*\d{4}\s*年度?\s*[)）]$/,
  /^[(（]?\s*(?:人民币\s*)?(?:亿元|万元|元)\s*[)）]?$/,
];

// "- 5 -", "— 5 —", "─ 13 ─" (a box-drawing rule, 江苏省人大常委会2019年度部门预算公开.pdf), "5", "第 5 页 共 20 页".
const PAGE_NOISE = [/^[-—－–─━]?\s*\d{1,4}\s*[-—－–─━]?$/, /^第\s*\d{1,4}\s*页(?:\s*(?:[,，/]\s*)?共\s*\d{1,4}\s*页)?$/];

export function isMetaLine(line: string): boolean {
  const t = asciiDigits(line.trim());
  return t !== '' && META_LINE.some((re) => re.test(t));
}

/** A meta label with nothing after it ("部门：", "编制单位："): its value is on the next line. */
export function isBareMetaLabel(line: string): boolean {
  const t = line.trim();
  return /[:：]$/.test(t) && t.length <= 12 && isMetaLine(t);
}

export function isPageNoise(line: string): boolean {
  const t = asciiDigits(line.trim());
  return PAGE_NOISE.some((re) => re.test(t));
}

export function isContinuedMark(line: string): boolean {
  return CONTINUED.test(line.trim());
}

/**
 * "编制单位：某某办公室单位：万元" (a platform page puts both in one flex row, so the text runs together) → two meta
 * lines. Splits before every unit declaration that does not start the line.
 */
export function splitMetaLine(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const m of line.matchAll(UNIT_DECLARATION_ALL)) {
    if (m.index > start) {
      parts.push(line.slice(start, m.index));
      start = m.index;
    }
  }
  parts.push(line.slice(start));
  return parts.map((p) => tidy(p)).filter((p) => p !== '');
}

/** A line that can be a table title: short, no sentence punctuation, ends in 表 (before bracketed tails). */
export function isTitleText(text: string): boolean {
  const t = tidy(text);
  const length = compact(t).length;
  if (length < 3 || length > MAX_TITLE_CHARS) return false;
  if (/[。；;！？]/.test(t) || PART_HEADING.test(t) || /[:：]$/.test(t)) return false;
  return /表$/.test(stripBracketTails(t));
}

/** The title as it should be shown: one line, without a list marker (一、) or a unit tail （单位：万元）. */
export function cleanTitle(text: string): string {
  return stripBracketTails(tidy(text).replace(LIST_MARKER, ''), (tail) => UNIT_DECLARATION.test(tail) || /续/.test(tail));
}

/** Reads a 表N line, a title line, or both at once; undefined for anything else. */
export function parseTitleLine(line: string): TitleLine | undefined {
  const t = tidy(line);
  if (t === '') return undefined;
  if (isContinuedMark(t)) return { continued: true };
  const mark = PUBLIC_MARK.exec(t) ?? PUBLIC_MARK_LEADING.exec(t);
  if (mark) {
    const number = publicNumber(mark[1]);
    const rest = t.slice(mark[0].length).trim();
    if (rest === '') return { number };
    if (isTitleText(rest)) return titled(rest, number);
    return undefined;
  }
  const tail = PUBLIC_MARK_TAIL.exec(t);
  if (tail) {
    const rest = t.slice(0, tail.index).trim();
    return isTitleText(rest) ? titled(rest, publicNumber(tail[1])) : undefined;
  }
  const prefix = NUMBER_PREFIX.exec(t);
  if (prefix) {
    const number = compact(prefix[1].normalize('NFKC')).replace(/[－—–.．]/g, '-');
    const rest = t.slice(prefix[0].length).trim();
    if (rest === '') return { number };
    if (isContinuedMark(rest)) return { number, continued: true };
    if (isTitleText(rest)) return titled(rest, number);
    if (UNIT_DECLARATION.test(rest) && rest.length < 20) return { number };
    return undefined; // "表1显示，……": prose
  }
  if (isTitleText(t)) return titled(t);
  return undefined;
}

/** "01" → "1"; full-width digits read as ASCII; a Chinese numeral as written ('十二'), as 表十二 is. */
function publicNumber(digits: string): string {
  return /^[一二三四五六七八九十]+$/.test(digits) ? digits : String(Number(digits.normalize('NFKC')));
}

function titled(text: string, number?: string): TitleLine {
  const line: TitleLine = { title: cleanTitle(text) };
  if (number !== undefined) line.number = number;
  if (/[(（]\s*续/.test(text)) line.continued = true;
  return line;
}

/** Up to three bracketed tails taken off the end, while `strip` says so for the last one. */
function stripBracketTails(t: string, strip: (tail: string) => boolean = () => true): string {
  let s = t;
  for (let i = 0; i < 3; i++) {
    const tail = BRACKET_TAIL.exec(s);
    if (!tail || !strip(tail[0])) break;
    s = s.slice(0, tail.index).trimEnd();
  }
  return s.trim();
}
