/**
 * Saved HTML pages for the command line: bytes → text (in the page's own encoding) → a linkedom Document → the same
 * readDocument the extension runs on live pages.
 *
 * Chinese government pages are still often GBK/GB2312 (Word "Save as HTML" on a Chinese Windows writes
 * `<meta http-equiv=Content-Type content="text/html; charset=gb2312">`); GB18030 is a superset of both, so they are
 * decoded as GB18030. A page that declares nothing is read as UTF-8, or as GB18030 when it is not valid UTF-8
 * (lib/html-bytes.ts, shared with the extension's checker page).
 */
import { parseHTML } from 'linkedom';
import { readDocument } from '../lib/dom/read-document.ts';
import { savedFromUrl } from '../lib/html-bytes.ts';
import type { RawDocument } from '../lib/model.ts';

/** Reads a page's HTML text. `source` (a file name or URL) becomes the document's url. */
export function loadHtml(html: string, source?: string): RawDocument {
  const { document } = parseHTML(withHtmlAndBody(html));
  const savedFrom = savedFromUrl(html);
  const base = savedFrom ?? (source && isAbsoluteUrl(source) ? source : undefined);
  return readDocument(document as unknown as Document, { url: savedFrom ?? source, base });
}

/**
 * linkedom builds the tree as written: a fragment without <html> and <body> (a saved table, a page whose tags were
 * left out — allowed by HTML) leaves document.body empty. Browsers insert both; so do we, before parsing.
 */
export function withHtmlAndBody(html: string): string {
  const hasBody = /<body[\s>]/i.test(html);
  if (hasBody && /<html[\s>]/i.test(html)) return html;
  if (hasBody) return `<html>${html}</html>`;
  const inner = html.replace(/<\/?html\b[^>]*>/gi, '');
  const headEnd = /<\/head\s*>/i.exec(inner);
  const head = headEnd ? inner.slice(0, headEnd.index + headEnd[0].length) : '';
  const body = headEnd ? inner.slice(headEnd.index + headEnd[0].length) : inner;
  return `<html>${head}<body>${body}</body></html>`;
}

function isAbsoluteUrl(s: string): boolean {
  return /^(?:https?|file):\/\//i.test(s);
}
