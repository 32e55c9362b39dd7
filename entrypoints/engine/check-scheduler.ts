/**
 * Runs the page's check in slices. The engine's steps (lib/engine.ts `analyzeSteps`) pause after each table, each
 * reading tried and each rule, and inside the long loops over a big table's rows; a slice runs steps until SLICE_MS
 * have passed, then gives the page its turn (yield-to-page.ts). So a 50,000-cell table no longer freezes the page
 * for the whole check, only for the longest single step.
 *
 * Re-runs: a check asked for while one is running (the page changed its tables again) abandons the running one at
 * its next pause and starts over on the page as it now is; only a check that ran to the end is published. The
 * result of each finished check goes to `onResult`, errors included (a page the engine cannot read says so in the
 * popup and never breaks the page).
 */
import { readDocumentSteps } from '../../lib/dom/read-document.ts';
import { analyzeSteps } from '../../lib/engine.ts';
import type { RawDocument, Report } from '../../lib/model.ts';
import type { Steps } from '../../lib/steps.ts';
import type { CheckResult } from './findings-store.ts';
import { yieldToPage } from './yield-to-page.ts';

/** How long a slice runs before the page gets its turn; a step that starts inside the budget runs to its end. */
export const SLICE_MS = 8;

export interface SchedulerOptions {
  onResult(result: CheckResult): void;
  /** The clock (tests); performance.now by default. */
  now?: () => number;
  /** How the page gets its turn (tests); yieldToPage by default. */
  yieldNow?: () => Promise<void>;
}

export class CheckScheduler {
  private readonly doc: Document;
  private readonly options: SchedulerOptions;
  private running: Promise<void> | undefined;
  /** A check was asked for while one was running: the running one is stale. */
  private again = false;
  private stopped = false;

  constructor(doc: Document, options: SchedulerOptions) {
    this.doc = doc;
    this.options = options;
  }

  /** Checks the page; resolves once a check of the page as it is now has been published. */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    // Started a microtask later, so that `running` is set before any of the check runs: a run asked for from inside
    // the first slice joins this one.
    this.running = Promise.resolve()
      .then(() => this.loop())
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      const result = await this.checkOnce();
      if (result && !this.again && !this.stopped) this.options.onResult(result);
    } while (this.again && !this.stopped);
  }

  stop(): void {
    this.stopped = true;
  }

  /** One check in slices; undefined when it was abandoned (stale, or the checker stopped). */
  private async checkOnce(): Promise<CheckResult | undefined> {
    const now = this.options.now ?? (() => performance.now());
    const yieldNow = this.options.yieldNow ?? yieldToPage;
    let busyMs = 0;
    let longestSliceMs = 0;
    let slices = 1;
    const startedAt = now();
    let sliceStart = startedAt;
    const endSlice = () => {
      const spent = now() - sliceStart;
      busyMs += spent;
      longestSliceMs = Math.max(longestSliceMs, spent);
    };
    const timing = () => ({ busyMs, longestSliceMs, slices, startedAt, endedAt: now() });
    try {
      const steps = checkSteps(this.doc);
      let result: { raw: RawDocument; report: Report } | undefined;
      for (;;) {
        const next = steps.next();
        if (next.done) {
          result = next.value;
          break;
        }
        if (now() - sliceStart < SLICE_MS) continue;
        endSlice();
        await yieldNow();
        if (this.again || this.stopped) return undefined;
        slices += 1;
        sliceStart = now();
      }
      endSlice();
      return { ...result, ...timing() };
    } catch (error) {
      console.warn('Budget Check:', error);
      endSlice();
      return { error: error instanceof Error ? error.message : String(error), ...timing() };
    }
  }
}

/** Reading the page and checking it, as one run of steps. */
function* checkSteps(doc: Document): Steps<{ raw: RawDocument; report: Report }> {
  const raw = yield* readDocumentSteps(doc, { url: doc.location?.href });
  return { raw, report: yield* analyzeSteps(raw) };
}
