import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The extension: a tiny gate on *.gov.cn pages (entrypoints/gate), a background that injects the engine bundle
 * (entrypoints/engine, an unlisted script) only when the gate passes or the user asks, and a Preact popup.
 * Permissions are explained one by one in README.md, Permissions.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the same files are type-checked by the project's plain tsconfig (no .wxt types).
  imports: false,
  // The browser tests build into their own folder, so that a test run never races a developer's `npm run build`.
  outDir: process.env.BUDGET_CHECK_OUT_DIR || '.output',
  vite: () => ({
    plugins: [preact()],
    build: {
      chunkSizeWarningLimit: 1024,
      // Vite's module-preload polyfill fetch()es <link rel=modulepreload> targets: nothing the popup needs, and the
      // extension's bundles should hold no network call at all (test/browser/bundle.test.ts checks).
      modulePreload: { polyfill: false },
    },
  }),
  manifest: ({ browser }) => ({
    name: '预算核对 Budget Check',
    description: '核对政府预决算公开中的表格与数字 · Checks the sums and percentages of Chinese government budget disclosures',
    // Firefox's name for the context-menu permission is `menus`: with `contextMenus` alone, Firefox's content scripts
    // get no menus.getTargetElement, and the engine cannot tell which table was right-clicked (the background then
    // reaches the API as browser.menus).
    permissions: ['activeTab', 'scripting', browser === 'firefox' ? 'menus' : 'contextMenus', 'storage'],
    // Only the content-script gate's sites: the engine is injected there without a click (auto-run). Every other
    // page is reached through activeTab (toolbar button, context menu).
    host_permissions: ['*://*.gov.cn/*'],
    // Asked for one site at a time (e.g. http://example.org/*), never all at once: when the user clicks 核对 beside a
    // PDF outside *.gov.cn, the popup or the PDF viewer requests read access to that PDF's site, so that the viewer
    // can download the one file the user chose. Refused, the viewer offers to open a downloaded copy instead.
    // Firefox's MV2 build lists optional origins among optional_permissions (WXT drops optional_host_permissions).
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '预算核对 Budget Check' },
    // The gate (entrypoints/gate, an unlisted script: see its header for why it is not a WXT content script).
    content_scripts: [{ matches: ['*://*.gov.cn/*'], js: ['gate.js'], run_at: 'document_idle' }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'budget-check@example.org',
              // The CSS Custom Highlight API (the underlines of wrong figures in the text) and
              // data_collection_permissions both arrived in Firefox 140.
              strict_min_version: '140.0',
              // The extension sends nothing anywhere (README.md, Permissions).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
  },
});
