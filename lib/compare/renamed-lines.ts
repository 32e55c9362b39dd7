/**
 * Lines renamed or recoded between two documents: the same 科目编码 under a new name, or the same name under a new
 * code, in the same standard table of both; and, in tables that list 类 by name only, a name the classification
 * renamed in between (lib/templates/subject-renames.ts). Notes, so that a reader does not take the new name for a
 * line that appeared from nothing.
 */
import { SUBJECT_RENAMES } from '../templates/subject-renames.ts';
import { canonicalLabel } from '../text.ts';
import type { ComparisonFinding } from './compare.ts';
import { cellWhere, type Side } from './side.ts';
import { locate } from '../tables/lookup.ts';
import type { AnalyzedTable } from '../rules/rule.ts';
import type { RowInfo } from '../structure/table-structure.ts';

const bare = (s: string) => canonicalLabel(s).replace(/支出$/, '');

export function renamedLines(old: Side, neu: Side): ComparisonFinding[] {
  const out: ComparisonFinding[] = [];
  for (const next of neu.model.tables) {
    if (!next.standard) continue;
    const prev = old.model.tables.find((t) => t.standard === next.standard);
    if (!prev) continue;
    const before = rowsOf(prev);
    for (const row of rowsOf(next)) {
      const code = row.code?.code;
      const sameCode = code ? before.find((b) => b.code?.code === code) : undefined;
      if (sameCode && bare(sameCode.name) !== bare(row.name)) {
        out.push(note(old, neu, prev, sameCode, next, row, `编码 ${code} 未变`, `code ${code} unchanged`));
        continue;
      }
      const sameName = code && before.find((b) => b.code && b.code.code.length === code.length && bare(b.name) === bare(row.name));
      if (sameName && sameName.code!.code !== code) {
        out.push(note(old, neu, prev, sameName, next, row, `编码由 ${sameName.code!.code} 改为 ${code}`, `code ${sameName.code!.code} → ${code}`, true));
        continue;
      }
      if (code) continue;
      const rename = SUBJECT_RENAMES.find(
        (r) =>
          bare(r.to) === bare(row.name) &&
          (neu.identity.year === undefined || r.year <= neu.identity.year) &&
          (old.identity.year === undefined || r.year > old.identity.year),
      );
      const was = rename && before.find((b) => bare(b.name) === bare(rename.from));
      if (rename && was) out.push(note(old, neu, prev, was, next, row, `科目 ${rename.code}，${rename.year} 年更名`, `class ${rename.code}, renamed in ${rename.year}`));
    }
  }
  return out;
}

function rowsOf(table: AnalyzedTable): RowInfo[] {
  return table.structure.segments.flatMap((s) => s.rows).filter((r) => r.role !== 'blank' && r.name !== '');
}

function note(
  old: Side,
  neu: Side,
  prevTable: AnalyzedTable,
  prevRow: RowInfo,
  nextTable: AnalyzedTable,
  nextRow: RowInfo,
  zh: string,
  en: string,
  recoded = false,
): ComparisonFinding {
  const at = (side: Side, table: AnalyzedTable, row: RowInfo) => {
    const col = table.structure.segments.find((s) => s.rows.includes(row))?.valueCols[0];
    const cell = col === undefined ? undefined : locate(table, row.row, col, row.label);
    const where = cell
      ? cellWhere(side, cell)
      : { source: side.set.sources[0], tableTitle: null, rowLabel: row.label, colLabel: null, value: '', quote: null, cells: [], textRefs: [] };
    return { ...where, rowLabel: row.label };
  };
  return {
    rule: 'compare-renamed',
    severity: 'info',
    magnitude: null,
    kind: 'note',
    stated: null,
    expected: null,
    old: at(old, prevTable, prevRow),
    new: at(neu, nextTable, nextRow),
    message: recoded
      ? `科目改码：「${nextRow.name}」${zh}，按同一科目对比`
      : `科目更名：「${prevRow.name}」在新文件中为「${nextRow.name}」（${zh}），按同一科目对比`,
    messageEn: recoded
      ? `Recoded: "${nextRow.name}", ${en}; compared as one line`
      : `Renamed: "${prevRow.name}" is "${nextRow.name}" in the newer document (${en}); compared as one line`,
  };
}
