/**
 * The text of a saved web page from its bytes, in the page's own encoding: one decoder for the CLI (cli/load-html.ts)
 * and the extension's checker page (a picked or dropped file). Pure: TextDecoder is in browsers and Node alike.
 *
 * 1. a byte-order mark (Word "Save as HTML" with "Unicode" picked writes UTF-16LE with a BOM);
 * 2. the charset of `<meta charset>` or `<meta http-equiv=Content-Type content="…; charset=…">` in the first bytes
 *    (Chinese government pages and Word on a Chinese Windows write gb2312: decoded as GB18030, the superset of
 *    GB2312 and GBK, as browsers do);
 * 3. UTF-8, or GB18030 when the bytes are not valid UTF-8 (an undeclared GBK page).
 */

/** How many bytes are searched for a meta charset: the HTML spec's prescan reads 1024, old Word headers run longer. */
const PRESCAN_BYTES = 4096;

/** Labels that name GB2312 or GBK (or GB18030 itself): decoded as GB18030. */
const GB_FAMILY = /^(?:gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|gb_2312-80|csgb2312|chinese|iso-ir-58|euc-cn)$/i;

export interface DecodedPage {
  text: string;
  /** The encoding the text was decoded from (for the viewer to show, and for tests). */
  encoding: string;
}

export function decodeHtmlBytes(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
  const declared = declaredCharset(bytes);
  const label = declared ? encodingFor(declared) : undefined;
  if (label) return decode(label, bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return decode('gb18030', bytes);
  }
}

function decode(encoding: string, bytes: Uint8Array): DecodedPage {
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** The charset named by the first meta tag that names one, lower-cased, or undefined. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Meta tags are ASCII; latin1 maps each byte to one character, so nothing is lost before they are found.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  // [^>]* cannot backtrack badly: it stops at the first '>' and the charset pattern runs on one tag at a time.
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(meta);
    if (m) return m[1]!.toLowerCase();
  }
  return undefined;
}

/** The TextDecoder label for a declared charset, or undefined when the browser knows no such encoding. */
function encodingFor(label: string): string | undefined {
  if (GB_FAMILY.test(label)) return 'gb18030';
  // A meta tag readable as ASCII means the page is not UTF-16 (the HTML spec then reads it as UTF-8).
  if (/^utf-?16/i.test(label)) return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/**
 * Browsers mark saved pages with `<!-- saved from url=(0042)https://… -->`: where the page came from, so relative
 * links resolve there. Only http(s) and file addresses are taken (a `javascript:` one is not an address).
 */
export function savedFromUrl(text: string): string | undefined {
  const m = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(text.slice(0, 4096));
  if (!m) return undefined;
  try {
    const url = new URL(m[1] ?? '');
    return ['http:', 'https:', 'file:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
