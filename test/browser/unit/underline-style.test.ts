/**
 * How prose is underlined (entrypoints/engine/underline-style.ts): highlights when the page has the styles or is small
 * enough to add them to, boxes otherwise. The styles' presence itself is looked up in a real browser
 * (test/browser/long-tasks.test.ts: big-prose.html with the manifest's sheet, big-prose-own-highlight.html without).
 */
import { describe, expect, it } from 'vitest';
import { chooseUnderlineStyle, HIGHLIGHT_MAX_ELEMENTS } from '../../../entrypoints/engine/underline-style.ts';

describe('chooseUnderlineStyle', () => {
  it('uses the sheet a *.gov.cn page came with, however big the page', () => {
    expect(chooseUnderlineStyle({ highlightApi: true, sheetInPage: true, elements: 60_000 })).toBe('highlights');
  });

  it('adds the sheet to a page without it only up to the element limit', () => {
    expect(chooseUnderlineStyle({ highlightApi: true, sheetInPage: false, elements: HIGHLIGHT_MAX_ELEMENTS })).toBe(
      'highlights-and-sheet',
    );
    expect(chooseUnderlineStyle({ highlightApi: true, sheetInPage: false, elements: HIGHLIGHT_MAX_ELEMENTS + 1 })).toBe('boxes');
  });

  it('draws boxes where the browser has no highlight API', () => {
    expect(chooseUnderlineStyle({ highlightApi: false, sheetInPage: false, elements: 100 })).toBe('boxes');
    expect(chooseUnderlineStyle({ highlightApi: false, sheetInPage: true, elements: 100 })).toBe('boxes');
  });
});
