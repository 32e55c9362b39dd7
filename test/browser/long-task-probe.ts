/**
 * Measuring the extension's long tasks from the page (the long-task test and `npm run bench`): a PerformanceObserver
 * for 'longtask' installed before the page's own scripts, and the time the first mark appears.
 *
 * A long task cannot say whose it was. Those counted as the extension's overlap the stretch from the gate passing
 * (document_idle: the page is parsed and its scripts have run) to the first mark drawn, in which the extension
 * loads its engine, checks and draws; the summary gives those times on the page's clock. One task of the page's own
 * can fall in that stretch: its first layout and paint, which Chromium often runs after document_idle (a trace of
 * seed 002: a 100–170 ms Layout, 130–210 ms before the engine arrives). The task in which the first paint happened is
 * left out. Besides that these pages run nothing of their own but a 50 ms timer, so a page task counted would count
 * against the extension, never for it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { PageSummary } from '../../components/protocol.ts';
import { SEEDS, type Seed, STYLES } from '../helpers/seed-fixtures.ts';
import { engineSummary, HOST_SELECTOR, type LaunchedBrowser, waitForMarks } from './harness.ts';

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

/**
 * Installed before the page's scripts: records long tasks and when the first mark was drawn. A string, not a
 * function: a loader that keeps function names (tsx, for `npm run bench`) would put its own helper into the function's
 * source, which the page does not have.
 */
const OBSERVE = `
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
(function poll() {
  const host = document.querySelector(${JSON.stringify(HOST_SELECTOR)});
  if (host && host.shadowRoot && host.shadowRoot.querySelector('.bc-mark, .bc-dot, .bc-badge')) window.__markedAt = performance.now();
  else requestAnimationFrame(poll);
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

/** The long tasks from the gate passing to the first mark drawn, but the page's own first layout and paint. */
export function extensionTasks(summary: PageSummary, times: Timeline): LongTask[] {
  const from = summary.gatePassedAt ?? summary.checkedFrom!;
  const to = Math.max(summary.checkedTo!, times.markedAt);
  const paint = times.firstPaint;
  const pagesFirstPaint = (task: LongTask) => paint !== undefined && task.start <= paint && paint <= task.start + task.duration;
  return times.longTasks.filter((task) => task.start < to && task.start + task.duration > from && !pagesFirstPaint(task));
}

/** From the gate passing (document_idle) to the first mark drawn, in ms. */
export function marksAfterIdle(summary: PageSummary, times: Timeline): number {
  return times.markedAt - summary.gatePassedAt!;
}

/** Loads a page with the probe, waits for its marks, and reads the engine's summary and the page's long tasks. */
export async function loadProbed(browser: LaunchedBrowser, url: string): Promise<{ page: Page; summary: PageSummary; times: Timeline }> {
  const page = await probePage(browser.context);
  await page.goto(url);
  await waitForMarks(page, '.bc-mark, .bc-dot, .bc-badge', 60_000);
  const summary = await engineSummary(browser, page);
  // A long task is reported once it has ended: give the observer a moment after the last slice.
  await page.waitForTimeout(300);
  return { page, summary, times: await timeline(page) };
}
