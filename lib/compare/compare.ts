/**
 * Year against year, and a 决算 against its 预算: every figure the newer document restates (restated.ts) against the
 * older document's own figure for the same thing (old-figures.ts), and every growth rate it states recomputed from
 * the two documents.
 *
 * The verdicts follow the rule of the single-document checks: a finding must survive every plausible reading.
 *   - A restated figure that meets none of the older document's candidates is a warning, not an error: a baseline may
 *     be restated openly (an adjusted budget, a change of scope the text explains), and the reader should look.
 *   - A growth rate is an error only when it fails both against the older document's figure and against the prior the
 *     newer document itself implies (C − A); failing only the first, it follows the restated baseline: a warning.
 *   - A line found by 科目编码 under another name is compared as one line; the rename is a note (renamed-lines.ts).
 * `compared` counts the figure pairs and rates checked, so "nothing found" can be told from "nothing compared".
 */
import Decimal from 'decimal.js';
import { magnitudeOf } from '../judge/magnitude.ts';
import type { Magnitude, Severity } from '../model.ts';
import { checkGrowth, formatAmount, formatInterval } from '../rounding.ts';
import { type Candidate, oldFigures } from './old-figures.ts';
import { renamedLines } from './renamed-lines.ts';
import { type Figure, type Relation, type Restatement, restatements } from './restated.ts';
import type { Side, Where } from './side.ts';

export interface ComparisonFinding {
  rule: 'compare-prior' | 'compare-budget' | 'compare-rate' | 'compare-renamed';
  severity: Severity;
  magnitude: Magnitude | null;
  kind: 'mismatch' | 'note';
  stated: string | null;
  expected: string | null;
  old: Where;
  new: Where;
  message: string;
  messageEn: string;
}

/** One figure pair or rate checked: what was compared, whatever the outcome. */
export interface ComparedFigure {
  name: string;
  what: 'figure' | 'rate';
  /** The newer document's figure (the restated one, or the stated rate). */
  restated: string;
  /** The older document's figure for it (for a rate: the rate the two documents give). */
  published: string;
  consistent: boolean;
}

export interface Comparison {
  old: string[];
  new: string[];
  relation: Relation;
  /** checks.length: figure pairs and rates checked. */
  compared: number;
  checks: ComparedFigure[];
  findings: ComparisonFinding[];
}

export function compareDocuments(old: Side, neu: Side, relation: Relation): Comparison {
  const findings: ComparisonFinding[] = [];
  const checks: ComparedFigure[] = [];
  for (const r of restatements(neu, relation)) {
    const candidates = oldFigures(old, r);
    if (candidates.length === 0) continue;
    const match = candidates.find((c) => meets(r.figure, c.figure));
    checks.push({ name: r.name, what: 'figure', restated: show(r.figure), published: show((match ?? candidates[0]).figure), consistent: !!match });
    if (!match) findings.push(baselineFinding(r, candidates[0], relation, old, neu));
    const rate = r.change?.rate && r.current ? rateCheck(r, match ?? candidates[0], old) : undefined;
    if (rate) {
      checks.push({ name: r.name, what: 'rate', restated: `${r.change!.rate!.raw}%`, published: `${rate.range}%`, consistent: !rate.finding });
      if (rate.finding) findings.push(rate.finding);
    }
  }
  findings.push(...renamedLines(old, neu));
  return { old: old.set.sources, new: neu.set.sources, relation, compared: checks.length, checks, findings };
}

/** Two figures of one quantity meet when their intervals touch. */
function meets(a: Figure, b: Figure): boolean {
  return a.value.minus(b.value).abs().lte(a.half.plus(b.half));
}

const show = (f: Figure) => formatAmount(f.value, f.decimals);

function yearOf(side: Side): string {
  return side.identity.year === undefined ? '' : `${side.identity.year}年`;
}

