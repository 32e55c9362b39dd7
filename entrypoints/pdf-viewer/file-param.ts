/**
 * The `?file=` parameter of the viewer page: the address of the PDF to open. The page fetches it itself (the user
 * asked for it by opening the viewer on it), so only http(s) addresses are accepted: not file:, data:, blob:,
 * javascript: or extension pages, which a crafted link could otherwise make the viewer read.
 */
export function pdfUrlFromQuery(search: string): URL | null {
  return pdfUrlsFromQuery(search)[0] ?? null;
}

/** Every `file=` (a page that links a 说明 and its 表格, or two years, opens the viewer on all of them). */
export function pdfUrlsFromQuery(search: string): URL[] {
  const urls: URL[] = [];
  for (const raw of new URLSearchParams(search).getAll('file')) {
    try {
      const url = new URL(raw);
      if (url.protocol === 'http:' || url.protocol === 'https:') urls.push(url);
    } catch {
      // not an address: ignored
    }
  }
  return urls;
}

/** `compare=1`: open in 与上年对比 mode, waiting for the other year's document. */
export function compareFromQuery(search: string): boolean {
  return new URLSearchParams(search).get('compare') === '1';
}

/** A name to show for a PDF: the last part of its path, decoded, or the host. */
export function pdfDisplayName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  if (!last) return url.host;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
