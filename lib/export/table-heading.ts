/** The lines that name a table above it in every export: "表2 单位收入总体情况表", then 编制单位 and 单位. */
import type { TableGrid } from '../model.ts';

/** "表2 单位收入总体情况表", or the title alone, or "表格 3" for an untitled third table. */
export function tableHeading(grid: TableGrid): string {
  const title = grid.title?.trim() || `表格 ${grid.index + 1}`;
  return grid.number ? `表${grid.number} ${title}` : title;
}

/** "单位：万元", "单位: 元" — not the 单位 of "编制单位：XX单位". */
const UNIT_STATED = /单\s*位\s*[:：]\s*(万元|亿元|元)/g;

/** The meta lines, plus "单位：万元" when the unit was read but no line says it. */
export function tableMetaLines(grid: TableGrid): string[] {
  const lines = grid.meta.map((line) => line.trim()).filter((line) => line !== '');
  const unit = grid.unit?.name;
  if (unit && !lines.some((line) => [...line.matchAll(UNIT_STATED)].some((m) => m[1] === unit))) {
    lines.push(`单位：${unit}`);
  }
  return lines;
}