function baselineFinding(r: Restatement, c: Candidate, relation: Relation, old: Side, neu: Side): ComparisonFinding {
  const stated = show(r.figure);
  const expected = show(c.figure);
  const diff = r.figure.value.minus(c.figure.value).toFixed(Math.max(r.figure.decimals, c.figure.decimals));
  const how =
    r.how === 'implied'
      ? { zh: `（由本年数减去增减额推出）`, en: ' (this year’s figure less the stated change)' }
      : { zh: '', en: '' };
  const isBudget = relation === 'budget';
  const message = isBudget
    ? `${yearOf(neu)}决算所列「${r.name}」年初预算 ${stated}${how.zh}，与${yearOf(old)}预算文件所列 ${expected} 不一致（差 ${diff}）`
    : `${yearOf(neu)}文件所列「${r.name}」上年数 ${stated}${how.zh}，与${yearOf(old)}文件所列 ${expected} 不一致（差 ${diff}）；上年基数可能被调整，请核对`;
  const messageEn = isBudget
    ? `The ${neu.identity.year ?? ''} final accounts give the budget of "${r.name}" as ${stated}${how.en}; the ${old.identity.year ?? ''} budget gives ${expected} (diff ${diff})`
    : `The ${neu.identity.year ?? ''} document gives last year's "${r.name}" as ${stated}${how.en}; the ${old.identity.year ?? ''} document gives ${expected} (diff ${diff}): the baseline may have been restated`;
  const severity: Severity = 'warning';
  return {
    rule: isBudget ? 'compare-budget' : 'compare-prior',
    severity,
    magnitude: magnitudeOf({ severity, stated, expected }) ?? null,
    kind: 'mismatch',
    stated,
    expected,
    old: c.where,
    new: r.where,
    message,
    messageEn,
  };
}

/** The stated rate recomputed from the older document's figure; undefined when no rate follows (a base of 0). */
function rateCheck(r: Restatement, c: Candidate, old: Side): { range: string; finding?: ComparisonFinding } | undefined {
  const change = r.change!;
  const current = r.current!.value;
  const rate = change.rate!;
  const base = c.figure;
  if (base.value.lte(0)) return undefined;
  const decimals = Math.max(current.decimals, base.decimals);
  // The change the two documents give: this year's figure less last year's as published.
  const fromOld = checkGrowth(current, { value: current.value.minus(base.value), decimals }, rate);
  if (fromOld.undefinedRatio || !fromOld.possible) return undefined;
  const d = rate.decimals;
  const range = formatInterval(fromOld.possible, d);
  if (fromOld.verdict !== 'mismatch') return { range };
  const withinNew = checkGrowth(current, change.change, rate);
  const severity: Severity = withinNew.verdict === 'mismatch' ? 'error' : 'warning';
  const stated = `${rate.raw}%`;
  const expected = `${range}%`;
  const magnitude = new Decimal(current.value).minus(base.value).abs();
  const finding: ComparisonFinding = {
    rule: 'compare-rate',
    severity,
    magnitude: magnitudeOf({ severity, stated, expected }) ?? null,
    kind: 'mismatch',
    stated,
    expected,
    old: c.where,
    new: { ...r.where, value: stated, textRefs: [...r.where.textRefs, ...(change.rateRefs ?? [])] },
    message:
      `「${r.name}」${change.rateWord ?? '增幅'}按两年文件应为 ${range}%（${magnitude.toFixed(decimals)} ÷ ${yearOf(old)}文件所列 ${show(base)}），文中为 ${stated}` +
      (severity === 'warning' ? '；按本文件推出的上年数则相符，差别来自上年基数' : ''),
    messageEn:
      `The rate of "${r.name}" should be ${range}% by the two documents (${magnitude.toFixed(decimals)} / ${show(base)} in the ${old.identity.year ?? 'older'} document); the text says ${stated}` +
      (severity === 'warning' ? '; it fits the prior this document implies: the difference is the restated baseline' : ''),
  };
  return { range, finding };
}
