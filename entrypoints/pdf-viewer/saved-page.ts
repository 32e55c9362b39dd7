/**
 * A saved web page made safe to show inside the viewer. The page is hostile text: it is parsed here (DOMParser runs
 * no script and loads nothing), stripped of what could run or fetch, and written back as the `srcdoc` of an iframe
 * that is sandboxed without allow-scripts. Four walls, each enough on its own for scripts:
 *
 * - the iframe's sandbox has no allow-scripts (allow-same-origin only, so that the viewer can read the iframe's
 *   document, run the DOM adapter on its live elements and measure them for the marks);
 * - a srcdoc document inherits the extension page's CSP (script-src 'self': no inline script, no javascript: URL);
 * - <script> and <noscript> are removed, and so are on* attributes and javascript: URLs;
 * - a CSP meta tag, first in <head>, forbids every load except inline styles and data: images and fonts.
 *
 * The extension makes no network request of its own (README, Permissions): a saved page still names its site's
 * images, stylesheets and fonts by http address. The CSP blocks them all; what CSP does not govern is removed:
 * <link> (dns-prefetch, preconnect), <meta http-equiv=refresh> (it would navigate the frame) and the page's <base>.
 * And so is every address an element would load (src, srcset, poster, background …) unless it is a data: URL: in
 * Firefox (153 ESR) the CSP meta of a srcdoc document does not stop every image — a responsive image (srcset,
 * <picture><source>) was fetched from its site, and a plain <img src> too when the page was shown again
 * (test/firefox/checker-page.test.ts). Styles' url()s stay to the CSP, which stops them in both browsers.
 */

import { savedFromUrl } from '../../lib/html-bytes.ts';

/** Loads allowed inside the shown page: the page's own inline styles, and images and fonts written into it. */
export const SAVED_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** The iframe's sandbox: the viewer may read its document; the page may run nothing, submit nothing, open nothing. */
export const SAVED_PAGE_SANDBOX = 'allow-same-origin';

export interface PreparedPage {
  /** The document to write into the iframe. */
  html: string;
  /** The address the page was saved from (`<!-- saved from url=(0042)https://… -->`), when the browser noted it. */
  savedFrom?: string;
}

/** Elements that run code, or fetch, or navigate, whatever the CSP says. */
const REMOVED = 'script, noscript, link, base, meta[http-equiv="refresh" i], meta[http-equiv="set-cookie" i]';

/** Attributes that hold a URL: a javascript: one is dropped (inert already without scripts; dropped all the same). */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];

/** Attributes that load what they name as the page is shown (images, frames, media, objects), on any element. */
const LOADING_ATTRIBUTES = ['src', 'lowsrc', 'dynsrc', 'poster', 'data', 'background'];
/**
 * Removed whatever they hold: a srcset lists several addresses (the src beside it stays, if a data: URL), and a
 * nested srcdoc is a whole page of its own, which this function would have to prepare too.
 */
const ALWAYS_REMOVED_ATTRIBUTES = ['srcset', 'imagesrcset', 'srcdoc'];
/** SVG elements load from href (<image>, <use>, <feImage>); an <a> only links. */
const SVG_LOADING_ATTRIBUTES = ['href', 'xlink:href'];
const SVG_NS = 'http://www.w3.org/2000/svg';

export function prepareSavedPage(text: string, parser: DOMParser = new DOMParser()): PreparedPage {
  const doc = parser.parseFromString(text, 'text/html');
  for (const element of [...doc.querySelectorAll(REMOVED)]) element.remove();
  for (const element of doc.querySelectorAll('*')) {
    const svg = element.namespaceURI === SVG_NS && element.localName !== 'a';
    for (const name of element.getAttributeNames()) {
      const lower = name.toLowerCase();
      const value = element.getAttribute(name) ?? '';
      if (lower.startsWith('on')) element.removeAttribute(name);
      else if (URL_ATTRIBUTES.includes(lower) && isScriptUrl(value)) element.removeAttribute(name);
      else if (ALWAYS_REMOVED_ATTRIBUTES.includes(lower)) element.removeAttribute(name);
      else if (LOADING_ATTRIBUTES.includes(lower) && !isDataUrl(value)) element.removeAttribute(name);
      else if (svg && SVG_LOADING_ATTRIBUTES.includes(lower) && !value.trim().startsWith('#') && !isDataUrl(value)) {
        element.removeAttribute(name);
      }
    }
  }
  const csp = doc.createElement('meta');
  csp.setAttribute('http-equiv', 'Content-Security-Policy');
  csp.setAttribute('content', SAVED_PAGE_CSP);
  doc.head.prepend(csp);
  // Relative links resolve against the site the page was saved from, as the CLI resolves them (cli/load-html.ts);
  // without one, against nothing (about:blank), not against the extension page a srcdoc document would inherit.
  // Only a web address: links clicked in the shown page open there in a new tab.
  const noted = savedFromUrl(text);
  const savedFrom = noted && /^https?:/.test(noted) ? noted : undefined;
  const base = doc.createElement('base');
  base.setAttribute('href', savedFrom ?? 'about:blank');
  csp.after(base);
  return { html: doctypeOf(doc) + doc.documentElement.outerHTML, savedFrom };
}

/** A data: URL (what the CSP lets images and fonts load), with the blanks a URL parser skips before the scheme. */
function isDataUrl(value: string): boolean {
  return /^[\u0000-\u0020]*data:/i.test(value);
}

/** `javascript:` in any case, with the blanks and control characters a URL parser skips before the scheme. */
function isScriptUrl(value: string): boolean {
  return /^[\u0000-\u0020]*j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:/i.test(value);
}

/** The page's doctype as written, or none: a page without one (Word's HTML) is laid out in quirks mode, as saved. */
function doctypeOf(doc: Document): string {
  const type = doc.doctype;
  if (!type) return '';
  const publicId = type.publicId ? ` PUBLIC "${type.publicId}"` : '';
  const systemId = type.systemId ? `${type.publicId ? '' : ' SYSTEM'} "${type.systemId}"` : '';
  return `<!DOCTYPE ${type.name}${publicId}${systemId}>`;
}
