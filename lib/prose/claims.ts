/**
 * Claims: what the prose of a disclosure states, one sentence at a time (budget-identities.md §4.1).
 *
 *   amount        "一般公共预算 418.36 万元" / "…资金未安排" (an exact 0)
 *   share         "占 81.18%" of the amount before it, out of the 其中-head or section total
 *   change        "比上年预算增加 71.52 万元，增长 20.62%" (signed, with its direction words)
 *   parts         "X 万元，其中：a 万元，b 万元…" (or "a 万元，b 万元，共计 X 万元")
 *   empty-table   "…情况表为空表"
 *
 * The extractor reads hand-scanned numbers (scan-numbers.ts) and short, anchored label patterns only; nothing here
 * backtracks over the sentence, and the work per number is bounded (a label is at most MAX_LABEL_CHARS long, the
 * "is there a number before 其中" question is answered from the next number alone), so a hostile sentence of 100,000
 * characters and 10,000 numbers costs linear time (test/fuzz/prose-claims.test.ts).
 */
import { finish, PauseEvery, type Steps } from '../steps.ts';
import type { Amount, RawDocument, TextRef } from '../model.ts';
import type { StandardTable } from '../classify/standard-table.ts';
import { toWan } from '../tables/lookup.ts';
import { EMPTY_TABLE_NAMES } from '../templates/catalogue.ts';
import { type Basis, basisOf, documentBasis, documentYear, namesPriorYear } from './document-facts.ts';
import { isMoney, scanNumberSteps } from './scan-numbers.ts';
import { type SectionKind, sectionKind, subjectKey } from './subjects.ts';
import { isClauseBreak, quoteOf, type Section, type Sentence, sentenceSteps, sentencesOf, textRefs } from './text-stream.ts';
import Decimal from 'decimal.js';

export interface Money {
  /** In 万元 (prose in 元/亿元 is converted, decimals shifted so the half-unit stays right). */
  value: Decimal;
  decimals: number;
  /** As printed, with its unit: "418.36万元". */
  shown: string;
}

export interface ClaimBase {
  /** Position in document order. */
  index: number;
  /** The label before the number, normalised ("一般公共预算", "基本支出"). */
  subject: string;
  /** The quantity the label names (subjects.ts), if known. */
  key?: string;
  section: Section;
  sectionKind: SectionKind;
  /** The whole sentence, exactly as printed, and where it is. */
  quote: string;
  textRefs: TextRef[];
  /** Where the claim's own number is (for marking it on the page). */
  numberRefs: TextRef[];
  sentence: Sentence;
  /** The figure is last year's (the label names 上年 or an earlier year): another quantity than this year's. */
  prior?: boolean;
  /** Budget or outcome: what the label says (年初预算 / 决算数), else the document's own (document-facts.ts). */
  basis?: Basis;
}

export interface AmountClaim extends ClaimBase {
  kind: 'amount';
  value: Money;
  /** "…未安排": an exact zero stated in words. */
  notArranged?: boolean;
}

export interface ShareClaim extends ClaimBase {
  kind: 'share';
  part: AmountClaim;
  percent: Amount;
  /** The amount the share is of: the 其中 head or the section's total. */
  total?: AmountClaim;
  /**
   * The whole as the sentence names it, "占“三公”经费的 13.77%" → "“三公”经费", when it is named. Jiangsu's 三公
   * paragraph gives each part's share of a total it never states: shares naming one whole can still be checked
   * against each other (lib/rules/prose-share-of-sum.ts).
   */
  of?: string;
  /** The named whole as the text states it elsewhere ("本年支出合计 9759.38 万元" … "占本年支出合计的 99.86%"). */
  whole?: AmountClaim;
  /** "完成年初预算的 95.45%": the 决算 figure as a share of the budget figure of the same sentence. */
  ratio?: 'completion';
}

export interface ChangeClaim extends ClaimBase {
  kind: 'change';
  /** This year's amount C; resolved from an earlier sentence when the change stands alone ("公务接待费减少 5.00 万元"). */
  current?: AmountClaim;
  /**
   * Other amounts the change may be of, when the text does not say which: a change that opens a sentence refers to
   * an amount of the sentence before, the first or the last. A rule judges the change under each reading.
   */
  alternatives?: AmountClaim[];
  /** Last year's amount, when the sentence states it ("与 2016 年度相比（2016 年度…为 8,648.07 万元），增加 …"). */
  lastYear?: AmountClaim;
  /** The rate's direction word is not the author's choice ("下降（增长）": a template's two words both left in). */
  directionUnsaid?: boolean;
  /** A, signed: 减少 5.00 → −5.00. */
  change: Money;
  changeWord: string;
  rate?: Amount;
  /** Where the rate's number is. */
  rateRefs?: TextRef[];
  rateWord?: string;
}

