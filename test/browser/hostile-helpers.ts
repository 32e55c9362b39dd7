/**
 * Shared by the hostile-page browser tests: the request log that fails a test when the extension asks the network for
 * anything, the engine's own summary (harness.ts: through the service worker, as the popup asks for it), and overlay
 * boxes.
 */
import Decimal from 'decimal.js';
import type { Page } from 'playwright-core';
import type { PageSummary } from '../../components/protocol.ts';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import {
  ensureExtensionBuilt,
  type FixtureServer,
  HOST_SELECTOR,
  type LaunchedBrowser,
  launchChromium,
  type PlainBox,
  startFixtureServer,
} from './harness.ts';

export interface HostileSetup {
  server: FixtureServer;
  browser: LaunchedBrowser;
  requests: RequestLog;
}

/**
 * One Chromium with the extension and one fixture server for the test file, and a check after every test that the
 * extension requested nothing: call at the top of the file; read the fields inside tests (they are set in beforeAll).
 */
export function useHostileSetup(): HostileSetup {
  const setup = {} as HostileSetup;
  beforeAll(async () => {
    const extension = ensureExtensionBuilt();
    setup.server = await startFixtureServer();
    setup.browser = await launchChromium({ extension });
    setup.requests = new RequestLog(setup.browser, setup.server);
  });
  afterAll(async () => {
    await setup.browser?.close();
    await setup.server?.close();
  });
  beforeEach(() => setup.requests.reset());
  afterEach(() => {
    expect(setup.requests.unexpected(), 'requests the extension must not make').toEqual([]);
  });
  return setup;
}

/** Records every request of the browser context; `unexpected()` lists those that are not the test's own pages. */
export class RequestLog {
  private readonly urls: string[] = [];
  private mark = 0;

  constructor(
    private readonly browser: LaunchedBrowser,
    private readonly server: FixtureServer,
  ) {
    browser.context.on('request', (request) => this.urls.push(request.url()));
  }

  /** Forget what came before: called before each test. */
  reset() {
    this.mark = this.urls.length;
  }

  /**
   * Requests since the last reset other than fixture pages from the local server (the page and its frames), the
   * browser's favicon, and the extension's own files. The hostile strings (`<img src=x>`) would request "x".
   */
  unexpected(): string[] {
    return this.urls.slice(this.mark).filter((url) => {
      const u = new URL(url);
      if (u.protocol === 'chrome-extension:') return u.host !== this.browser.extensionId;
      if (u.protocol === 'about:' || u.protocol === 'data:') return false;
      const local = u.hostname.endsWith('.gov.cn') && u.port === String(this.server.port);
      return !(local && /^\/(?:[\w.-]+\.html|favicon\.ico)$/.test(u.pathname));
    });
  }
}

export { engineExport, engineSummary } from './harness.ts';

/** Boxes of the overlay's elements matching `selector`, in viewport coordinates. */
export async function overlayBoxes(page: Page, selector: string): Promise<PlainBox[]> {
  return page.evaluate(
    ({ host, selector }) =>
      [...(document.querySelector(host)?.shadowRoot?.querySelectorAll(selector) ?? [])].map((element) => {
        const r = element.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }),
    { host: HOST_SELECTOR, selector },
  );
}

export async function viewportBox(page: Page, selector: string): Promise<PlainBox> {
  return page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, selector);
}

export function sameBox(a: PlainBox, b: PlainBox, tolerance = 1): boolean {
  return (
    Math.abs(a.x - b.x) <= tolerance &&
    Math.abs(a.y - b.y) <= tolerance &&
    Math.abs(a.width - b.width) <= tolerance &&
    Math.abs(a.height - b.height) <= tolerance
  );
}

/**
 * hostile-huge.html's errors as [rule, stated − expected]: the page's one wrong 项 row (1.00 over 基本 + 项目) and what
 * it does to its 款.
 */
export function wrongSums(summary: PageSummary): [string, string][] {
  return summary.findings
    .filter((f) => f.severity === 'error')
    .map((f) => [f.rule, new Decimal(f.stated!).minus(f.expected!).toFixed(2)]);
}
