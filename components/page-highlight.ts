import { COLORS } from './styles.ts';

/**
 * Styles for the CSS Custom Highlight API: ::highlight() must be styled from a stylesheet that applies to the page's
 * text, which a shadow root's sheet does not. The background inserts this one as a *user* stylesheet
 * (scripting.insertCSS origin USER): it is not in the page's DOM, and it styles nothing but these two highlights.
 */
export const HIGHLIGHT_ERROR = 'budget-check-error';
export const HIGHLIGHT_NOTE = 'budget-check-note';
export const PAGE_HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_ERROR}) { background-color: rgba(209, 36, 47, 0.16); text-decoration: underline wavy ${COLORS.error}; }
::highlight(${HIGHLIGHT_NOTE}) { background-color: rgba(191, 135, 0, 0.16); text-decoration: underline wavy ${COLORS.note}; }
`;