export interface PartsClaim extends ClaimBase {
  kind: 'parts';
  head: AmountClaim | ChangeClaim;
  parts: (AmountClaim | ChangeClaim)[];
  /** "a 万元，b 万元，共计 X 万元": the text says the parts are all of it. */
  complete?: boolean;
}

export interface EmptyTableClaim extends ClaimBase {
  kind: 'empty-table';
  /** The table the sentence names, as a 预算 table and as its 决算 twin. */
  tables: StandardTable[];
}

export type Claim = AmountClaim | ShareClaim | ChangeClaim | PartsClaim | EmptyTableClaim;

const UP_WORDS = ['增加', '增长', '上升', '提高', '增'];
const DOWN_WORDS = ['减少', '下降', '降低', '减'];
const CHANGE_WORDS = [...UP_WORDS, ...DOWN_WORDS];
/**
 * The label of a number is the clause text before it, cut to its last MAX_LABEL_CHARS characters. The longest in the
 * seeds is 51 ("克孜勒苏…机关运行经费财政拨款预算"); without the cut a clause of thousands of numbers and no comma
 * would hand every number a label as long as the clause, and every label test would make the sentence quadratic.
 */
const MAX_LABEL_CHARS = 200;

export function isUpWord(word: string): boolean {
  return UP_WORDS.includes(word);
}

/** The change word at the very end of a prefix ("比上年预算增加", "公务接待费减少了"), if any. */
function trailingChangeWord(prefix: string): string | undefined {
  const p = prefix.endsWith('了') ? prefix.slice(0, -1) : prefix;
  for (const word of CHANGE_WORDS) if (p.endsWith(word)) return word;
  return undefined;
}

/**
 * The words a share follows: "占 81.18%", "占比 81.18%", "占比为", "所占比重为", "所占比例达"; and with the whole
 * named, "占总支出的 81.18%", "占总支出的比重为 81.18%" (SHARE_OF, the whole in its group).
 */
const SHARE_WORDS = /(?:占|占比|所占比重|所占比例)(?:为|是|达到?)?$/;
const SHARE_OF = /^所?占(.*)的(?:比重|比例)?(?:为|是|达到?)?$/;

/** The word of the other direction, for a change or a rate written with a minus: 增加-13.00 is 减少 13.00. */
function oppositeWord(word: string): string {
  if (word === '增幅') return '降幅';
  if (word === '降幅') return '增幅';
  if (isUpWord(word)) return word === '增长' || word === '上升' || word === '提高' ? '下降' : '减少';
  return word === '下降' || word === '降低' ? '增长' : '增加';
}

/**
 * A rate named by its noun, with the linking word some put before the figure: "增幅 30%", "增幅为 30%", "增长率为",
 * "降幅达 5%". 增幅 for a rise, 降幅 for a fall. A change verb with 为 ("提高为 85%") is not here: that names the level
 * reached, not the rate.
 */
function rateNounBefore(prefix: string): '增幅' | '降幅' | undefined {
  const noun = RATE_NOUN.exec(prefix)?.[1];
  return noun === undefined ? undefined : noun.startsWith('增') ? '增幅' : '降幅';
}

const RATE_NOUN = /(增幅|增长率|增长幅度|增速|降幅|下降率|下降幅度|降低率)(?:为|是|达到?)?$/;

/**
 * A cut applied, not a rate of change: "按规定运转类专项经费统一压减 10%", "压缩 5%", "核减 3%". Next to "比上年预算增加
 * 164.48 万元" it is a reason, and its 减 says nothing about the direction of the change.
 */
const CUT_RATE = /(?:压|缩|核|削|递|精)减$|压缩$|节约$|削减$/;

/** Where a reason clause starts ("主要原因是…压减 10%", "主要是…", "用于…"): what follows explains, it does not restate. */
function startsReason(text: string, i: number): boolean {
  return (text[i] === '原' && text[i + 1] === '因') || text.startsWith('主要是', i) || (text[i] === '用' && text[i + 1] === '于');
}

/** A label that says only which figure it is, not of what: "支出决算", "年初预算", "全年预算", "决算数". */
const BASIS_ONLY = /^(?:支出)?(?:决算|年初(?:预算)?|全年(?:预算)?|预算)(?:数)?$/;

/** "增长（下降）", "下降（增长）", "增加（减少）": both words of a template, the second in brackets. */
const BOTH_WORDS = /(增长|下降|增加|减少|降低|上升)\((?:增长|下降|增加|减少|降低|上升)\)$/;

/** The rate word a bare rate follows: 增长, 下降, 减少, 降低, 上升, 增幅, 降幅. */
const RATE_WORD_END = /(?:增长|下降|减少|降低|上升|增幅|降幅)$/;

/** 收、支 / 收入、支出: the 、 between the two halves of the income–spending pair. */
function isPairedWord(text: string, i: number): boolean {
  return (text[i - 1] === '收' && text[i + 1] === '支') || (text.slice(i - 2, i) === '收入' && text.slice(i + 1, i + 3) === '支出');
}

