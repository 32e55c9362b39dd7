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
import { type BackgroundMessage, ENGINE_GLOBAL, GATE_PASSED_AT } from '../../components/protocol.ts';
import { pageLooksLikeDisclosure, titleMentionsBudget } from './gate.ts';

interface ChromeRuntimeLike {
  runtime?: { sendMessage?: (message: unknown) => unknown };
}

/** Unified disclosure platforms often render the article by script after load: one look then, one 2 s later. */
const LATE_LOOK_MS = 2000;

function notifyBackground() {
  const ext = (globalThis as { chrome?: ChromeRuntimeLike }).chrome;
  try {
    // Fire and forget: the reply does not matter, and a rejected promise must not reach the page's console.
    const message: BackgroundMessage = { type: 'gate-passed', engineLoaded: ENGINE_GLOBAL in globalThis };
    const sent = ext?.runtime?.sendMessage?.(message);
    if (sent && typeof (sent as Promise<unknown>).catch === 'function') (sent as Promise<unknown>).catch(() => {});
  } catch {
    // The extension was reloaded while the page stayed open: nothing to do.
  }
}

function look(): boolean {
  if (!pageLooksLikeDisclosure(document)) return false;
  (globalThis as Record<string, unknown>)[GATE_PASSED_AT] ??= performance.now();
  notifyBackground();
  return true;
}

export default defineUnlistedScript(() => {
  if (look() || !titleMentionsBudget(document)) return;
  // The title says 预算/决算 but the text does not show a table yet. Two more looks, no more: no polling.
  const lateLook = () => {
    if (!look()) setTimeout(look, LATE_LOOK_MS);
  };
  if (document.readyState === 'complete') setTimeout(look, LATE_LOOK_MS);
  else addEventListener('load', lateLook, { once: true });
});
