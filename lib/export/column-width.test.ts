import { describe, expect, it } from 'vitest';
import { columnWidth, displayWidth, MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH, textWidth } from './column-width.ts';

describe('displayWidth', () => {
  it('counts Chinese characters and full-width punctuation double, ASCII single', () => {
    expect(displayWidth('行政运行')).toBe(8);
    expect(displayWidth('1,566.00')).toBe(8);
    expect(displayWidth('财政拨款（补助）')).toBe(16);
    expect(displayWidth('“三公”')).toBe(6); // curly quotes are narrow (ambiguous width, narrow in Excel's fonts)
    expect(displayWidth('表1 单位')).toBe(8);
    expect(displayWidth('𠀀')).toBe(2); // CJK Extension B, a surrogate pair
    expect(displayWidth('😀')).toBe(1);
  });

  it('takes the widest line of a wrapped label', () => {
    expect(textWidth('财政拨款\n(补助)小计')).toBe(10);
  });

  it('measures a hostile cell of 300,000 lines without overflowing the stack', () => {
    expect(textWidth(`${'1\n'.repeat(300_000)}合计`)).toBe(4);
  });

  it('keeps widths between the bounds', () => {
    expect(columnWidth(0)).toBe(MIN_COLUMN_WIDTH);
    expect(columnWidth(8)).toBe(10);
    expect(columnWidth(500)).toBe(MAX_COLUMN_WIDTH);
  });
});
