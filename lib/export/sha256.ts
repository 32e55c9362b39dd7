/**
 * SHA-256 of the page text, so that a reporter can show later that the evidence describes the page as it was.
 * Uses Web Crypto (crypto.subtle), present in Node 20 and in browsers — but only in secure contexts: on an http://
 * page a content script has no crypto.subtle, so hash in the extension's own pages or background, where it exists.
 */

/** SHA-256 as lowercase hex, of a text's UTF-8 bytes or of raw bytes (a saved file). */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new Error('无法计算 SHA-256：此环境没有 crypto.subtle（http 页面中的脚本没有）/ crypto.subtle is unavailable here (not a secure context)');
  }
  // Copied into a fresh ArrayBuffer: digest() does not take views of a SharedArrayBuffer.
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
  const digest = await subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
