/**
 * User settings, kept in browser.storage.local (never synced: nothing leaves the machine).
 * - language: 'auto' follows the browser's UI language.
 * - autoRun: per site (host name); a site not listed runs automatically when the gate passes.
 */
import { browser } from 'wxt/browser';
import type { LangSetting } from './i18n.ts';

export interface Settings {
  language: LangSetting;
  autoRun: Record<string, boolean>;
}

const KEY = 'settings';

export function normaliseSettings(stored: unknown): Settings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Settings>;
  const language = value.language === 'zh' || value.language === 'en' ? value.language : 'auto';
  const autoRun: Record<string, boolean> = {};
  if (typeof value.autoRun === 'object' && value.autoRun !== null) {
    for (const [host, on] of Object.entries(value.autoRun)) if (typeof on === 'boolean') autoRun[host] = on;
  }
  return { language, autoRun };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return normaliseSettings(stored[KEY]);
}

/**
 * The settings as the background keeps them: read once, then replaced by each change (storage.onChanged), so that a
 * gate's message is answered without a storage read (0.5–12 ms of the way from the gate to the marks, measured). The
 * listener is added at once: a service worker's listeners must be added while it starts.
 */
export function keptSettings(): () => Promise<Settings> {
  let kept: Promise<Settings> | undefined;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[KEY]) kept = Promise.resolve(normaliseSettings(changes[KEY].newValue));
  });
  return () => {
    kept ??= loadSettings().catch((error) => {
      kept = undefined;
      throw error;
    });
    return kept;
  };
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** The host name auto-run is kept under (a page's address → czj.example.gov.cn), or undefined for no address. */
export function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

export function autoRunEnabled(settings: Settings, host: string): boolean {
  return settings.autoRun[host] ?? true;
}
