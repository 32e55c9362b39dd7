/**
 * Counts the prose states about the unit itself — staff (编制数, 实有人数, 在职) and vehicles (车辆, 一般公务用车) —
 * for comparison with the 绩效目标表's 数量指标 (lib/rules/prose-vs-indicator.ts).
 *
 * The Xinjiang template writes them as one list per sentence:
 *   "…办公室编制数 16，实有人数 20 人，其中：在职 20 人，增加 1 人；退休 0 人，增加 0 人；离休 0 人，增加 0 人。" [000]
 *   "2. 车辆 11 辆，价值 429.13 万元；其中：一般公务用车 11 辆，…；其他车辆 0 辆，…" [004]
 * and Jiangsu's: "本部门共有车辆 127 辆，其中，一般公务用车 127 辆。" So a count is a number followed by 人/名/辆 (编制数
 * also bare) whose clause — the text since the last , ; : 、 — ends with the quantity's name. The name must close the
 * clause: "其他车辆 0 辆" is not the fleet, "增加在职人数" is no count, and a 实有 count is never read as 编制 (in-service
 * staff may exceed the 编制: [000] has 编制 16, 在职 20).
 *
 * Numbers come from scanNumbers (one linear pass); each label test looks at a clause cut to MAX_LABEL_CHARS, so a
 * hostile sentence costs linear time.
 */
import type { TextRef } from '../model.ts';
import { scanNumbers } from './scan-numbers.ts';
import { isClauseBreak, quoteOf, type Sentence, sentencesOf, textRefs } from './text-stream.ts';
import type { RawDocument } from '../model.ts';

export type CountQuantity =
  /** 编制数 / 核定编制: the authorised establishment. */
  | 'staff-authorized'
  /** 实有人数: everyone on the books, retirees included in the Xinjiang template (87 = 在职 59 + 退休 28 [004]). */
  | 'staff-actual'
  /** 在职: in-service staff. */
  | 'staff-serving'
  /** 车辆: the whole fleet the unit holds (国有资产占用情况). */
  | 'vehicles'
  /** 一般公务用车: the general-purpose official cars among them. */
  | 'vehicles-official';

export type CountUnit = '人' | '辆';

export interface CountClaim {
  /** Position in reading order. */
  index: number;
  quantity: CountQuantity;
  unit: CountUnit;
  value: number;
  /** The label as printed (normalised), for messages: "实有人数", "一般公务用车". */
  label: string;
  /** "在职 20 人，增加 1 人": the signed change on last year, when the next clause states it. */
  change?: number;
  quote: string;
  textRefs: TextRef[];
  /** Where the number itself is. */
  numberRefs: TextRef[];
}

/** Longest label looked at (the seeds' longest is the unit name + 编制数, 26 characters). */
const MAX_LABEL_CHARS = 60;
/** Larger counts are not a unit's staff or fleet (and keep Number exact). */
const MAX_COUNT = 1_000_000;

interface LabelRule {
  quantity: CountQuantity;
  unit: CountUnit;
  /** Tested on the clause before the number, list marker ("2.") dropped; must match at the clause's end. */
  pattern: RegExp;
  /** 编制数 16: the template writes the 编制 without 人. */
  bareAllowed?: boolean;
}

const FILLER = '(?:为|共|共计|合计|总数|数量|有)?';
const LABELS: LabelRule[] = [
  { quantity: 'staff-authorized', unit: '人', pattern: new RegExp(`(?:编制数|编制人数|核定编制|行政编制|事业编制)${FILLER}$`), bareAllowed: true },
  { quantity: 'staff-actual', unit: '人', pattern: new RegExp(`实有(?:人数|人员)?${FILLER}$`) },
  // "其中:在职 20 人": the clause is the bare word (or 在职人员/在职人数), never "…增加了在职人数".
  { quantity: 'staff-serving', unit: '人', pattern: new RegExp(`^(?:其中)?在职(?:人员|人数)?${FILLER}$`) },
  // "2.车辆 3 辆", "本部门共有车辆 127 辆"; not "其他车辆 0 辆", not "购置车辆".
  { quantity: 'vehicles', unit: '辆', pattern: new RegExp(`(?:^|共有|现有|拥有|本部门|本单位)车辆${FILLER}$`) },
  { quantity: 'vehicles-official', unit: '辆', pattern: new RegExp(`^(?:其中)?(?:一般)?公务用车${FILLER}$`) },
];

const CHANGE_LABEL = /^(?:比上年|较上年|与上年相比)?(增加|减少)$/;

const cache = new WeakMap<RawDocument, CountClaim[]>();

/** Every staff and vehicle count the document's prose states, in reading order (memoised per RawDocument). */
export function countClaims(raw: RawDocument): CountClaim[] {
  const cached = cache.get(raw);
  if (cached) return cached;
  const out: CountClaim[] = [];
  for (const sentence of sentencesOf(raw)) readSentence(raw, sentence, out);
  cache.set(raw, out);
  return out;
}

function readSentence(raw: RawDocument, sentence: Sentence, out: CountClaim[]) {
  const { text } = sentence;
  // Cheap gate: most sentences name neither staff nor vehicles.
  if (!/[人名辆]|编制/.test(text)) return;
  let quoted: { quote: string; refs: TextRef[] } | undefined;
  const quote = () => {
    if (!quoted) {
      const refs = textRefs(sentence);
      quoted = { quote: quoteOf(raw, refs), refs };
    }
    return quoted;
  };
  let clauseStart = 0;
  let cursor = 0;
  /** The count the next "增加 N 人" clause belongs to: the count of the clause just before. */
  let lastCount: CountClaim | undefined;
  let lastCountClause = -1;
  let clauseIndex = 0;
  for (const n of scanNumbers(text)) {
    for (let i = cursor; i < n.start; i++)
      if (isClauseBreak(text, i)) {
        clauseStart = i + 1;
        clauseIndex++;
      }
    cursor = n.end;
    if (n.unit !== 'other' || n.amount.decimals > 0 || n.amount.value.gt(MAX_COUNT)) continue;
    const after = text[n.digitsEnd];
    // 人次 is attendance, 人/名 a headcount.
    const unit: CountUnit | undefined =
      after === '辆' ? '辆' : (after === '人' && text[n.digitsEnd + 1] !== '次') || after === '名' ? '人' : undefined;
    const bare = after === undefined || isClauseBreak(text, n.digitsEnd);
    let label = text.slice(Math.max(clauseStart, n.start - MAX_LABEL_CHARS), n.start);
    const marker = /^\d{1,2}[.、](?!\d)/.exec(label);
    if (marker) label = label.slice(marker[0].length);
    const value = n.amount.value.toNumber();

    const change = CHANGE_LABEL.exec(label);
    if (change && unit === '人' && lastCount?.unit === '人' && lastCountClause === clauseIndex - 1) {
      lastCount.change = change[1] === '增加' ? value : -value;
      lastCount = undefined;
      continue;
    }
    const rule = LABELS.find((r) => r.pattern.test(label) && (unit === r.unit || (bare && r.bareAllowed)));
    if (!rule) continue;
    const { quote: q, refs } = quote();
    const claim: CountClaim = {
      index: out.length,
      quantity: rule.quantity,
      unit: rule.unit,
      value,
      label: label.replace(/^.*?(编制|实有|在职|车辆|一般公务用车|公务用车)/, '$1'),
      quote: q,
      textRefs: refs,
      numberRefs: textRefs(sentence, n.start, n.end),
    };
    out.push(claim);
    lastCount = claim;
    lastCountClause = clauseIndex;
  }
}
