/**
 * HTML-safe text. Page text is hostile (a cell may hold `<script>` or `" onmouseover=`), so everything we put into
 * the evidence page goes through here: the five characters that HTML gives meaning to are escaped, in text and in
 * attribute values alike, and line breaks become <br>.
 */

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_SPECIAL[c]);
}

/** Escaped text with its line breaks shown. */
export function htmlLines(text: string): string {
  return escapeHtml(text).replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>');
}

/** A link for an http(s) address, plain text for anything else (javascript:, data: …). */
export function htmlLink(url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(url)}</a>` : escapeHtml(url);
}
