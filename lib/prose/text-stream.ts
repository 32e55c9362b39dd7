/**
 * The prose of a document as sentences the claim extractor can read, with a way back to the original text.
 *
 * Disclosures cut sentences at page breaks ("比上年预算减¶¶少 0.51 万元" [002]) and mix full- and half-width
 * punctuation in one document ("万元,其中:基本支出" next to "万元，其中：" [000]); markdown decoration ("### **三、…**")
 * surrounds headings. So text blocks are normalised character by character (NFKC, no spaces, no * # `), blocks that
 * end mid-sentence are joined to the next, and every normalised character remembers its block and offset, so a quote
 * and its TextRefs always point into the original, unnormalised text.
 */
import { finish, PauseEvery, type Steps } from '../steps.ts';
import { isPageNoise } from '../detect/heading-lines.ts';
import type { RawDocument, TextRef } from '../model.ts';
import { yearsInDigits } from '../text.ts';

export interface Section {
  /** 1 … 12 for 一、 … 十二、; 0 before the first numbered heading. */
  top: number;
  topTitle: string;
  /** The （一）… sub-heading number, 0 when none. */
  sub: number;
  subTitle: string;
}

export interface Sentence {
  /** Normalised text: NFKC (half-width ，：；（）% digits), no whitespace, no markdown decoration. */
  text: string;
  /**
   * Where every character of `text` comes from: the block `blockOf[i]`, at `offsetOf[i]` in its text. Two arrays of
   * small integers rather than an object per character: the prose runs to tens of thousands of characters.
   */
  blockOf: number[];
  offsetOf: number[];
  section: Section;
  /** Index of the paragraph (joined run of blocks) in reading order. */
  paragraph: number;
}

const QUOTE_MARKERS = /^[\s\u3000]*(?:>[\s\u3000]*)+/;
const SPACE = /[\s\u00a0\u3000\u200b\u200c\u200d\ufeff]/;
/**
 * Punctuation is looked up by character code: these tests run on every character of the prose, and `text[i]` of a
 * CJK character is a new string each time (only ASCII one-character strings are shared), so a Set of one-character
 * strings cost an allocation per character.
 */
const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const SENTENCE_END = codes('。!?');
/** A block ending like this ends its sentence; anything else (，、：, a word cut in half) continues in the next block. */
const BLOCK_END = codes('。!?');
const CLAUSE_BREAK = codes(',;:、。!?');

/** The character at `i` ends a clause: , ; : 、 。 ! ? (false past the end). */
export function isClauseBreak(text: string, i: number): boolean {
  return CLAUSE_BREAK.has(text.charCodeAt(i));
}
const CJK_NUMERALS = '一二三四五六七八九十';
/** "─ 11 ─": a page number between box-drawing rules. */
const PAGE_RULE = /^[─━][\s\u3000]*\d{1,4}[\s\u3000]*[─━]/;

interface NormalizedBlock {
  text: string;
  blockOf: number[];
  offsetOf: number[];
  heading: boolean;
}

