/**
 * What kind of element a tag is, for reading a page's text in order. Only names and attributes are read: no layout,
 * no getComputedStyle (this runs inside the page being checked).
 */

/** Never reader-visible text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'select',
  'textarea',
  'button',
]);

/** Elements that start and end a line of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/** Lower-case local name: HTML documents report upper-case tagName, XHTML and linkedom's Word namespaces differ. */
export function tagOf(el: Element): string {
  return (el.localName ?? el.tagName ?? '').toLowerCase();
}

/**
 * Hidden without layout reads: the `hidden` attribute, or an inline display:none. Word marks hidden text with
 * `mso-hide:all` (bookmarks, field codes), which browsers also leave out.
 */
export function isHidden(el: Element): boolean {
  // Most elements of a page have no attribute at all: one call instead of two lookups by name.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|mso-hide\s*:\s*all/i.test(style);
}
