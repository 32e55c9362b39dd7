/**
 * Measuring the extension's long tasks from the page (the long-task test and `npm run bench`): a PerformanceObserver
 * for 'longtask' installed before the page's own scripts, and the time the first mark appears.
 *
 * A long task cannot say whose it was. Those counted as the extension's fall in the stretch from the gate passing
 * (document_idle: the page is parsed and its scripts have run) to the first mark drawn, in which the extension loads
 * its engine, checks and draws; the summary gives those times on the page's clock, and extensionTasks says which
 * tasks of the stretch can be the extension's. The page's own first layout and paint often fall in it too: Chromium
 * often runs them after document_idle (a trace of seed 002: a 100–170 ms Layout, 130–210 ms before the engine
 * arrives). Besides that these pages run nothing of their own but a 50 ms timer, so a page task counted would count
 * against the extension, never for it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { PageSummary } from '../../components/protocol.ts';
import { SEEDS, type Seed, STYLES } from '../helpers/seed-fixtures.ts';
import { engineSummary, HOST_SELECTOR, type LaunchedBrowser, settle } from './harness.ts';

/** The nine seed pages, with their seed: three disclosures in three markups. */
export const SEED_PAGES: [Seed, string][] = SEEDS.flatMap((seed) => STYLES.map((style): [Seed, string] => [seed, `${seed}.${style}.html`]));

export interface LongTask {
  start: number;
  duration: number;
}

export interface Timeline {
  longTasks: LongTask[];
  domContentLoaded: number;
  /** The page's first paint (or undefined before it). */
  firstPaint?: number;
  markedAt: number;
}

/** Logged by the probe once the first mark is on screen: the harness waits for it without running script in the page. */
const MARKED_SIGNAL = '__budget_check_probe_marked';

/**
 * Installed before the page's scripts: records long tasks and when the first mark was on screen. A string, not a
 * function: a loader that keeps function names (tsx, for `npm run bench`) would put its own helper into the function's
 * source, which the page does not have.
 *
 * When the first mark is on screen: the overlay's first mark enters its shadow root (seen by a MutationObserver, in
 * the same turn); the next frame lays it out and paints it, after its animation-frame callbacks. So the time is taken
 * in the first task after that frame's callbacks (a MessageChannel message sent from one): the frame with the marks
 * has been laid out, painted and handed to the compositor. (Polling once per animation frame instead could add a
 * frame: a mark drawn in a frame callback asked for after the poll's was seen one frame late.)
 */
const OBSERVE = `
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
(function () {
  const MARKS = '.bc-mark, .bc-dot, .bc-badge';
  const marked = () => {
    if (window.__markInserted !== undefined) return;
    window.__markInserted = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.__markedAt = performance.now();
        console.debug(${JSON.stringify(MARKED_SIGNAL)});
      };
      channel.port2.postMessage(0);
    });
  };
  const watchShadow = (host) => {
    if (!host.shadowRoot) return;
    if (host.shadowRoot.querySelector(MARKS)) return marked();
    const inside = new MutationObserver(() => {
      if (host.shadowRoot.querySelector(MARKS)) { inside.disconnect(); marked(); }
    });
    inside.observe(host.shadowRoot, { childList: true, subtree: true });
  };
  // The host is a child of <html> (overlay-host.ts): watch <html>'s children only, not the page's whole tree.
  const outside = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.nodeType === 1 && node.matches(${JSON.stringify(HOST_SELECTOR)})) { outside.disconnect(); watchShadow(node); return; }
    }
  });
  const watchRoot = () => outside.observe(document.documentElement, { childList: true });
  if (document.documentElement) watchRoot();
  else new MutationObserver((_, self) => { if (document.documentElement) { self.disconnect(); watchRoot(); } }).observe(document, { childList: true });
})();
`;

export async function probePage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: OBSERVE });
  return page;
}

export async function timeline(page: Page): Promise<Timeline> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: LongTask[]; __markedAt: number };
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const firstPaint = performance.getEntriesByType('paint').find((entry) => entry.name === 'first-paint')?.startTime;
    return {
      longTasks: w.__longTasks,
      domContentLoaded: navigation.domContentLoadedEventEnd,
      firstPaint,
      markedAt: w.__markedAt,
    };
  });
}

/**
 * The long tasks from the gate passing to the first mark drawn that can be the extension's: the gate's own task,
 * and every task from the engine script's evaluation on (the task that ran it ends at or after engineLoadedAt).
 * Between the two the extension runs nothing in the page: the background checks the site's setting and asks the
 * browser to inject the engine, while the page goes on with its own work (its first layout, when document_idle came
 * before it). Of those, the task of the page's first paint is left out.
 */
export function extensionTasks(summary: PageSummary, times: Timeline): LongTask[] {
  const gate = summary.gatePassedAt ?? summary.checkedFrom!;
  const engine = summary.engineLoadedAt ?? gate;
  const to = Math.max(summary.checkedTo!, times.markedAt);
  const paint = times.firstPaint;
  const covers = (task: LongTask, at: number) => task.start <= at && at <= task.start + task.duration;
  const pagesFirstPaint = (task: LongTask) => paint !== undefined && covers(task, paint);
  return times.longTasks.filter(
    (task) => (covers(task, gate) || (task.start < to && task.start + task.duration >= engine)) && !pagesFirstPaint(task),
  );
}

/** From the gate passing (document_idle) to the first mark drawn, in ms. */
export function marksAfterIdle(summary: PageSummary, times: Timeline): number {
  return times.markedAt - summary.gatePassedAt!;
}

/** Loads a page with the probe, waits for its marks, and reads the engine's summary and the page's long tasks. */
export async function loadProbed(browser: LaunchedBrowser, url: string): Promise<{ page: Page; summary: PageSummary; times: Timeline }> {
  const page = await probePage(browser.context);
  // The probe's console message, not a poll: any wait that runs script in the page (Playwright's selector or function
  // polling) adds its own tasks to the stretch measured — its first call evaluates Playwright's injected script, 6–9 ms
  // in a trace, which could land between the marks' frame and the probe's timestamp. A console message reaches the
  // harness through the protocol alone.
  const marked = page.waitForEvent('console', { predicate: (message) => message.text() === MARKED_SIGNAL, timeout: 60_000 });
  await page.goto(url);
  await marked;
  await settle(page);
  const summary = await engineSummary(browser, page);
  // A long task is reported once it has ended: give the observer a moment after the last slice.
  await page.waitForTimeout(300);
  return { page, summary, times: await timeline(page) };
}
