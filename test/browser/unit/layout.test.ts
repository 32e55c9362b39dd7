/** Overlay geometry (entrypoints/engine/layout.ts): clipping by scroll boxes, and where popovers go. */
import { describe, expect, it } from 'vitest';
import { clipRect, placeFloating, placePopover, toBox } from '../../../entrypoints/engine/layout.ts';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
const viewport = { width: 1280, height: 800 };
const origin = { x: 0, y: -1000 }; // the page is scrolled down by 1000 px

describe('clipRect', () => {
  it('cuts a cell to the visible part of its scroll box, and hides it when scrolled out', () => {
    const scrollBox = rect(100, 0, 600, 800);
    expect(clipRect(rect(550, 10, 700, 40), [scrollBox])).toEqual(rect(550, 10, 600, 40));
    expect(clipRect(rect(650, 10, 700, 40), [scrollBox])).toBeNull();
    expect(clipRect(rect(10, 10, 10, 40), [])).toBeNull(); // zero width: display:none or collapsed
  });
});

describe('toBox', () => {
  it('turns viewport rects into host coordinates', () => {
    expect(toBox(rect(10, 20, 110, 50), origin)).toEqual({ left: 10, top: 1020, width: 100, height: 30 });
  });
});

describe('placeFloating', () => {
  it('goes below when there is room, above otherwise, and stays inside the viewport', () => {
    expect(placeFloating(rect(1200, 100, 1260, 130), viewport, origin)).toEqual({ left: 932, top: 1136, above: false });
    expect(placeFloating(rect(20, 700, 80, 730), viewport, origin)).toEqual({ left: 20, top: 1694, above: true });
  });
});

describe('placePopover', () => {
  it('keeps clear of the cells a total was checked against', () => {
    // A column total at the top of a column whose parts run down to y=400: the popover (up to 320 px tall) goes
    // below the parts, 6 px under them.
    const total = rect(700, 100, 800, 130);
    const parts = [rect(700, 130, 800, 160), rect(700, 370, 800, 400)];
    expect(placePopover(total, parts, viewport, origin)).toEqual({ left: 700, top: 1406, above: false });
    // Parts down to y=500 leave 300 px below and 100 above: the popover goes to the right of the column instead.
    const longer = [rect(700, 130, 800, 160), rect(700, 470, 800, 500)];
    expect(placePopover(total, longer, viewport, origin)).toEqual({ left: 806, top: 1100, above: false });
    // The same near the bottom of the screen: above the whole group.
    const low = [rect(700, 420, 800, 450), rect(700, 450, 800, 480), rect(700, 760, 800, 790)];
    expect(placePopover(low[0]!, low.slice(1), viewport, origin)).toEqual({ left: 700, top: 1414, above: true });
  });

  it('goes beside a group as tall as the screen', () => {
    const tall = [rect(100, 10, 200, 40), rect(100, 40, 200, 790)];
    expect(placePopover(tall[0]!, tall.slice(1), viewport, origin)).toEqual({ left: 206, top: 1010, above: false });
  });
});
