/**
 * Saved HTML pages for the command line: bytes → text (in the page's own encoding) → a linkedom Document → the same
 * readDocument the extension runs on live pages.
 *
 * Chinese government pages are still often GBK/GB2312 (Word "Save as HTML" on a Chinese Windows writes
 * `<meta http-equiv=Content-Type content="text/html; charset=gb2312">`); GB18030 is a superset of both, so they are
 * decoded as GB18030. A page that declares nothing is read as UTF-8, or as GB18030 when it is not valid UTF-8.
 */
import { parseHTML } from 'linkedom';
import { readDocument } from '../lib/dom/read-document.ts';
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

/** Browsers mark saved pages with `<!-- saved from url=(0042)https://… -->`: relative links point there. */
function savedFromUrl(html: string): string | undefined {
  const m = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096));
  return m && isAbsoluteUrl(m[1]) ? m[1] : undefined;
}

function isAbsoluteUrl(s: string): boolean {
  return /^(?:https?|file):\/\//i.test(s);
}

/** Encodings a page may declare that are decoded as GB18030 (their superset). */
const GB_FAMILY = /^(?:gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|gb_2312-80|csgb2312|chinese|iso-ir-58)$/i;

/** Decodes the bytes of an HTML file: byte-order mark first, then a declared charset, then UTF-8 or GB18030. */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const declared = declaredCharset(bytes);
  if (declared) {
    const decoder = decoderFor(declared);
    if (decoder) return decoder.decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The charset of `<meta charset=…>` or `<meta http-equiv=Content-Type content="…; charset=…">` in the first 4 KB. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Meta tags are ASCII; latin1 maps each byte to one character, so nothing is lost before they are found.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const meta of metas) {
    const m = /charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(meta);
    if (m) return m[1].toLowerCase();
  }
  return undefined;
}

function decoderFor(label: string): TextDecoder | undefined {
  if (GB_FAMILY.test(label)) return new TextDecoder('gb18030');
  // A page cannot really be UTF-16 if its meta tag was readable as ASCII (the HTML spec reads it as UTF-8).
  if (/^utf-?16/i.test(label)) return new TextDecoder('utf-8');
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}
