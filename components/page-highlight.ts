import { COLORS } from './styles.ts';

/**
 * Styles for the CSS Custom Highlight API: ::highlight() must be styled from a stylesheet that applies to the page's
 * text, which a shadow root's sheet does not. The sheet is not in the page's DOM, and it styles nothing but these
 * two highlights, which only the engine registers.
 *
 * How it reaches a page matters for speed: a sheet added to a page that is already shown makes the browser restyle
 * every element (10–13 ms on a seed page, 446 ms on a 60,000-element page, in Chromium on the test machine). So on
 * *.gov.cn it comes with the gate, declared in the manifest (wxt.config.ts): browsers add a content script's sheet
 * before the page is first styled, and on a page the engine never visits it styles nothing. Elsewhere (the toolbar
 * button or context menu on another site) the background inserts it when the engine has prose to underline
 * (scripting.insertCSS, origin USER; entrypoints/engine/underline-style.ts decides).
 */
export const HIGHLIGHT_ERROR = 'budget-check-error';
export const HIGHLIGHT_NOTE = 'budget-check-note';
export const PAGE_HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_ERROR}) { background-color: rgba(209, 36, 47, 0.16); text-decoration: underline wavy ${COLORS.error}; }
::highlight(${HIGHLIGHT_NOTE}) { background-color: rgba(191, 135, 0, 0.16); text-decoration: underline wavy ${COLORS.note}; }
`;

/** The sheet's file in the built extension, listed beside gate.js in the manifest's content script. */
export const PAGE_HIGHLIGHT_FILE = 'page-highlight.css';
