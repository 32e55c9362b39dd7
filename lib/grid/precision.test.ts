import { describe, expect, it } from 'vitest';
import { rawRows } from '../../test/detect/raw-rows.ts';
import { placeCells } from './place-cells.ts';
import { DEFAULT_PRECISION, isCodeColumn, usualDecimals } from './precision.ts';

function decimalsOf(spec: string[], codeColumns: number[] = []): number {
  return usualDecimals(placeCells(rawRows(spec)).cells, new Set(codeColumns));
}

describe('usualDecimals', () => {
  it('is the most common number of decimals among amounts', () => {
    expect(decimalsOf(['a|12.50|28', 'b|1.00|3.20'])).toBe(2);
    expect(decimalsOf(['a|15000|2300', 'b|1.5|7'])).toBe(0);
  });
  it('leaves out code columns and zero-padded codes (表6: 301 | 01 | 基本工资 | 100.86)', () => {
    const rows = ['201|11|50|事业运行|35.34', '201|11|99|其他支出|125.00', '208|05|05|养老保险缴费|37.37'];
    expect(decimalsOf(rows)).toBe(0); // codes 201, 11, 50 … outnumber the 3 amounts: they would win if counted
    expect(decimalsOf(rows, [0, 1, 2])).toBe(2);
    expect(decimalsOf(['03|1.5', '04|2.5'])).toBe(1);
  });
  it('leaves out percentages and breaks ties towards more decimals', () => {
    expect(decimalsOf(['a|81.2%|90%|5.00'])).toBe(2);
    expect(decimalsOf(['a|28|12.50'])).toBe(2);
  });
  it('falls back to 2 for a table with no amounts', () => {
    expect(decimalsOf(['合计||'])).toBe(DEFAULT_PRECISION);
  });
});

describe('isCodeColumn', () => {
  it('knows the 类/款/项 and 编码 headers', () => {
    for (const path of [['功能分类科目编码', '类'], ['款'], ['项'], ['科目编码'], ['经济分类科目 编码'], ['项目代码']]) {
      expect(isCodeColumn(path), path.join('/')).toBe(true);
    }
    expect(isCodeColumn(['项目'])).toBe(false);
    expect(isCodeColumn(['合计'])).toBe(false);
    expect(isCodeColumn([])).toBe(false);
  });
});
