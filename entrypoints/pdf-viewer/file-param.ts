/**
 * The `?file=` parameter of the viewer page: the address of the PDF to open. The page fetches it itself (the user
 * asked for it by opening the viewer on it), so only http(s) addresses are accepted: not file:, data:, blob:,
 * javascript: or extension pages, which a crafted link could otherwise make the viewer read.
 */
export function pdfUrlFromQuery(search: string): URL | null {
  const raw = new URLSearchParams(search).get('file');
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
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