function normalizeBlock(text: string, block: number, heading: boolean): NormalizedBlock {
  let out = '';
  const blockOf: number[] = [];
  const offsetOf: number[] = [];
  let start = QUOTE_MARKERS.exec(text)?.[0].length ?? 0;
  // A markdown list marker "- " at the start of a block is decoration, not a minus sign.
  const lead = /^[\s\u3000]*[-*+][\s\u3000]+/.exec(start ? text.slice(start) : text);
  if (lead) start += lead[0].length;
  /** Start of the run of characters kept as they are, not yet added to `out`: whole runs are sliced, not copied one by one. */
  let run = start;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII, the CJK Unified Ideographs and 、。 are most of the text, and their own NFKC form: told apart by their
    // code, with no regex, no normalize() and no one-character string per character (all three were the extractor's
    // largest costs).
    if ((code < 0x80 && !isSpaceOrDecoration(code)) || (code >= 0x4e00 && code <= 0x9fff) || code === 0x3001 || code === 0x3002) {
      blockOf.push(block);
      offsetOf.push(i);
      continue;
    }
    out += text.slice(run, i);
    run = i + 1;
    if (code < 0x80) continue; // a space or markdown decoration
    // Full-width ASCII (，：（）％０-９): NFKC is the ASCII character.
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0);
      blockOf.push(block);
      offsetOf.push(i);
      continue;
    }
    const ch = text[i];
    if (SPACE.test(ch)) continue;
    // A page number set between rules inside a line ("离退─11─休支出": the page break fell mid-word) is page
    // furniture, not text: skipped whole.
    if (ch === '─' || ch === '━') {
      const rule = PAGE_RULE.exec(text.slice(i, i + 12));
      if (rule) {
        i += rule[0].length - 1;
        run = i + 1;
        continue;
      }
    }
    const folded = ch.normalize('NFKC');
    for (const f of folded) {
      out += f;
      blockOf.push(block);
      offsetOf.push(i);
    }
  }
  out += text.slice(run);
  return { text: out, blockOf, offsetOf, heading };
}

/**
 * ASCII whitespace (what \s matches below 0x80) and markdown decoration * # `, dropped wherever it stands. Not '>': a
 * quote marker only at the start of a block (QUOTE_MARKERS) — dropped mid-text it glued page text such as
 * "…</script>400.00万元" into "script400.00", a code, and the share after the lost amount was checked against the
 * amount before it.
 */
function isSpaceOrDecoration(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2a || code === 0x23 || code === 0x60;
}

/** 一、 … 十二、 at the start: the section number, else 0. */
export function topNumber(text: string): number {
  let i = 0;
  while (i < text.length && i < 3 && CJK_NUMERALS.includes(text[i])) i++;
  if (i === 0 || text[i] !== '、') return 0;
  return chineseOrdinal(text.slice(0, i)) ?? 0;
}

