/**
 * Repairs the text pdf.js gives back so that it reads as the document does. Only what a PDF adds is undone; the
 * document's own spelling (full-width brackets, 、, spaces it wrote on purpose) stays as written.
 */
import { RADICAL_SUPPLEMENT_EQUIVALENTS } from './cjk-radicals.ts';

/**
 * Kangxi radicals whose NFKC form is the traditional variant while the glyph the PDF shows is the simplified one.
 * Noto Sans CJK SC draws 户 (U+6237) for KANGXI RADICAL DOOR ⼾ (U+2F3E) and Chromium's print-to-PDF writes ⼾ for
 * every 户 ("财政专户"); NFKC turns it into 戶 (U+6236), a character mainland budget documents never use.
 */
const KANGXI_SIMPLIFIED: ReadonlyMap<number, number> = new Map([[0x2f3e, 0x6237]]);

/**
 * One code point as the reader sees it:
 * - CJK Radicals Supplement → the ideograph (table: NFKC does not cover the block; ⻔ → 门, ⻓ → 长);
 * - Kangxi Radicals and CJK Compatibility Ideographs → NFKC (⽀ → 支, ⼈ → 人, 﨑 stays a distinct ideograph only where
 *   Unicode says so);
 * - soft hyphen and zero-width characters → nothing (Word puts them in, they are invisible on paper).
 */
export function normalizeCodePoint(cp: number): string {
  const simplified = KANGXI_SIMPLIFIED.get(cp);
  if (simplified !== undefined) return String.fromCodePoint(simplified);
  if (cp >= 0x2e80 && cp <= 0x2eff) {
    const ideograph = RADICAL_SUPPLEMENT_EQUIVALENTS.get(cp);
    return String.fromCodePoint(ideograph ?? cp);
  }
  if ((cp >= 0x2f00 && cp <= 0x2fdf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x2f800 && cp <= 0x2fa1f)) {
    return String.fromCodePoint(cp).normalize('NFKC');
  }
  if (cp === 0x00ad || (cp >= 0x200b && cp <= 0x200d) || cp === 0xfeff) return '';
  return String.fromCodePoint(cp);
}

/** normalizeCodePoint over a whole string. */
export function normalizePdfString(text: string): string {
  let out = '';
  for (const ch of text) out += normalizeCodePoint(ch.codePointAt(0)!);
  return out;
}

/**
 * Spaces that a PDF put inside a number: "9 ,146.79", "1, 234.50", "12 .5" (glyphs placed one by one, or a font
 * change at the separator, make pdf.js see a gap). Only spaces next to a thousands separator or decimal point that
 * sits between digits are removed, so "201 03" (two codes) and "2023 年" stay apart.
 */
export function joinNumberSpaces(text: string): string {
  return text.replace(/(\d) +(?=[.,]\d)/g, '$1').replace(/(\d[.,]) +(?=\d)/g, '$1');
}

/** Ideographs, kana, hangul and full-width forms: scripts written without spaces between words. */
export function isWideChar(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function lastChar(text: string): string {
  const chars = Array.from(text);
  return chars[chars.length - 1] ?? '';
}

/**
 * Joins two lines of one paragraph or one table cell. A line break inside Chinese text is not a space (the
 * paragraph "收入预算合计 13,377.11 万元，其\n中：" reads "其中："); nor is one inside a number broken at the
 * margin ("2,444.\n1"). Between Latin words it is.
 */
export function joinWrappedLines(first: string, second: string): string {
  const a = first.trimEnd();
  const b = second.trimStart();
  if (!a) return b;
  if (!b) return a;
  const end = lastChar(a);
  const start = Array.from(b)[0] ?? '';
  if (isWideChar(end) || isWideChar(start)) return a + b;
  if (/[\d.,]/.test(end) && /\d/.test(start)) return a + b;
  if (end === '-' || end === '/' || end === '(') return a + b;
  return `${a} ${b}`;
}

const FULL_WIDTH_PUNCTUATION = /[\u3001-\u3003\u3008-\u3011\u3014-\u301f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\u201c\u201d\u2018\u2019]/;

/**
 * Spaces between two wide characters in running Chinese prose carry no meaning: they come from justified lines whose
 * glyphs pdf.js sees as spread out ("单 时 ， 汇 率"), and so do spaces next to full-width punctuation. Spaces between
 * a digit or Latin letter and a Chinese character ("2023 年") are kept: documents write them.
 * Only for prose: in table headers the document's own spaces ("收 入") are kept as written.
 */
export function collapseWideSpaces(text: string): string {
  let out = '';
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === ' ' || ch === '\u3000') {
      let j = i;
      while (j < chars.length && (chars[j] === ' ' || chars[j] === '\u3000')) j++;
      const before = out ? lastChar(out) : '';
      const after = chars[j] ?? '';
      const bothWide = before && after && isWideChar(before) && isWideChar(after);
      // Next to full-width punctuation a space is never written on purpose ("2 、社会保障", "（类） 74.85").
      const byPunctuation = FULL_WIDTH_PUNCTUATION.test(before) || FULL_WIDTH_PUNCTUATION.test(after);
      if (bothWide || byPunctuation) {
        i = j - 1;
        continue;
      }
      out += ' ';
      i = j - 1;
      continue;
    }
    out += ch;
  }
  return out;
}
