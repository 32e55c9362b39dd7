/**
 * The content script: runs on every *.gov.cn page (the only host the extension asks for) and stays tiny — the gate
 * (./gate.ts), then one message to the background, which checks the site's auto-run setting and injects the engine.
 *
 * It is built as an unlisted script and declared in the manifest by wxt.config.ts, not as a WXT content script:
 * WXT's content-script wrapper creates a ContentScriptContext that pulls in webextension-polyfill (~10 kB), which
 * every page of every government site would then parse. For the same reason it calls the bare `chrome` namespace
 * (Chrome, and Firefox, which exposes `chrome` too) for its single message.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageLooksLikeDisclosure } from './gate.ts';

interface ChromeRuntimeLike {
  runtime?: { sendMessage?: (message: unknown) => unknown };
}

export default defineUnlistedScript(() => {
  if (!pageLooksLikeDisclosure(document)) return;
  const ext = (globalThis as { chrome?: ChromeRuntimeLike }).chrome;
  try {
    // Fire and forget: the reply does not matter, and a rejected promise must not reach the page's console.
    const sent = ext?.runtime?.sendMessage?.({ type: 'gate-passed' });
    if (sent && typeof (sent as Promise<unknown>).catch === 'function') (sent as Promise<unknown>).catch(() => {});
  } catch {
    // The extension was reloaded while the page stayed open: nothing to do.
  }
});
