/**
 * What a document says about another document's figures: the figures it restates.
 *
 * Against last year's document (relation 'year'):
 *   - a change "C 万元，比上年增加 A 万元" implies last year's figure C − A (± the half-units of both);
 *   - a figure the text names as last year's ("上年预算数为 8,648.07 万元", "2016 年度…为 …");
 *   - a table column headed 上年 (上年预算数, 上年数), line by line, by 科目编码 where the line has one.
 * Against the 预算 of the same year, from its 决算 (relation 'budget'):
 *   - a figure the text names as the budget ("年初预算为 10210.34 万元");
 *   - a table cell the template marks as the budget (三公 决算表's 预算数).
 * Each restatement carries the quantity it is of (the prose keys of lib/prose/subjects.ts, or a table line), so that
 * the other document's own figure for it can be looked up (old-figures.ts).
 */
import type Decimal from 'decimal.js';
import type { Amount } from '../model.ts';
import type { StandardTable } from '../classify/standard-table.ts';
import { type AmountClaim, allClaims, type ChangeClaim } from '../prose/claims.ts';
import { documentYear } from '../prose/document-facts.ts';
import { KEY_NAMES } from '../prose/subjects.ts';
import { sentenceIndexOf } from '../prose/text-stream.ts';
import { halfUnitOf } from '../rounding.ts';
import { targetsFor } from '../rules/claim-targets.ts';
import { type Located, locate, toWan } from '../tables/lookup.ts';
import { QUANTITIES } from '../templates/catalogue.ts';
import { claimWhere, cellWhere, rowAt, type Side, type Where } from './side.ts';

export type Relation = 'year' | 'budget';

export interface Figure {
  value: Decimal;
  /** Half the width of the interval the figure stands for: one half-unit, or the sum of two for C − A. */
  half: Decimal;
  decimals: number;
}

/** A figure as written: its value and the half-unit of its last digit. */
export function figureOf(amount: Pick<Amount, 'value' | 'decimals'>): Figure {
  return { value: amount.value, half: halfUnitOf(amount), decimals: amount.decimals };
}

/** A table cell's figure in 万元, whatever unit its table is in: the two years' tables need not share one. */
export function figureOfCell(cell: Located): Figure {
  return figureOf(toWan(cell.amount, cell.table.grid.unit?.name));
}

export interface Restatement {
  /** The quantity: a prose key ('total@all', 'class:一般公共服务', 'item:人大事务/行政运行'), or a table line. */
  key: string;
  /** For messages. */
  name: string;
  /** The 科目编码 of the quantity, where the restating document's tables give one, and the table it is in. */
  code?: string;
  codeTable?: StandardTable;
  /** The standard table the restated figure sits in (for a table column), to look up the same table's line. */
  table?: StandardTable;
  /** For a table line with no code: its canonical name. */
  rowName?: string;
  figure: Figure;
  how: 'implied' | 'stated' | 'same' | 'column';
  where: Where;
  /** A change with a growth rate: recomputed from the other document's figure. */
  change?: ChangeClaim;
  current?: AmountClaim;
}

/** 上年预算数, 上年数, 上年执行数: a column of last year's figures (not 上年结转, this year's money carried over). */
const PRIOR_COLUMN = /上年(?!结转|结余)/;

export function restatements(side: Side, relation: Relation): Restatement[] {
  return relation === 'year' ? [...priorsInText(side), ...priorColumns(side)] : [...budgetInText(side), ...budgetCells(side)];
}

function nameOf(key: string, label: string): string {
  return KEY_NAMES[key] ?? label;
}

/** The 科目编码 of the quantity a key names, as this document's tables place it, and the table that says so. */
function codeOf(side: Side, key: string): Pick<Restatement, 'code' | 'codeTable'> {
  if (!/^(?:class|class-all|item|econ):/.test(key)) return {};
  for (const find of targetsFor(key)?.find ?? []) {
    const cell = find(side.model);
    const row = cell && rowAt(cell);
    if (cell && row?.code) return { code: row.code.code, codeTable: cell.table.standard };
  }
  return {};
}