/** (一) … (十) at the start: the sub-section number, else 0. */
export function subNumber(text: string): number {
  if (text[0] !== '(') return 0;
  const close = text.indexOf(')');
  if (close < 2 || close > 4) return 0;
  const inner = text.slice(1, close);
  for (const ch of inner) if (!CJK_NUMERALS.includes(ch)) return 0;
  return chineseOrdinal(inner) ?? 0;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 → 1 … 99; undefined for anything else. */
export function chineseOrdinal(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return undefined;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? DIGITS[tens] : undefined;
  return (tens ? DIGITS[tens] : 1) * 10 + (units ? DIGITS[units] : 0);
}

/** Starts a new item: a heading number, a list number ("1、", "2."), or a 第N部分 part title. */
function startsNewItem(text: string): boolean {
  if (topNumber(text) || subNumber(text)) return true;
  if (/^\d{1,2}[、.](?!\d)/.test(text)) return true;
  return text.startsWith('第') && text.includes('部分');
}

const cache = new WeakMap<RawDocument, Sentence[]>();

export function sentencesOf(raw: RawDocument): Sentence[] {
  return finish(sentenceSteps(raw));
}

/** Blocks read into sentences between two pauses (a page of thousands of menu entries is read in slices). */
const BLOCKS_PER_PAUSE = 500;

/** sentencesOf as steps, memoised per RawDocument like it. */
export function* sentenceSteps(raw: RawDocument): Steps<Sentence[]> {
  const cached = cache.get(raw);
  if (cached) return cached;
  const sentences = yield* buildSentences(raw);
  cache.set(raw, sentences);
  return sentences;
}

function* buildSentences(raw: RawDocument): Steps<Sentence[]> {
  // 1. Paragraphs: runs of text blocks joined where a block ends mid-sentence. A table ends a paragraph.
  const paragraphs: NormalizedBlock[] = [];
  let open: NormalizedBlock | undefined;
  const pause = new PauseEvery(BLOCKS_PER_PAUSE);
  for (let index = 0; index < raw.blocks.length; index++) {
    if (pause.due()) yield;
    const block = raw.blocks[index];
    if (block.kind !== 'text') {
      open = undefined;
      continue;
    }
    // 二〇一七年 as 2017年, one character for one: the sentence's offsets still point into the block as written.
    const norm = normalizeBlock(yearsInDigits(block.text), index, block.heading === true);
    // A page number between two halves of a sentence ("…，占" ¶ "─ 13 ─" ¶ "“三公”经费的 50.12%") is page furniture:
    // skipped, it leaves the paragraph open, and its digits never reach the sentence (a number between an amount and
    // its share would cut them apart).
    if (!norm.text || isPageNoise(block.text)) continue;
    const joinable =
      open && !open.heading && !norm.heading && !BLOCK_END.has(open.text.charCodeAt(open.text.length - 1)) && !startsNewItem(norm.text);
    if (open && joinable) {
      open.text += norm.text;
      for (let i = 0; i < norm.blockOf.length; i++) {
        open.blockOf.push(norm.blockOf[i]);
        open.offsetOf.push(norm.offsetOf[i]);
      }
    } else {
      open = norm;
      paragraphs.push(open);
    }
    // A numbered heading ("三、关于…说明", "(二)政府采购情况") has no sentence punctuation; it must not swallow the
    // paragraph after it.
    if (open.heading || ((topNumber(open.text) || subNumber(open.text)) && !/[,，。:;]/.test(open.text))) open = undefined;
  }
  yield;

  // 2. Sections and sentences.
  const sentences: Sentence[] = [];
  let section: Section = { top: 0, topTitle: '', sub: 0, subTitle: '' };
  for (let p = 0; p < paragraphs.length; p++) {
    if (pause.due()) yield;
    const para = paragraphs[p];
    const top = topNumber(para.text);
    const sub = subNumber(para.text);
    if (top) section = { top, topTitle: para.text, sub: 0, subTitle: '' };
    else if (sub) section = { ...section, sub, subTitle: para.text };
    else if (/^第[一二三四五六七八九十]+部分/.test(para.text)) section = { top: 0, topTitle: para.text, sub: 0, subTitle: '' };
    let start = 0;
    for (let i = 0; i <= para.text.length; i++) {
      const end = i === para.text.length || SENTENCE_END.has(para.text.charCodeAt(i));
      if (!end) continue;
      const stop = i === para.text.length ? i : i + 1;
      if (stop > start)
        sentences.push({
          text: para.text.slice(start, stop),
          blockOf: para.blockOf.slice(start, stop),
          offsetOf: para.offsetOf.slice(start, stop),
          section,
          paragraph: p,
        });
      start = stop;
    }
  }
  return sentences;
}

/** TextRefs for characters [from, to) of a sentence: one per source block, offsets into the original text. */
export function textRefs(sentence: Sentence, from = 0, to = sentence.text.length): TextRef[] {
  const refs: TextRef[] = [];
  for (let i = from; i < to; i++) {
    const block = sentence.blockOf[i];
    const offset = sentence.offsetOf[i];
    const last = refs[refs.length - 1];
    if (last && last.block === block) last.end = offset + 1;
    else refs.push({ block, start: offset, end: offset + 1 });
  }
  return refs;
}

/** The index in the sentence of the character read from `offset` of block `block`, or −1. */
export function sentenceIndexOf(sentence: Sentence, block: number, offset: number): number {
  for (let i = 0; i < sentence.offsetOf.length; i++) if (sentence.offsetOf[i] === offset && sentence.blockOf[i] === block) return i;
  return -1;
}

/** The exact original text of a sentence (or part of it), blocks joined without the page break. */
export function quoteOf(raw: RawDocument, refs: TextRef[]): string {
  return refs
    .map((r) => {
      const block = raw.blocks[r.block];
      return block?.kind === 'text' ? block.text.slice(r.start, r.end) : '';
    })
    .join('');
}
