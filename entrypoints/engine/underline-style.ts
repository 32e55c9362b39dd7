/**
 * How wrong figures in the prose are underlined on this page: in the browser's highlight registry (CSS Custom
 * Highlight API: nothing to keep in place as the page moves), or with boxes in the overlay.
 *
 * Highlights need the ::highlight() styles in the page (components/page-highlight.ts). On *.gov.cn they came with
 * the gate, before the page was first styled. Elsewhere they must be added now, and adding a sheet to a page restyles
 * every element of it: measured in Chromium on the test machine, a 60,000-element page held for 446 ms, some 7 µs an
 * element. So a page without the styles gets them only if it is small (HIGHLIGHT_MAX_ELEMENTS); a bigger one gets
 * boxes. The styles are looked for by their effect, not by who should have added them: a page whose own CSS undoes
 * them (`::highlight(budget-check-error) { background: none }`) would show highlights as nothing, and gets boxes too.
 */
import { HIGHLIGHT_ERROR } from '../../components/page-highlight.ts';

/**
 * Above this many elements a page without the styles is underlined with boxes. The seed and 决算 fixture pages have
 * 1,500–5,600 elements, Word exports the most.
 */
export const HIGHLIGHT_MAX_ELEMENTS = 6000;

export type UnderlineStyle =
  /** Highlights, styled by the sheet the page already has. */
  | 'highlights'
  /** Highlights, once the background has inserted the sheet. */
  | 'highlights-and-sheet'
  | 'boxes';

export interface UnderlineFacts {
  /** The browser has CSS.highlights and Highlight. */
  highlightApi: boolean;
  /** The page already styles ::highlight(budget-check-error) with the extension's sheet. */
  sheetInPage: boolean;
  /** Elements in the page: what a new sheet would restyle. */
  elements: number;
}

export function chooseUnderlineStyle(facts: UnderlineFacts): UnderlineStyle {
  if (!facts.highlightApi) return 'boxes';
  if (facts.sheetInPage) return 'highlights';
  return facts.elements <= HIGHLIGHT_MAX_ELEMENTS ? 'highlights-and-sheet' : 'boxes';
}

/**
 * Whether the page shows the extension's highlight styles: the error highlight's computed background is the sheet's
 * tint, not the browser's transparent default. One style lookup on <body>, done once per page.
 */
export function highlightSheetInPage(doc: Document): boolean {
  const body = doc.body ?? doc.documentElement;
  const view = doc.defaultView;
  if (!body || !view) return false;
  try {
    const background = view.getComputedStyle(body, `::highlight(${HIGHLIGHT_ERROR})`).backgroundColor;
    return background !== '' && background !== 'transparent' && !/^rgba\(\s*0,\s*0,\s*0,\s*0\s*\)$/.test(background);
  } catch {
    return false;
  }
}
