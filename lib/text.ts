/**
 * Text normalisation shared by structure, classification and prose. Extraction scatters spaces through Chinese
 * labels ("合 计", "财 政 拨 款 ( 补 助 )", "工资福利 支出") and mixes full- and half-width punctuation
 * ("(类)" / "（类）"), so labels are compared in one canonical form.
 */

const SPACES = /[\s\u00a0\u3000\u200b\u200c\u200d\ufeff]+/g;

/** Removes every kind of space. */
export function compact(text: string): string {
  return text.replace(SPACES, '');
}

/**
 * Characters canonicalLabel leaves as they are: CJK ideographs and ASCII letters and digits are their own NFKC form,
 * and （）： fold to ()：and back. Most labels are made only of these.
 */
const ALREADY_CANONICAL = /^[\u4e00-\u9fff0-9A-Za-z（）：、。.%/-]*$/;

/** Labels already folded: a page has a few hundred distinct ones, each compared by many rules. */
const CANONICAL = new Map<string, string>();
/** Enough for any page; past it the map starts again (a hostile page of endless distinct labels must not grow it). */
const CANONICAL_KEPT = 20_000;

/** NFKC (full-width ASCII → ASCII), no spaces, Chinese brackets and colons folded to one form. */
export function canonicalLabel(text: string): string {
  // Every rule compares labels this way, cell after cell: one test spares the normalisation of most of them.
  if (ALREADY_CANONICAL.test(text)) return text;
  let folded = CANONICAL.get(text);
  if (folded === undefined) {
    folded = compact(text.normalize('NFKC'))
      .replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))
      .replace(/:/g, '：')
      .replace(/[“”"']/g, '');
    if (CANONICAL.size >= CANONICAL_KEPT) CANONICAL.clear();
    CANONICAL.set(text, folded);
  }
  return folded;
}

const WIDE_DIGITS = /[\uff05\uff0e\uff10-\uff19]/g;
/** A year in Chinese numerals: four of 〇零一…九 before 年 (二〇一七年, 二〇二四 年度). */
const CHINESE_YEAR = /[〇零一二三四五六七八九]{4}(?=\s*年)/g;
const CHINESE_DIGITS = '〇一二三四五六七八九';

/**
 * Full-width digits, point and percent (２０１７, ８６４８．０７, ５．７７％), and years in Chinese numerals (二〇一七年), as
 * ASCII, one character for one, so offsets still point into the text as written: for readers that look for years
 * and figures in a block's own text.
 */
export function asciiDigits(text: string): string {
  return yearsInDigits(text).replace(WIDE_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** 二〇一七年 as 2017年, one character for one; nothing else written in Chinese numerals is touched. */
export function yearsInDigits(text: string): string {
  if (!text.includes('年')) return text;
  return text.replace(CHINESE_YEAR, (year) => [...year].map((c) => (c === '零' ? '0' : String(CHINESE_DIGITS.indexOf(c)))).join(''));
}

const CJK = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef';
const CJK_CHAR = new RegExp(`[${CJK}]`, 'g');
/** A CJK character, then spaces, then another: the spaces are dropped, the first character kept. */
const SPACED_PAIR = new RegExp(`([${CJK}])[ \\u00a0\\u3000]+(?=[${CJK}])`, 'g');

/**
 * A line set in spaced-out characters ("目 录", "收 入 决 算 表", "单 位 ： 万 元": a title centred by spacing it out,
 * a PDF's justified run) as it reads without the spaces. Only a line spaced throughout, at least every other
 * character: the one space of "表十 一般公共预算支出情况表" parts a number from a title, and stays.
 */
export function unspaced(line: string): string {
  if (line.length < 3 || !/[ \u00a0\u3000]/.test(line)) return line;
  const pairs = line.match(SPACED_PAIR)?.length ?? 0;
  // Spaced at half its gaps or more: "单 位：万 元" has four gaps between five characters, two of them spaced.
  if (pairs === 0 || pairs * 2 < (line.match(CJK_CHAR)?.length ?? 0) - 1) return line;
  return line.replace(SPACED_PAIR, '$1');
}

/** Collapses runs of spaces to one and trims: for labels shown to people. */
export function tidy(text: string): string {
  return text.replace(SPACES, ' ').trim();
}
