/**
 * The text of one element (a table cell, a caption) as a reader sees it, in one walk over its subtree: `<br>` and
 * block boundaries (Word puts every cell's text in `<p class=MsoNormal>`) become line breaks, source line wrapping
 * becomes a space (as CSS white-space: normal renders it), hidden and non-text elements are left out.
 * No textContent (it would keep script text and lose `<br>`), no innerText (it forces a layout).
 *
 * This runs once per table cell of the page, so it is a plain loop: no callbacks, no per-cell allocations beyond the
 * text itself.
 */
import { normalizeCellText } from '../grid/normalize-text.ts';
import { BLOCK_TAGS, CDATA_SECTION_NODE, ELEMENT_NODE, isHidden, SKIPPED_TAGS, TEXT_NODE, tagOf } from './html-tags.ts';

/** Source line breaks and tabs, which HTML renders as spaces outside <pre>. */
export const SOURCE_WRAP = /[\t\n\r\f]+/g;

/** Called for every link met on the way (to collect attachments). */
export type LinkVisitor = (a: Element) => void;

/** What a walk met besides text. */
export interface TextWalkReport {
  /** A <table> inside the element: the element belongs to a layout table. */
  nestedTable: boolean;
}

export function elementText(root: Element, onLink?: LinkVisitor, report?: TextWalkReport): string {
  let out = '';
  let pre = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = tagOf(el);
      if (tag === 'br') out += '\n';
      else if (!SKIPPED_TAGS.has(tag) && !isHidden(el)) {
        if (tag === 'table' && report) report.nestedTable = true;
        if (tag === 'a' && onLink) onLink(el);
        if (BLOCK_TAGS.has(tag) && out !== '' && !out.endsWith('\n')) out += '\n';
        if (tag === 'pre') pre++;
        descend = el.firstChild !== null;
        if (!descend) out = leave(tag, out);
        if (tag === 'pre' && !descend) pre--;
      }
    } else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = (node as CharacterData).data;
      out += pre > 0 ? data : data.replace(SOURCE_WRAP, ' ');
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) {
        const tag = tagOf(node as Element);
        out = leave(tag, out);
        if (tag === 'pre') pre--;
      }
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return normalizeCellText(out);
}

/** Leaving a block element ends its line. */
function leave(tag: string, out: string): string {
  return BLOCK_TAGS.has(tag) && out !== '' && !out.endsWith('\n') ? `${out}\n` : out;
}
