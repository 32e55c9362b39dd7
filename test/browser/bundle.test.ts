/**
 * The built extension, read as files: the manifest asks for the minimal permissions (README.md, Permissions), the script
 * that runs on every *.gov.cn page stays tiny, and no bundle holds a network API.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureExtensionBuilt } from './harness.ts';

let dir: string;

beforeAll(() => {
  dir = ensureExtensionBuilt();
});

function scripts(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return scripts(full);
    return /\.m?js$/.test(name) ? [full] : [];
  });
}

describe('the built Chrome extension', () => {
  it('asks only for activeTab, scripting, contextMenus, storage and *.gov.cn, other sites one at a time later', () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions).toEqual(['*://*.gov.cn/*']);
    // Optional: nothing is granted at install. The PDF viewer asks for one site (http://example.org/*) when the user
    // clicks to check a PDF there (README.md, Permissions); no optional API permission.
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    // The gate alone: no stylesheet with it. The underline sheet declared here made Chromium style every element of
    // every *.gov.cn page for its ::highlight()s: 45 ms more (221 → 270 ms) on a 45,000-element page with no budget.
    expect(manifest.content_scripts).toEqual([
      { matches: ['*://*.gov.cn/*'], js: ['gate.js'], run_at: 'document_idle' },
    ]);
    // The engine is injected by the extension itself; no page may load any of its files.
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('keeps the script that runs on every government page under 15 kB', () => {
    const size = statSync(path.join(dir, 'gate.js')).size;
    expect(size).toBeLessThan(15_000);
  });

  it('keeps the XLSX writer out of the engine: it is loaded into a page only for a workbook', () => {
    const engine = readFileSync(path.join(dir, 'engine.js'), 'utf8');
    const writer = readFileSync(path.join(dir, 'xlsx-writer.js'), 'utf8');
    // The part of every .xlsx that only the writer names (test/browser/exports check the files themselves).
    expect(writer).toContain('sharedStrings.xml');
    expect(engine).not.toContain('sharedStrings.xml');
    expect(statSync(path.join(dir, 'engine.js')).size).toBeLessThan(300_000);
  });

  it('contains no network API in any bundle but the PDF viewer’s, which no other page loads', () => {
    const network = /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource|importScripts\(/;
    const offenders = scripts(dir)
      .filter((file) => network.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(dir, file));
    // The PDF viewer page downloads the one PDF the user opened it on (?file=) and reads its bundled CMaps; pdf.js
    // and its worker hold fetch for that. test/pdf/pdf-viewer.test.ts logs the viewer's requests and allows only
    // those two kinds. Every other script — gate, engine, background, popup — must have no network API at all.
    const viewer = readFileSync(path.join(dir, 'pdf-viewer.html'), 'utf8');
    const viewerChunk = /src="\/(chunks\/pdf-viewer-[\w-]+\.js)"/.exec(viewer)?.[1];
    expect(viewerChunk).toBeDefined();
    const worker = offenders.find((file) => /^assets\/pdf\.worker[\w.-]*\.mjs$/.test(file));
    expect(offenders.sort()).toEqual([worker, viewerChunk].sort());
    // …and no other page or script pulls the viewer's code in.
    const others = scripts(dir).filter((file) => !offenders.includes(path.relative(dir, file)));
    for (const file of [...others, path.join(dir, 'popup.html'), path.join(dir, 'manifest.json')]) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes(path.basename(viewerChunk ?? '')), file).toBe(false);
      expect(text.includes('pdf.worker'), file).toBe(false);
    }
  });
});