function priorsInText(side: Side): Restatement[] {
  const out: Restatement[] = [];
  const basis = side.identity.basis;
  const year = side.identity.year ?? documentYear(side.model.raw);
  for (const change of allClaims(side.model.raw, 'change')) {
    // The change of one amount the sentence names; when the text leaves open which amount it is of, no figure of
    // last year follows from it.
    const current = change.current;
    if (!current || change.alternatives?.length || current.prior) continue;
    if ((current.basis ?? basis) !== basis) continue;
    const key = current.key ?? change.key;
    if (!key) continue;
    const decimals = Math.max(current.value.decimals, change.change.decimals);
    const value = current.value.value.minus(change.change.value);
    out.push({
      key,
      name: nameOf(key, current.subject),
      ...codeOf(side, key),
      figure: { value, half: halfUnitOf(current.value).plus(halfUnitOf(change.change)), decimals },
      how: 'implied',
      where: { ...claimWhere(side, change, value.toFixed(decimals)), textRefs: [...current.numberRefs, ...change.numberRefs] },
      change: change.rate ? change : undefined,
      current,
    });
  }
  for (const amount of allClaims(side.model.raw, 'amount')) {
    // "因公出国（境）费预算支出 70 万元，与上年预算数一致", "…0 万元，与上年相比无变化": last year's figure is this one.
    if (!amount.prior && amount.key && (amount.basis ?? basis) === basis && sameAsLastYear(amount)) {
      const value = amount.value.value.toFixed(amount.value.decimals);
      out.push({
        key: amount.key,
        name: nameOf(amount.key, amount.subject),
        ...codeOf(side, amount.key),
        figure: figureOf(amount.value),
        how: 'same',
        where: claimWhere(side, amount, value),
      });
      continue;
    }
    if (!amount.prior || !amount.key || (amount.basis ?? basis) !== basis) continue;
    // "2016 年度…": last year only, not any earlier year the text recalls.
    const years = [...amount.subject.matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
    if (years.length && year !== undefined && years[years.length - 1] !== year - 1) continue;
    out.push({
      key: amount.key,
      name: nameOf(amount.key, amount.subject),
      ...codeOf(side, amount.key),
      figure: figureOf(amount.value),
      how: 'stated',
      where: claimWhere(side, amount, amount.value.value.toFixed(amount.value.decimals)),
    });
  }
  return out;
}

/** Words after an amount that say last year's was the same: 与上年(预算数)(相比)一致 / 无变化 / 持平 / 相同. */
const SAME_AS_LAST_YEAR = /^[^。;；]{0,4}?(?:与|同|和|较)(?:上年|去年|上一年)(?:度)?(?:预算)?(?:数)?(?:相比)?[,，]?(?:一致|无变化|没有变化|持平|相同|未变)/;

/** The amount is followed, in its clause, by words saying it equals last year's. */
function sameAsLastYear(amount: AmountClaim): boolean {
  const ref = amount.numberRefs[amount.numberRefs.length - 1];
  if (!ref) return false;
  const end = sentenceIndexOf(amount.sentence, ref.block, ref.end - 1);
  if (end < 0) return false;
  return SAME_AS_LAST_YEAR.test(amount.sentence.text.slice(end + 1).replace(/^万元|^元|^亿元/, ''));
}

/** Every line of a 上年 column, keyed by the line's code, else by its name in that table. */
function priorColumns(side: Side): Restatement[] {
  const out: Restatement[] = [];
  for (const table of side.model.tables) {
    if (table.grid.kind !== 'budget' || !table.standard) continue;
    for (const seg of table.structure.segments)
      for (const col of seg.valueCols) {
        const info = table.structure.columns[col];
        if (!info || !PRIOR_COLUMN.test(info.path.join('/'))) continue;
        for (const row of seg.rows) {
          if (row.role === 'blank') continue;
          const cell = locate(table, row.row, col, row.label);
          if (!cell || cell.blank) continue;
          out.push(lineRestatement(side, table.standard, cell, row.code?.code, row.name, row.role === 'total'));
        }
      }
  }
  return out;
}

function lineRestatement(side: Side, table: StandardTable, cell: Located, code: string | undefined, name: string, total: boolean): Restatement {
  const key = code ? `code:${code}` : total ? `total:${table}` : `line:${table}:${name}`;
  return {
    key,
    name: name || '合计',
    code,
    codeTable: table,
    table,
    rowName: total ? undefined : name,
    figure: figureOfCell(cell),
    how: 'column',
    where: cellWhere(side, cell),
  };
}

/** A 决算's figures named as the budget: "年初预算为 X 万元". */
function budgetInText(side: Side): Restatement[] {
  const out: Restatement[] = [];
  for (const amount of allClaims(side.model.raw, 'amount')) {
    if (amount.basis !== 'budget' || amount.prior || !amount.key) continue;
    out.push({
      key: amount.key,
      name: nameOf(amount.key, amount.subject),
      ...codeOf(side, amount.key),
      figure: figureOf(amount.value),
      how: 'stated',
      where: claimWhere(side, amount, amount.value.value.toFixed(amount.value.decimals)),
    });
  }
  return out;
}

/** Cells the template marks as the budget of a 决算 table (the 三公 决算表's 预算数 columns). */
function budgetCells(side: Side): Restatement[] {
  const out: Restatement[] = [];
  for (const [key, quantity] of Object.entries(QUANTITIES)) {
    if (!quantity.at.some((spec) => spec.basis === 'budget')) continue;
    for (const find of targetsFor(key)?.find ?? []) {
      const cell = find(side.model);
      if (!cell || cell.blank || cell.basis !== 'budget') continue;
      out.push({
        key,
        name: nameOf(key, key),
        figure: figureOfCell(cell),
        how: 'column',
        where: cellWhere(side, cell),
      });
      break;
    }
  }
  return out;
}
