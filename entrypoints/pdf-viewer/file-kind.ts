/**
 * What a file the user picked or dropped is: a PDF, a saved web page, or neither. The name decides first (the
 * file picker's filter and the drop both carry it); a file with a misleading or missing extension is recognised by
 * its first bytes: `%PDF-` for a PDF, markup for a page (after a BOM and blanks).
 */
export type FileKind = 'pdf' | 'page' | 'unknown';

/** What the file picker offers: PDFs and saved pages (.htm is what older Windows and Word write). */
export const ACCEPTED_FILES = 'application/pdf,.pdf,text/html,.html,.htm,.xhtml';

export function fileKind(name: string, mimeType: string, firstBytes: Uint8Array): FileKind {
  if (/\.pdf$/i.test(name) || mimeType === 'application/pdf') return 'pdf';
  if (/\.(?:html?|xhtml)$/i.test(name) || mimeType === 'text/html' || mimeType === 'application/xhtml+xml') return 'page';
  if (startsWithAscii(firstBytes, '%PDF-')) return 'pdf';
  return looksLikeMarkup(firstBytes) ? 'page' : 'unknown';
}

function startsWithAscii(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

/** `<` as the first character after a BOM (UTF-8 or UTF-16 either way) and blanks. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  let i = 0;
  let step = 1;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    // UTF-16: test the byte that carries the ASCII character.
    i = bytes[0] === 0xff ? 2 : 3;
    step = 2;
  }
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i += step;
  return bytes[i] === 0x3c;
}
