/**
 * The engine bundle (/engine.js): an unlisted script, injected into a page's top frame by the background (gate
 * passed, context menu) or the popup (toolbar click), never listed in the manifest, so pages that fail the gate never
 * load it. It runs in the extension's isolated world, keeps one PageChecker per page under a global, and answers the
 * popup's requests. executeScript resolves once the first check has run (the returned promise); the check runs in
 * slices (check-scheduler.ts).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { resolveLang } from '../../components/i18n.ts';
import { ENGINE_GLOBAL, ENGINE_LOADED_AT, isEngineRequest } from '../../components/protocol.ts';
import { normaliseSettings } from '../../components/settings.ts';
import { initialLanguage, PageChecker } from './page-checker.ts';
import { yieldToPage } from './yield-to-page.ts';

export default defineUnlistedScript(() => {
  const scope = globalThis as Record<string, unknown>;
  const existing = scope[ENGINE_GLOBAL] as Promise<PageChecker> | undefined;
  if (existing) return existing.then(() => true);
  scope[ENGINE_LOADED_AT] = performance.now();

  const ready = (async () => {
    // Loading this script (compiling and setting up some 270 kB) is one task already: the checker starts in the next.
    // The check starts then in the browser's language; the user's setting (a storage read) arrives long before the
    // marks are drawn, and only changes their words.
    await yieldToPage();
    const checker = new PageChecker(document, resolveLang('auto', browser.i18n.getUILanguage()));
    const checked = checker.run();
    void initialLanguage().then((lang) => checker.setLanguage(lang));
    await checked;
    return checker;
  })();
  // Set before any await: a second injection racing this one finds it.
  scope[ENGINE_GLOBAL] = ready;

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isEngineRequest(message)) return undefined;
    return ready.then((checker) => checker.handle(message));
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.settings) return;
    const settings = normaliseSettings(changes.settings.newValue);
    void ready.then((checker) => checker.setLanguage(resolveLang(settings.language, browser.i18n.getUILanguage())));
  });
  return ready.then(() => true);
});
