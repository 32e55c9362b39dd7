/**
 * Export files cross a message channel as text or base64 (ExportFile) and are saved with a Blob and an <a download>
 * click: no `downloads` permission, and nothing is sent anywhere. The popup saves in its own document; the overlay
 * saves from inside its shadow root, so nothing is added to the page's DOM.
 */
import type { ExportFile } from './protocol.ts';

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Bytes of an ExportFile, for a Blob. */
export function exportFileBytes(file: ExportFile): Uint8Array {
  if (file.base64 !== undefined) return base64ToBytes(file.base64);
  return new TextEncoder().encode(file.text ?? '');
}

/** Saves the file through a temporary link appended to `container` (a node the extension owns). */
export function saveExportFile(file: ExportFile, container: Node & ParentNode, doc: Document = document): void {
  const bytes = exportFileBytes(file);
  const blob = new Blob([bytes as BlobPart], { type: file.mime });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.style.display = 'none';
  container.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: the download may still be reading the blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
