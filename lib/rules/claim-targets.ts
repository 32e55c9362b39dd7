/**
 * Where the tables hold the quantity a prose amount names: 收支总预算 → 表1's 总计, a 类 → its row of 表5 (or of 表1's
 * 支出 side for all funds), a 项 "人大事务（款）行政运行（项）" → its 7-digit line of 表5, 三公 items → the 三公 table;
 * the quantities of the template catalogue (lib/templates/catalogue.ts) for the rest. Shared by prose-vs-table, which
 * checks the amount against the cell, and by the prose checks that divide amounts (tableFigure), which take the table's
 * more precise figure for one the text rounds ("70万元" for the table's 70.00).
 */
import type { Amount } from '../model.ts';
import type { AmountClaim } from '../prose/claims.ts';
import type { RowInfo } from '../structure/table-structure.ts';
import { firstTable, type Located, lookup, toWan } from '../tables/lookup.ts';
import { type CellSpec, LINE_TABLES, type LineSpec, QUANTITIES } from '../templates/catalogue.ts';
import { canonicalLabel } from '../text.ts';
import type { DocumentModel } from './rule.ts';

type Finder = (doc: DocumentModel) => Located | undefined;

/** A 科目 line in one of its tables (LINE_TABLES): in the column named, or the table's own where it has none. */
const line = (spec: LineSpec, match: (r: RowInfo) => boolean): Finder => (doc) => {
  const table = firstTable(doc, spec.table);
  return (spec.col && lookup(table, match, spec.col)) || (!spec.col || spec.anyCol ? lookup(table, match) : undefined);
};

const at = (spec: CellSpec): Finder => (doc) => {
  const found = lookup(firstTable(doc, spec.table), spec.row, spec.col, spec.segment);
  return found && spec.basis ? { ...found, basis: spec.basis } : found;
};

export function targetsFor(key: string): { find: Finder[]; usual?: boolean } | undefined {
  if (key.startsWith('class:') || key.startsWith('class-all:')) {
    const name = canonicalLabel(key.slice(key.indexOf(':') + 1));
    const match = (r: RowInfo) => sameName(r.name, name) && (r.code?.code.length ?? 3) === 3;
    return { find: LINE_TABLES[key.startsWith('class:') ? 'class' : 'class-all'].map((spec) => line(spec, match)) };
  }
  if (key.startsWith('econ:')) {
    const name = canonicalLabel(key.slice(5));
    return { find: LINE_TABLES.econ.map((spec) => line(spec, (r) => sameName(r.name, name))) };
  }
  if (key.startsWith('item:')) {
    const [kuan, name] = key.slice(5).split('/').map(canonicalLabel);
    return {
      find: [
        (doc) => {
          const spec = LINE_TABLES.item.find((s) => firstTable(doc, s.table));
          const table = spec && firstTable(doc, spec.table);
          if (!spec || !table) return undefined;
          for (const seg of table.structure.segments) {
            const kuanRow = seg.rows.find((r) => r.code?.code.length === 5 && sameName(r.name, kuan));
            const item =
              seg.rows.find(
                (r) => sameName(r.name, name) && r.code?.code.length === 7 && (!kuanRow || r.code.code.startsWith(kuanRow.code!.code)),
              ) ?? (kuan ? undefined : joinedName(seg.rows, name));
            if (item) return line(spec, (r) => r.row === item.row)(doc);
          }
          return undefined;
        },
      ],
    };
  }
  const quantity = QUANTITIES[key];
  return quantity && { find: quantity.at.map(at), usual: quantity.usual };
}

/** A 科目 name as the text and the table write it: "…离退休支出" and "…离退休" are one line. */
function sameName(a: string, b: string): boolean {
  return a === b || (a !== '' && a.replace(/支出$/, '') === b.replace(/支出$/, ''));
}

/**
 * "人大事务行政运行（项）": the 款 and the 项 named in one run, with no （款） between. The 项 whose name ends the label
 * and whose 款 is the rest of it.
 */
function joinedName(rows: readonly RowInfo[], name: string): RowInfo | undefined {
  for (const r of rows) {
    if (r.code?.code.length !== 7 || !name.endsWith(r.name) || r.name === '') continue;
    const rest = name.slice(0, name.length - r.name.length);
    const parent = rows.find((p) => p.code?.code === r.code!.code.slice(0, 5));
    if (rest === '' || rest === parent?.name) return r;
  }
  return undefined;
}

type Shown = Pick<Amount, 'value' | 'decimals'>;

const figures = new WeakMap<DocumentModel, Map<AmountClaim, Shown>>();

/**
 * The claim's amount as the tables print it, when they print the same number with more decimals: the text writes
 * "因公出国（境）费支出70万元" (70 ± 0.5) and the 三公 table 70.00 (± 0.005). Only the same number: a table figure
 * that differs, even within the text's rounding, is prose-vs-table's to report, not a figure to divide by. The claim's
 * own amount otherwise.
 */
export function tableFigure(doc: DocumentModel, claim: AmountClaim): Shown {
  const cache = figures.get(doc) ?? new Map<AmountClaim, Shown>();
  figures.set(doc, cache);
  let figure = cache.get(claim);
  if (!figure) {
    figure = claim.value;
    const target = claim.key && !claim.prior ? targetsFor(claim.key) : undefined;
    for (const find of target?.find ?? []) {
      const cell = find(doc);
      if (!cell || cell.blank) continue;
      const value = toWan(cell.amount, cell.table.grid.unit?.name);
      if (value.value.eq(claim.value.value) && value.decimals > claim.value.decimals) {
        figure = value;
        break;
      }
    }
    cache.set(claim, figure);
  }
  return figure;
}
