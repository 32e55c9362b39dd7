/** How a row is named in findings: its code and its label, as a reader would look for it ("201 03 01 行政运行"). */
import type { RowInfo } from '../structure/table-structure.ts';

export function rowLabelOf(row: RowInfo): string | undefined {
  const code = row.code?.code;
  if (!code) return row.label || undefined;
  // The label may already start with the code ("201 一般公共服务支出" in a 收支总表 label column).
  if (row.label.replace(/\s+/g, '').startsWith(code)) return row.label;
  return [code, row.label].filter(Boolean).join(' ');
}