/** Filler around a label that names nothing by itself: "2023年预算数为", "为", "共计". */
function stripFiller(label: string): string {
  let s = label;
  for (let changed = true; changed; ) {
    changed = false;
    for (const tail of ['预算数为', '预算为', '数为', '为', '是', '约', '预算数', '金额']) {
      if (s.endsWith(tail) && s.length > tail.length) {
        s = s.slice(0, -tail.length);
        changed = true;
      }
    }
  }
  return s;
}

function isGenericLabel(label: string): boolean {
  const s = label.replace(/\d{4}年(?:度)?/g, '').replace(/^(?:的|年)/, '');
  // Alternatives that cannot overlap ("预算数?" and "数" both read "预算数": nested in a star, each repetition
  // could split two ways and a long run of them backtracks exponentially).
  return GENERIC_LABEL.test(s);
}

const lastChars = (text: string) => (text.length > MAX_LABEL_CHARS ? text.slice(-MAX_LABEL_CHARS) : text);

const GENERIC_LABEL = /^(?:预算|数|为|的|本年|当年)*$/;

/**
 * "比上年预算增加", "与上年相比增加", "较上年减少", "同比增长", "与 2016 年度相比增加": the comparison before a change
 * word names no quantity.
 */
const COMPARATOR =
  /(?:(?:比|较|与|同|和)(?:上年|去年|上一年|(?:19|20)\d{2}年)度?(?:预算|决算|年初预算)?(?:数)?(?:相比|比较)?|同比)$/;

/** A change written verb first: "增加基本支出 844.15 万元" is a change of 基本支出, not its amount. */
const VERB_FIRST = /^(增加|减少|增长|下降|降低|提高|上升)(.{2,})$/;

/** "…为空表", "为空白表", "故本表无数据", "本表无数": what a document says of a table with nothing in it. */
const EMPTY_WORDS = /为空(?:白)?表|本表无数(?:据)?|表中无数据/;

const cache = new WeakMap<RawDocument, Claim[]>();

/** Every claim of the document's prose, in reading order (memoised per RawDocument). */
export function extractClaims(raw: RawDocument): Claim[] {
  return finish(claimSteps(raw));
}

/** extractClaims as steps, pausing every NUMBERS_PER_PAUSE numbers (one paragraph may hold thousands). */
export function* claimSteps(raw: RawDocument): Steps<Claim[]> {
  const cached = cache.get(raw);
  if (cached) return cached;
  yield* sentenceSteps(raw);
  const claims = yield* new Extractor(raw).run();
  cache.set(raw, claims);
  return claims;
}

/** Numbers and sentences read between two pauses: a few milliseconds on a cold engine. */
const NUMBERS_PER_PAUSE = 150;

interface OpenList {
  head: AmountClaim | ChangeClaim;
  parts: (AmountClaim | ChangeClaim)[];
  /** The same parts and their sentences, for membership tests in constant time. */
  partSet: Set<ClaimBase>;
  partSentences: Set<Sentence>;
  sentence: Sentence;
  /** Parts may come from later sentences of the same (sub)section ("收入预算 515.38 万元，其中：¶…"). */
  multi: boolean;
  /** Closed by 共计 / 合计: the list is the whole. */
  complete?: boolean;
}

class Extractor {
  private claims: Claim[] = [];
  private list: OpenList | undefined;
  private lists: OpenList[] = [];
  /** The last 其中 head per top section: the total a share is of. */
  private heads = new Map<number, AmountClaim>();

  /** The 项 the current paragraph is about, named in a sentence of its own (key), and that paragraph. */
  private item: string | undefined;
  private itemParagraph = -1;
  /** The year the document is about, for telling last year's figures from this year's. */
  private year: number | undefined;
  /** The amounts of the previous sentence of the same section: what a change opening a sentence may be of. */
  private previousAmounts: AmountClaim[] = [];
  private previousTop: number | undefined;

  private basis: Basis;

  constructor(private raw: RawDocument) {
    this.year = documentYear(raw);
    this.basis = documentBasis(raw);
  }

  private readonly pause = new PauseEvery(NUMBERS_PER_PAUSE);

  *run(): Steps<Claim[]> {
    for (const sentence of sentencesOf(this.raw)) {
      // Sentences count too: a page of thousands of menu entries has as many sentences without a number.
      if (this.pause.due()) yield;
      yield* this.readSentence(sentence);
    }
    this.closeList();
    this.resolveCurrents();
    this.resolveWholes();
    for (const list of this.lists)
      if (list.parts.length > 0)
        this.claims.push({
          ...this.base(list.sentence, list.head.subject, list.head.key, list.head.numberRefs),
          kind: 'parts',
          head: list.head,
          parts: list.parts,
          ...(list.complete ? { complete: true } : {}),
          index: list.head.index,
          quote: spanQuote(list.head, list.parts),
          textRefs: spanRefs(list.head, list.parts),
        });
    this.claims.sort((a, b) => a.index - b.index);
    return this.claims;
  }

