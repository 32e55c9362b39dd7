/**
 * Keeps the marks in step with the page without polling:
 * - scroll (any scroller, capture phase), resize, visual-viewport resize (pinch zoom), ResizeObserver on the tables
 *   and the body (fonts loading, images, zoom), tab becoming visible → `onLayout`, which the controller batches into
 *   one animation frame;
 * - MutationObserver on the whole document → its callback notes whether the records touch a table or a marked
 *   text (reading nothing but the records: no layout, no text) and keeps no record; after a quiet spell (DEBOUNCE_MS,
 *   at most MAX_WAIT_MS after the first record) the batch either re-runs the checks (→ `onContentChange`) or only
 *   re-positions the marks (→ `onLayout`).
 *
 * Records are not kept until the flush: a record holds the nodes it removed, so a page that rebuilds its table every
 * 100 ms would keep up to 15 dead tables alive between two flushes (test/browser/hostile-load.test.ts counts DOM
 * nodes). Once a batch is known to touch content, later records are not even looked at.
 */

export const DEBOUNCE_MS = 250;
export const MAX_WAIT_MS = 1500;

export interface WatchCallbacks {
  onLayout(): void;
  onContentChange(): void;
  /** Elements whose change means the checks must re-run: the marked prose blocks. */
  watchedElements(): Iterable<Element>;
  /** The overlay host: changes inside it (or it being added) are ours, not the page's. */
  ownHost(): Element;
}

function isTableNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  return element.nodeName === 'TABLE' || element.nodeName === 'TR' || element.querySelector('table') !== null;
}

/**
 * A marked element detached by a change whose record did not mention it (an ancestor replaced). Asked at the flush,
 * once the batch is over: a sentence detached and put back within the batch is still in place.
 */
export function watchedDetached(watched: Iterable<Element>): boolean {
  for (const element of watched) if (!element.isConnected) return true;
  return false;
}

/** Does one of these records itself touch a table or a marked prose block? Asked as the records arrive. */
export function recordsTouchContent(
  records: readonly MutationRecord[],
  watchedList: readonly Element[],
  ownHost: Element,
): boolean {
  for (const record of records) {
    const target = record.target;
    if (target === ownHost) continue;
    const element = target.nodeType === 1 ? (target as Element) : target.parentElement;
    if (element?.closest('table')) return true;
    for (const node of record.addedNodes) if (node !== ownHost && isTableNode(node)) return true;
    for (const node of record.removedNodes) if (node !== ownHost && isTableNode(node)) return true;
    if (element && watchedList.some((w) => w.contains(element))) return true;
  }
  return false;
}

export class PageWatch {
  private readonly doc: Document;
  private readonly callbacks: WatchCallbacks;
  private readonly mutations: MutationObserver;
  private readonly resizes: ResizeObserver | null;
  /** Records arrived since the last flush. */
  private pending = false;
  /** One of them touched a table or a marked text: the flush re-runs the checks. */
  private touched = false;
  private debounceTimer = 0;
  private firstQueuedAt = 0;
  private readonly onLayoutEvent = () => this.callbacks.onLayout();
  private readonly onVisibility = () => {
    if (!this.doc.hidden) this.callbacks.onLayout();
  };

  constructor(doc: Document, callbacks: WatchCallbacks) {
    this.doc = doc;
    this.callbacks = callbacks;
    const view = doc.defaultView!;
    this.mutations = new MutationObserver((records) => this.enqueue(records));
    this.mutations.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(this.onLayoutEvent) : null;
    if (doc.body) this.resizes?.observe(doc.body);
    view.addEventListener('scroll', this.onLayoutEvent, { capture: true, passive: true });
    view.addEventListener('resize', this.onLayoutEvent, { passive: true });
    view.visualViewport?.addEventListener('resize', this.onLayoutEvent, { passive: true });
    doc.addEventListener('visibilitychange', this.onVisibility);
  }

  /** Tables (re)found by a run: their size changes move the marks. */
  observeSizes(elements: Iterable<Element>) {
    if (!this.resizes) return;
    this.resizes.disconnect();
    if (this.doc.body) this.resizes.observe(this.doc.body);
    for (const element of elements) this.resizes.observe(element);
  }

  private enqueue(records: MutationRecord[]) {
    this.pending = true;
    if (!this.touched) this.touched = recordsTouchContent(records, [...this.callbacks.watchedElements()], this.callbacks.ownHost());
    const now = Date.now();
    if (!this.firstQueuedAt) this.firstQueuedAt = now;
    clearTimeout(this.debounceTimer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstQueuedAt + MAX_WAIT_MS - now));
    this.debounceTimer = setTimeout(() => this.flush(), wait) as unknown as number;
  }

  private flush() {
    const touched = this.touched;
    const pending = this.pending;
    this.pending = false;
    this.touched = false;
    this.firstQueuedAt = 0;
    if (!pending) return;
    if (touched || watchedDetached(this.callbacks.watchedElements())) {
      this.callbacks.onContentChange();
    } else {
      this.callbacks.onLayout();
    }
  }

  stop() {
    const view = this.doc.defaultView;
    this.mutations.disconnect();
    this.resizes?.disconnect();
    clearTimeout(this.debounceTimer);
    view?.removeEventListener('scroll', this.onLayoutEvent, { capture: true });
    view?.removeEventListener('resize', this.onLayoutEvent);
    view?.visualViewport?.removeEventListener('resize', this.onLayoutEvent);
    this.doc.removeEventListener('visibilitychange', this.onVisibility);
  }
}
