/**
 * The DOM adapter: a Document → RawDocument (text blocks and tables in reading order, plus attachment links).
 * The only code that touches a DOM, and it receives the Document as a parameter, so the same code reads the live page
 * in the browser and a linkedom document in Node.
 *
 * Cheap enough to run inside the page: one walk over the body, attributes and text only — no layout reads, no
 * getComputedStyle, no innerText.
 *
 * - Text blocks: the text of each paragraph, heading, list item, or div with its own text; `<br>` inside a block is a
 *   line break within the block.
 * - Tables: a <table> that holds other tables is a layout table (old government sites put the whole article in one):
 *   it is not emitted, its cells are read like divs and its inner tables are emitted in order.
 * - Skipped: script, style, noscript, template and other non-text elements, and anything hidden by the `hidden`
 *   attribute or an inline display:none.
 */
import { normalizeCellText } from '../grid/normalize-text.ts';
import type { Attachment, Block, RawDocument } from '../model.ts';
import { finish, type Steps } from '../steps.ts';
import { tidy } from '../text.ts';
import { attachmentType } from './attachment-link.ts';
import { elementText, SOURCE_WRAP } from './element-text.ts';
import { BLOCK_TAGS, HEADING_TAGS, isHidden, SKIPPED_TAGS, tagOf } from './html-tags.ts';
import { readTableSteps } from './read-table.ts';
import { walkElement } from './walk.ts';

export interface ReadDocumentOptions {
  /** The page's address; defaults to the document's own (not available under linkedom). */
  url?: string;
  /** Where relative links point from, when it is not `url` (a saved page: the site it was saved from). */
  base?: string;
}

export function readDocument(doc: Document, options: ReadDocumentOptions = {}): RawDocument {
  return finish(readDocumentSteps(doc, options));
}

/** readDocument, pausing inside big tables (the page's check runs in slices: entrypoints/engine/check-scheduler.ts). */
export function* readDocumentSteps(doc: Document, options: ReadDocumentOptions = {}): Steps<RawDocument> {
  const url = options.url ?? documentUrl(doc);
  const blocks: Block[] = [];
  const attachments: Attachment[] = [];
  const seenLinks = new Set<string>();

  const onLink = (a: Element) => {
    const href = a.getAttribute('href');
    if (!href) return;
    const text = tidy(a.textContent ?? '');
    const type = attachmentType(href, text);
    if (!type) return;
    const resolved = resolveUrl(href, baseOf(doc) ?? options.base ?? url);
    if (seenLinks.has(resolved)) return;
    seenLinks.add(resolved);
    attachments.push({ href: resolved, text, type });
  };

  // A DOM built without a parser's fix-ups (linkedom on a fragment) may leave <body> empty beside the content.
  // No root element, no body (linkedom's getters throw there rather than return null).
  const body = doc.documentElement ? doc.body : null;
  const root = body && (body.firstChild || !doc.documentElement) ? body : doc.documentElement;
  if (!root) return { title: documentTitle(doc), url, blocks, attachments };

  const openBlocks: Element[] = [root];
  let buffer = '';
  let bufferAnchor: Element | undefined;
  let bufferIsHeading = false;
  let headingDepth = 0;
  let preDepth = 0;
  let layoutDepth = 0;

  const flush = () => {
    const text = normalizeCellText(buffer);
    if (text !== '') {
      const block: Block = { kind: 'text', text, anchor: bufferAnchor };
      if (bufferIsHeading) block.heading = true;
      blocks.push(block);
    }
    buffer = '';
    bufferAnchor = undefined;
    bufferIsHeading = false;
  };

  /** Entering an element that is not a data table. */
  const open = (el: Element, tag: string): boolean => {
    if (BLOCK_TAGS.has(tag)) {
      flush();
      openBlocks.push(el);
    }
    if (HEADING_TAGS.has(tag)) headingDepth++;
    if (tag === 'pre') preDepth++;
    return true;
  };

  function* enterTable(el: Element): Steps<boolean> {
    flush();
    const table = yield* readTableSteps(el, layoutDepth, onLink);
    if (table) {
      blocks.push({ kind: 'table', table });
      // A pause after every table read: the walk counts only the nodes it visits itself, not the table's cells, so a
      // page of many tables under ROWS_PER_PAUSE rows each would otherwise be read in one step.
      yield;
      return false;
    }
    layoutDepth++; // a layout table: walk into it
    return open(el, 'table');
  }

  yield* walkElement(root, {
    enter(el) {
      const tag = tagOf(el);
      if (SKIPPED_TAGS.has(tag) || isHidden(el)) return false;
      if (tag === 'br') {
        buffer += '\n';
        return false;
      }
      if (tag === 'a') onLink(el);
      if (tag === 'table') return enterTable(el);
      return open(el, tag);
    },
    leave(el) {
      const tag = tagOf(el);
      if (tag === 'table') layoutDepth--;
      if (BLOCK_TAGS.has(tag)) {
        flush();
        openBlocks.pop();
      }
      if (HEADING_TAGS.has(tag)) headingDepth--;
      if (tag === 'pre') preDepth--;
    },
    text(data) {
      if (bufferAnchor === undefined) bufferAnchor = openBlocks[openBlocks.length - 1];
      if (headingDepth > 0 && /\S/.test(data)) bufferIsHeading = true;
      buffer += preDepth > 0 ? data : data.replace(SOURCE_WRAP, ' ');
    },
  });
  flush();
  return { title: documentTitle(doc), url, blocks, attachments };
}

function documentTitle(doc: Document): string {
  // A document with no root element has no title (a page that removed <html>; linkedom on markup that is all
  // comment), and linkedom's title getter throws there instead of returning ''.
  if (!doc.documentElement) return '';
  const title = tidy(doc.title ?? '');
  if (title !== '') return title;
  const h1 = doc.querySelector('h1');
  return h1 ? elementText(h1).replace(/\n/g, ' ') : '';
}

function documentUrl(doc: Document): string | undefined {
  const url = doc.URL;
  return typeof url === 'string' && url !== '' && url !== 'about:blank' ? url : undefined;
}

/** The base for relative links: <base href> in a browser (baseURI), nothing under linkedom. */
function baseOf(doc: Document): string | undefined {
  const base = doc.baseURI;
  return typeof base === 'string' && base !== '' && base !== 'about:blank' ? base : undefined;
}

function resolveUrl(href: string, base: string | undefined): string {
  try {
    return base ? new URL(href, base).href : new URL(href).href;
  } catch {
    return href.trim();
  }
}