  /** One quote per sentence, however many claims it holds (a sentence of 5 000 amounts must stay linear). */
  private quotes = new Map<Sentence, { refs: TextRef[]; quote: string }>();

  private base(sentence: Sentence, subject: string, key: string | undefined, numberRefs: TextRef[]) {
    let cached = this.quotes.get(sentence);
    if (!cached) {
      const r = textRefs(sentence);
      cached = { refs: r, quote: quoteOf(this.raw, r) };
      this.quotes.set(sentence, cached);
    }
    const refs = cached.refs;
    const quote = cached.quote;
    return {
      index: this.claims.length,
      subject,
      key,
      section: sentence.section,
      sectionKind: sectionKind(sentence.section),
      quote,
      textRefs: refs,
      numberRefs,
      sentence,
    };
  }

  private closeList() {
    if (this.list) this.lists.push(this.list);
    this.list = undefined;
  }

  private pushPart(list: OpenList, claim: AmountClaim | ChangeClaim) {
    list.parts.push(claim);
    list.partSet.add(claim);
    list.partSentences.add(claim.sentence);
  }

  private *readSentence(sentence: Sentence): Steps<void> {
    const { text } = sentence;
    const kind = sectionKind(sentence.section);
    const list = this.list;
    if (list && (list.sentence.section !== sentence.section || !list.multi)) this.closeList();

    const original = (i: number) => {
      const block = this.raw.blocks[sentence.blockOf[i]];
      return block?.kind === 'text' ? block.text[sentence.offsetOf[i]] : '';
    };
    const numbers = yield* scanNumberSteps(text, (i) => original(i) === ',', this.pause);
    const ofWhich = listStart(text);
    // "2、一般公共服务支出（类）社会工作事务（款）事业运行（项）。主要用于：…。全年预算为 17.68 万元，支出决算为
    // 11.31 万元。": the 项 is named in a sentence of its own; the figures after it, in the same paragraph, are its.
    if (sentence.paragraph !== this.itemParagraph) this.item = undefined;
    if (text.includes('(项)')) {
      const key = subjectKey(text.slice(0, text.indexOf('(项)') + 3), kind);
      if (key?.startsWith('item:')) {
        this.item = key;
        this.itemParagraph = sentence.paragraph;
      }
    }
    if (sentence.section.top !== this.previousTop) this.previousAmounts = [];
    this.previousTop = sentence.section.top;
    const before = this.previousAmounts;
    const amounts: AmountClaim[] = [];
    /** End of the last amount or percentage: a label never reaches back over one ("…(类)2,097.51万元(1)基本工资(款)"). */
    let labelFloor = 0;

    this.readEmptyTable(sentence);
    this.readNotArranged(sentence, kind);

    let lastLevel: AmountClaim | undefined;
    /**
     * Whether something numeric the scanner did not read as an amount lies between lastLevel and here: digits glued
     * to letters (a code, or markup text such as "</script400.00万元") or a number in another unit ("项目 3 个").
     * A share after it is about that number, not lastLevel: "占 76.92%" must not be checked against the amount of
     * the clause before (a false alarm on hostile page text).
     */
    let numberSinceLevel = false;
    let lastChange: ChangeClaim | undefined;
    /** A reason clause (主要原因…) began after the last change: a percentage there is the reason's, not its rate. */
    let reasonSinceChange = false;
    /** Where the current clause group starts (after the last ；, ： or 其中). */
    let groupStart = -1;
    let pendingLabel = '';
    let previousClause = '';
    let clauseStart = 0;
    let lastColon = -1;
    let sentenceHasMoney = false;
    const levels: { claim: AmountClaim; start: number }[] = [];
    /** Levels before this index belong to a "…，共计 X" list already made. */
    let levelsListed = 0;
    let cursor = 0;
    /** No number between the end of numbers[k] and 其中: the number just before 其中 heads the list. */
    const lastBeforeOfWhich = (k: number): boolean => {
      const end = numbers[k].end;
      if (ofWhich < end) return false;
      // Starts are increasing, so the first number starting after `end` is one of the next two.
      const next = numbers[k + 1] && numbers[k + 1].start > end ? numbers[k + 1] : numbers[k + 2];
      return !next || next.start >= ofWhich;
    };
    for (let k = 0; k < numbers.length; k++) {
      if (this.pause.due()) yield;
      const n = numbers[k];
      // Clause start: after the last break before this number. A clause without numbers becomes a pending label
      // ("1、一般公共服务支出(类)…行政运行(项):2023年预算数为 317.92 万元").
      for (let i = cursor; i < n.start; i++) {
        if (text[i] >= '0' && text[i] <= '9') numberSinceLevel = true;
        // Kept as the text goes by, never searched back for: a sentence of 10,000 numbers must stay linear.
        if (text[i] === ';' || text[i] === ':' || (text[i] === '中' && text[i - 1] === '其')) groupStart = i;
        if (startsReason(text, i)) reasonSinceChange = true;
        // "收、支预算总计", "收入、支出总计": a 、 after one word of a pair joins the pair, it does not end the clause.
        if (isClauseBreak(text, i) && !(text[i] === '、' && isPairedWord(text, i))) {
          const clause = text.slice(clauseStart, i);
          if (clause && !/\d/.test(clause)) pendingLabel = lastChars(clause);
          previousClause = lastChars(clause);
          clauseStart = i + 1;
          if (text[i] === ':') lastColon = i;
        }
      }
      cursor = n.end;
      const prefix = text.slice(Math.max(clauseStart, labelFloor, n.start - MAX_LABEL_CHARS), n.start);
      if (isMoney(n.unit) || n.unit === '%') labelFloor = n.end;
      const numberRefs = textRefs(sentence, n.start, n.end);
      // "单位价值 50 万元以上大型设备": a threshold, not an amount.
      if (isMoney(n.unit) && /^(?:以上|以下|及以上)/.test(text.slice(n.end))) {
        numberSinceLevel = true;
        continue;
      }
      // "增加 1193.20 万元，增长 13.95。": the % left out. A number with no unit, with decimals, right after the rate
      // word of the sentence's change and ending its clause, is that rate.
      if (n.unit === 'other' && n.amount.decimals > 0 && lastChange?.sentence === sentence && !lastChange.rate && RATE_WORD_END.test(prefix) && /^(?:[,;。]|$)/.test(text.slice(n.end))) {
        lastChange.rate = { ...n.amount, percent: true };
        lastChange.rateRefs = numberRefs;
        lastChange.rateWord = RATE_WORD_END.exec(prefix)![0];
        continue;
      }
      if (n.unit === 'other' || n.unit === '个百分点') numberSinceLevel = true;
      // A figure with a minus is a change or a rate a template wrote signed ("增加-13.00 万元", "增长-5.20%"): read
      // only so, in the opposite direction to its word. Anywhere else it states no quantity the checks know.
      const negative = n.amount.value.isNegative();
      if (negative && !(n.unit === '%' || (isMoney(n.unit) && trailingChangeWord(prefix)))) {
        numberSinceLevel = true;
        continue;
      }
      if (isMoney(n.unit)) {
        const money = toMoney(n.amount, n.unit);
        const word = trailingChangeWord(prefix);
        // A later sentence that opens with a change is not a line of an amounts list.
        if (word && !sentenceHasMoney && this.list && this.list.sentence !== sentence && this.list.head.kind === 'amount')
          this.closeList();
        if (word) {
          const sign = isUpWord(word) ? 1 : -1;
          let label = prefix.slice(0, prefix.length - word.length - (prefix.endsWith('了') ? 1 : 0));
          const cmp = COMPARATOR.exec(label);
          if (cmp) label = label.slice(0, cmp.index);
          const ownLabel = label && !isGenericLabel(stripFiller(label));
          // A change opening its sentence with no quantity of its own is of an amount of the sentence before
          // ("…支出 3894.09 万元，主要用于…。与上年相比增加 878.93 万元，增长 30%").
          const previous = !ownLabel && !lastLevel && !sentenceHasMoney ? before : [];
          const of = lastLevel ?? previous.at(-1);
          const subject = ownLabel ? label : (of?.subject ?? pendingLabel);
          const key = ownLabel ? subjectKey(label, kind) : of?.key;
          const change: ChangeClaim = {
            ...this.base(sentence, subject, key, numberRefs),
            kind: 'change',
            change: { ...money, value: money.value.times(sign) },
            changeWord: negative ? oppositeWord(word) : word,
          };
          if (of?.prior && !ownLabel) {
            // "（2016 年度…为 8,648.07 万元），增加 498.72 万元": the amount stated is last year's.
            change.lastYear = of;
            const current = [...levels].reverse().find((l) => !l.claim.prior && l.claim.key === of.key)?.claim;
            if (current) change.current = current;
          } else if (!ownLabel || (of && of.key === key)) change.current = of;
          if (previous.length > 1) change.alternatives = previous.filter((a) => a !== of);
          this.claims.push(change);
          lastChange = change;
          reasonSinceChange = false;
          this.addPart(change, n.start, ofWhich, sentence);
        } else {
          let label = stripFiller(prefix);
          if (isGenericLabel(label)) label = pendingLabel || label;
          // "财政拨款项目 3 个，涉及预算金额 180.00 万元": the quantity is named in the clause before.
          else if (label.startsWith('涉及')) label = previousClause + label;
          const verbFirst = VERB_FIRST.exec(label);
          if (verbFirst && subjectKey(verbFirst[2], kind) !== undefined) {
            const change: ChangeClaim = {
              ...this.base(sentence, verbFirst[2], subjectKey(verbFirst[2], kind), numberRefs),
              kind: 'change',
              change: { ...money, value: money.value.times(isUpWord(verbFirst[1]) ? 1 : -1) },
              changeWord: verbFirst[1],
            };
            if (lastLevel && lastLevel.key === change.key && !lastLevel.prior) change.current = lastLevel;
            this.claims.push(change);
            lastChange = change;
            reasonSinceChange = false;
            sentenceHasMoney = true;
            continue;
          }
          const claim: AmountClaim = {
            // "“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为 0.39 万元": a figure named only by its basis is
            // of the quantity the sentence named before it, or of the 项 its paragraph is about.
            ...this.base(sentence, label, subjectKey(label, kind) ?? (BASIS_ONLY.test(label) ? (lastLevel?.key ?? this.item) : undefined), numberRefs),
            kind: 'amount',
            value: money,
          };
          if (namesPriorYear(label, this.year)) claim.prior = true;
          claim.basis = basisOf(prefix) ?? this.basis;
          amounts.push(claim);
          this.claims.push(claim);
          levels.push({ claim, start: n.start });
          lastLevel = claim;
          numberSinceLevel = false;
          if (!sentenceHasMoney) {
            // A later sentence continues a 其中 list only if it reads like one of its lines: "<来源> X 万元，占 …" (or "（占 …）"),
            // "… 比上年 …", "… 主要包括 …" ("面向中小企业预留 … 18.31 万元" after 政府采购 is not a part [002]).
            const qualified = /^[,(]?(?:所?占|比上年|较上年|主要包括|主要用于)/.test(text.slice(n.end));
            if (this.list && this.list.sentence !== sentence && !qualified) this.closeList();
          }
          // "a 万元，b 万元，共计 X 万元": the total comes last.
          if (/^(?:共计|合计|总计)/.test(prefix) && !this.list) {
            // Only the amounts after the list's colon: "预算安排规模：20.00 万元 … 资金分配情况：a，b，共计 X" [004].
            // Each amount joins one such list at most: "a，b，共计 X，c，共计 Y" is two lists, not a growing one.
            let from = levelsListed;
            while (from < levels.length && levels[from].start <= lastColon) from++;
            const parts = levels.slice(from).filter((l) => l.claim !== claim).map((l) => l.claim);
            levelsListed = levels.length;
            if (parts.length > 0)
              this.lists.push({
                head: claim,
                parts,
                partSet: new Set(parts),
                partSentences: new Set([sentence]),
                sentence,
                multi: false,
                complete: true,
              });
          } else this.addPart(claim, n.start, ofWhich, sentence);
          if (ofWhich >= 0 && lastBeforeOfWhich(k)) {
            this.openList(claim, sentence, true);
            this.heads.set(sentence.section.top, claim);
          }
        }
        sentenceHasMoney = true;
        if (lastChange && word && ofWhich >= 0 && lastBeforeOfWhich(k)) {
          // A change heading a list of changes ("三公经费比上年预算增加 1.40 万元…，其中：因公出国(境)费增加 4.40 万元…").
          this.openList(lastChange, sentence, false);
        }
      } else if (n.unit === '%') {
        // Only the amounts of this clause group (since the last ；, ： or 其中): "…其中：因公出国费决算为 0.00 万元，完成预算的 0.00%" has
        // no budget figure of its own, and the 三公 budget of the group before is not its budget.
        // "…支出决算为 0.88 万元。完成年初预算的 100.00%": the figures may close the sentence before.
        const completion = !negative && COMPLETION.test(prefix)
          ? (completionOf(levels, groupStart) ?? (levels.length === 0 ? completionOf(before.map((claim) => ({ claim, start: 0 })), -1) : undefined))
          : undefined;
        if (completion) {
          // "年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%": the outcome as a share of the budget.
          this.claims.push({
            ...this.base(sentence, completion.actual.subject, completion.actual.key, numberRefs),
            kind: 'share',
            part: completion.actual,
            percent: n.amount,
            whole: completion.budget,
            of: '年初预算',
            ratio: 'completion',
          });
        } else if (!negative && (SHARE_WORDS.test(prefix) || SHARE_OF.test(prefix))) {
          if (lastLevel && !numberSinceLevel) {
            const share: ShareClaim = {
              ...this.base(sentence, lastLevel.subject, lastLevel.key, numberRefs),
              kind: 'share',
              part: lastLevel,
              percent: n.amount,
              total: this.shareTotal(lastLevel, sentence),
            };
            // The prefix is one clause, at most MAX_LABEL_CHARS long: the match is linear.
            const of = SHARE_OF.exec(prefix)?.[1].trim() ?? '';
            if (of) share.of = of;
            this.claims.push(share);
          }
        } else if (lastChange && lastChange.sentence === sentence && !lastChange.rate && !reasonSinceChange) {
          // "下降（增长）27.78%": a template's two words both left in. The rate is checked; its direction is not.
          const both = BOTH_WORDS.exec(prefix);
          const word = both
            ? both[1]
            : CUT_RATE.test(prefix)
              ? undefined
              : (trailingChangeWord(prefix) ?? rateNounBefore(prefix));
          if (word) {
            lastChange.rate = negative ? { ...n.amount, value: n.amount.value.neg(), raw: n.amount.raw.slice(1) } : n.amount;
            lastChange.rateRefs = numberRefs;
            lastChange.rateWord = negative ? oppositeWord(word) : word;
            if (both) lastChange.directionUnsaid = true;
          }
          // Also the rate after a change heads a list of changes: "增长 7.00%，其中：…".
          if (lastBeforeOfWhich(k) && this.list?.head !== lastChange)
            this.openList(lastChange, sentence, false);
        }
      }
      // 个百分点 is a change in percentage points, not a rate: deliberately not read as one.
    }
    if (amounts.length > 0) this.previousAmounts = amounts;
  }

  private openList(head: AmountClaim | ChangeClaim, sentence: Sentence, multi: boolean) {
    this.closeList();
    this.list = { head, parts: [], partSet: new Set(), partSentences: new Set(), sentence, multi };
  }

  private addPart(claim: AmountClaim | ChangeClaim, at: number, ofWhich: number, sentence: Sentence) {
    const list = this.list;
    if (!list || claim === list.head || list.head.kind !== claim.kind) return;
    if (list.sentence === sentence && (ofWhich < 0 || at < ofWhich)) return;
    if (list.sentence !== sentence && list.partSentences.has(sentence)) return;
    this.pushPart(list, claim);
  }

  /** The share's denominator: the head of the 其中 list the part belongs to, else the section's last head. */
  private shareTotal(part: AmountClaim, sentence: Sentence): AmountClaim | undefined {
    if (this.list && this.list.head.kind === 'amount' && this.list.partSet.has(part)) return this.list.head;
    return this.heads.get(sentence.section.top);
  }

  private readNotArranged(sentence: Sentence, kind: SectionKind) {
    const { text } = sentence;
    let at = text.indexOf('未安排');
    let clauseStart = 0;
    for (let i = 0; i < text.length && at >= 0; i++) {
      if (i === at) {
        const label = text.slice(clauseStart, at);
        // "未安排购置车辆经费" is about assets, not a budget line; only "<来源>未安排。" counts.
        const after = text[at + 3];
        if (label && !/\d/.test(label) && (after === undefined || isClauseBreak(text, at + 3))) {
          const claim: AmountClaim = {
            ...this.base(sentence, label, subjectKey(label, kind), textRefs(sentence, at, at + 3)),
            kind: 'amount',
            value: { value: new Decimal(0), decimals: 2, shown: '未安排' },
            notArranged: true,
          };
          this.claims.push(claim);
          if (this.list?.multi && this.list.sentence !== sentence) this.pushPart(this.list, claim);
        }
        at = text.indexOf('未安排', at + 3);
      }
      if (isClauseBreak(text, i)) clauseStart = i + 1;
    }
  }

  private readEmptyTable(sentence: Sentence) {
    const { text } = sentence;
    const m = EMPTY_WORDS.exec(text);
    if (!m) return;
    const at = m.index;
    for (const { tables, name } of EMPTY_TABLE_NAMES)
      if (name.test(text)) {
        this.claims.push({
          ...this.base(sentence, text.slice(0, at), undefined, textRefs(sentence, at, at + m[0].length)),
          kind: 'empty-table',
          tables,
        });
        return;
      }
  }

  /**
   * The whole a share names, stated earlier in the text: the latest amount of this year and basis whose label is the
   * name ("本年支出合计"), or names the same quantity ("“三公”经费" and "“三公”经费预算"). One pass, with the latest
   * amount per name and per key.
   */
  private resolveWholes() {
    const byName = new Map<string, AmountClaim>();
    const byKey = new Map<string, AmountClaim>();
    for (const c of this.claims) {
      if (c.kind === 'amount' && !c.prior && !c.notArranged) {
        byName.set(wholeName(c.subject), c);
        if (c.key) byKey.set(`${c.key}|${c.basis ?? ''}`, c);
      } else if (c.kind === 'share' && c.of) {
        const name = wholeName(c.of);
        const key = subjectKey(c.of, c.sectionKind);
        const whole = byName.get(name) ?? (key ? byKey.get(`${key}|${c.part.basis ?? ''}`) : undefined);
        if (whole && whole !== c.part) c.whole = whole;
      }
    }
  }

  /**
   * A change stated apart from its amount takes the latest amount of the same quantity in the same section (the
   * run of claims with the same top section number). One pass with the latest amount per key: a section of
   * thousands of changes and no amount must not rescan it for each.
   */
  private resolveCurrents() {
    let latest = new Map<string, AmountClaim>();
    let top: number | undefined;
    for (const c of this.claims) {
      if (c.section.top !== top) {
        latest = new Map();
        top = c.section.top;
      }
      // By quantity and basis: a 决算's "三公经费…决算数比 2023 年度减少 0.15 万元" is of the 决算数 0.39, not of the
      // 年初预算 2.85 stated after it in the same paragraph.
      if (c.kind === 'amount' && c.key && !c.prior) latest.set(`${c.key}|${c.basis ?? ''}`, c);
      else if (c.kind === 'change' && !c.current && c.key) c.current = latest.get(`${c.key}|${basisOf(c.subject) ?? this.basis}`);
    }
  }
}

/**
 * "完成年初预算的", "为年初预算的", "完成预算数的", or named as a rate, "年初预算完成率为", "预算执行率": a 决算 figure as a
 * percentage of the budget.
 */
const COMPLETION =
  /(?:(?:完成|为|达到|占)(?:年初|全年|调整(?:后)?)?预算(?:数)?的?|(?:年初|全年|调整(?:后)?)?预算(?:完成|执行)率(?:为|是|达到?)?)$/;

/**
 * The last outcome figure of the clause group (amounts starting after `from`) and the budget figure before it, when
 * it has both. Looks back a few amounts at most: a completion rate restates the two figures just before it.
 */
function completionOf(levels: readonly { claim: AmountClaim; start: number }[], from: number): { actual: AmountClaim; budget: AmountClaim } | undefined {
  let actual: AmountClaim | undefined;
  for (let i = levels.length - 1, seen = 0; i >= 0 && levels[i].start > from && seen < 8; i--, seen++) {
    const a = levels[i].claim;
    if (a.prior) continue;
    if (!actual) {
      if (a.basis === 'actual') actual = a;
    } else if (a.basis === 'budget') return { actual, budget: a };
  }
  return undefined;
}

/**
 * Where a list of parts starts in a sentence: at 其中, or at the colon of "X 万元，主要用于以下方面：a（类）…，占 …"
 * ("包括：", "具体如下：", "分别为："): the amount before it heads the list.
 */
function listStart(text: string): number {
  const ofWhich = text.indexOf('其中');
  const colon = LIST_COLON.exec(text);
  if (!colon) return ofWhich;
  const at = colon.index + colon[0].length - 1;
  return ofWhich < 0 ? at : Math.min(ofWhich, at);
}

/** A colon after an amount and a few words that announce a breakdown. */
const LIST_COLON = /(?:万元|元)[,，]?[^\d,;:。]{0,12}?(?:以下方面|如下|包括|分别为|分别是|具体为)[^\d,;:。]{0,4}:/;

/** A whole's name for matching: no quotes, no list marker, no filler such as 预算数. */
function wholeName(label: string): string {
  return stripFiller(label.replace(/[“”"'‘’「」]/g, '').replace(/^(?:\d{1,2}[、.]|\([一二三四五六七八九十\d]+\))/, ''));
}

function toMoney(amount: Amount, unit: '万元' | '元' | '亿元'): Money {
  const money = { ...toWan(amount, unit), shown: `${amount.raw}${unit}` };
  // "工程采购金额 0 万元": nothing — read at the 万元 tables' precision (0.00), not as a figure rounded to whole 万元,
  // which would let a list that says 0 hide up to 0.5 万元 of error.
  if (money.value.isZero()) money.decimals = Math.max(money.decimals, 2);
  return money;
}

function spanRefs(head: ClaimBase, parts: ClaimBase[]): TextRef[] {
  const refs: TextRef[] = [...head.textRefs];
  const seen = new Set(refs.map((r) => `${r.block}:${r.start}`));
  for (const p of parts)
    for (const r of p.textRefs) {
      const key = `${r.block}:${r.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      refs.push(r);
    }
  return refs;
}

function spanQuote(head: ClaimBase, parts: ClaimBase[]): string {
  const sentences = new Set<string>([head.quote]);
  for (const p of parts) sentences.add(p.quote);
  return [...sentences].join('');
}

/** The signed prior-year amount p = C − A a change implies. */
export function impliedPrior(change: ChangeClaim): Decimal | undefined {
  return change.current ? change.current.value.value.minus(change.change.value) : undefined;
}

export function allClaims<K extends Claim['kind']>(raw: RawDocument, kind: K): Extract<Claim, { kind: K }>[] {
  return extractClaims(raw).filter((c): c is Extract<Claim, { kind: K }> => c.kind === kind);
}
