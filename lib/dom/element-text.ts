/**
 * The text of one element (a table cell, a caption) as a reader sees it, in one walk over its subtree: `<br>` and
 * block boundaries (Word puts every cell's text in `<p class=MsoNormal>`) become line breaks, source line wrapping
 * becomes a space (as CSS white-space: normal renders it), hidden and non-text elements are left out.
 * No textContent (it would keep script text and lose `<br>`), no innerText (it forces a layout).
 */
import { normalizeCellText } from '../grid/normalize-text.ts';
import { BLOCK_TAGS, isHidden, SKIPPED_TAGS, tagOf } from './html-tags.ts';
import { walkElement } from './walk.ts';

/** Source line breaks and tabs, which HTML renders as spaces outside <pre>. */
export const SOURCE_WRAP = /[\t\n\r\f]+/g;

/** Called for every link met on the way (to collect attachments). */
export type LinkVisitor = (a: Element) => void;

export function elementText(root: Element, onLink?: LinkVisitor): string {
  let out = '';
  let pre = 0;
  const lineBreak = () => {
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  walkElement(root, {
    enter(el) {
      const tag = tagOf(el);
      if (SKIPPED_TAGS.has(tag) || isHidden(el)) return false;
      if (tag === 'br') {
        out += '\n';
        return false;
      }
      if (tag === 'a' && onLink) onLink(el);
      if (BLOCK_TAGS.has(tag)) lineBreak();
      if (tag === 'pre') pre++;
      return true;
    },
    leave(el) {
      const tag = tagOf(el);
      if (BLOCK_TAGS.has(tag)) lineBreak();
      if (tag === 'pre') pre--;
    },
    text(data) {
      out += pre > 0 ? data : data.replace(SOURCE_WRAP, ' ');
    },
  });
  return normalizeCellText(out);
}
