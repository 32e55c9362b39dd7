/**
 * The marks layer: outlines on wrong cells, underlines and dots on wrong figures in the prose, each table's badge and
 * menu, the open popover, the edge bar, and the 核对 buttons beside PDF links — all drawn in the overlay host's
 * shadow root (overlay-host.ts), never in the page's DOM.
 *
 * One rule: read every box first, then write once (no layout thrashing on pages with hundreds of marks); redraws wait
 * for an animation frame. Prose underlines go in the CSS Custom Highlight registry where the browser has it and the
 * page is not huge (no boxes to keep in place; see HIGHLIGHT_MAX_ELEMENTS), else in overlay boxes.
 */
import { h, render } from 'preact';
import { TABLE_EXPORT_FORMATS } from '../../components/export-file.ts';
import { findingTone } from '../../components/FindingCard.tsx';
import type { Lang } from '../../components/i18n.ts';
import { HIGHLIGHT_ERROR, HIGHLIGHT_NOTE } from '../../components/page-highlight.ts';
import type { FindingsStore } from './findings-store.ts';
import { clippingAncestors, clipRect, type Point, placeFloating, placePopover, type RectLike, toBox } from './layout.ts';
import {
  type BadgeView,
  type CellMarkView,
  type EdgeTick,
  Overlay,
  type OverlayActions,
  type OverlayView,
  type PopoverView,
  type TextMarkView,
} from './overlay.tsx';
import type { OverlayHost } from './overlay-host.ts';
import { PdfLinkLayer } from './pdf-link-layer.ts';
import type { FocusDrawing, PopoverFocus } from './popover-focus.ts';

/** Width kept free beside a table for its badge before the badge moves onto the table's top border. */
const BADGE_ROOM = 132;

/**
 * Above this many elements prose is underlined with overlay boxes, not highlights: the highlight styles are a sheet
 * added to the page, and adding a sheet restyles every element of it (measured in Chromium on the test machine: a
 * 60,000-element page held for 446 ms, some 7 µs an element). The seed and 决算 fixture pages have 1,500–5,600
 * elements, Word exports the most. The sheet is not declared with the gate either, where it would be there before
 * the page is first styled: Chromium then styles every element of every *.gov.cn page for its ::highlight()s, budget
 * or not (a 45,000-element page without one: 45 ms more style, 221 → 270 ms).
 */
export const HIGHLIGHT_MAX_ELEMENTS = 6000;

function highlightApi(): { registry: HighlightRegistry; make: (ranges: Range[]) => Highlight } | null {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: typeof Highlight }).Highlight;
  if (!registry || typeof HighlightCtor !== 'function') return null;
  return { registry, make: (ranges) => new HighlightCtor(...ranges) };
}

export class MarksLayer implements FocusDrawing {
  visible = true;
  lang: Lang;
  /** Absolute document positions of the marks at the last measure, for the edge bar and jumps. */
  markTops = new Map<string, number>();
  private readonly doc: Document;
  private readonly overlay: OverlayHost;
  private readonly store: FindingsStore;
  private readonly focus: PopoverFocus;
  private readonly actions: OverlayActions;
  /** The 核对 buttons beside PDF links, in the overlay under the marks. */
  private readonly pdfLinks: PdfLinkLayer;
  private readonly highlights = highlightApi();
  /** Underlines go in the highlight registry on this page (decided once, when it first has prose to underline). */
  private useHighlights: boolean | undefined;
  private readonly requestSheet: () => void;
  /** Scroll containers around each table / prose block, found once per check. */
  private clipsByElement = new Map<Element, Element[]>();
  private frame = 0;

  /** `requestSheet`: asks for the ::highlight() styles, the first time the page has prose to underline. */
  constructor(
    doc: Document,
    overlay: OverlayHost,
    store: FindingsStore,
    focus: PopoverFocus,
    actions: OverlayActions,
    lang: Lang,
    requestSheet: () => void,
  ) {
    this.doc = doc;
    this.overlay = overlay;
    this.store = store;
    this.focus = focus;
    this.actions = actions;
    this.lang = lang;
    this.requestSheet = requestSheet;
    this.pdfLinks = new PdfLinkLayer(doc, { host: overlay.host, mount: overlay.linksMount });
  }

  get host(): Element {
    return this.overlay.host;
  }

  /**
   * After a new check: find the scroll containers of what is marked, set the underlines, draw. The drawing comes at
   * once, in the check's last turn: waiting for the next animation frame would only hold the marks back (up to a
   * frame, 16 ms), since measuring then drawing is one read phase and one write phase either way. Later redraws
   * (scroll, resize, the popover) wait for a frame, where several are merged.
   */
  prepare(): void {
    this.clipsByElement = new Map();
    for (const { element } of this.store.targets.tables) this.clipsByElement.set(element, clippingAncestors(element));
    for (const mark of this.store.targets.texts) this.clipsByElement.set(mark.element, clippingAncestors(mark.element));
    this.applyHighlights();
    if (!this.doc.hidden) this.measure(); // a hidden tab is drawn when it is shown (page-watch.ts)
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (!visible) this.focus.close();
    this.applyHighlights();
    this.schedule();
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    // Before the first check there is nothing to redraw: the check's own drawing uses the new words.
    if (this.store.runs > 0) this.schedule();
  }

  /** Highlights for this page's underlines, once it has some: where the API exists and the page is small enough. */
  private highlighting(): boolean {
    if (this.useHighlights === undefined && this.store.targets.texts.length > 0) {
      this.useHighlights = this.highlights !== null && this.doc.getElementsByTagName('*').length <= HIGHLIGHT_MAX_ELEMENTS;
      if (this.useHighlights) this.requestSheet();
    }
    return this.useHighlights === true;
  }

  private applyHighlights() {
    const api = this.highlights;
    if (!api || !this.highlighting()) return;
    this.clearHighlights();
    if (!this.visible) return;
    const texts = this.store.targets.texts;
    const errors = texts.filter((mark) => mark.tone === 'error').map((mark) => mark.range);
    const notes = texts.filter((mark) => mark.tone === 'note').map((mark) => mark.range);
    if (errors.length) api.registry.set(HIGHLIGHT_ERROR, api.make(errors));
    if (notes.length) api.registry.set(HIGHLIGHT_NOTE, api.make(notes));
  }

  private clearHighlights() {
    this.highlights?.registry.delete(HIGHLIGHT_ERROR);
    this.highlights?.registry.delete(HIGHLIGHT_NOTE);
  }

  schedule(): void {
    if (this.frame) return;
    if (this.doc.hidden) return; // drawn when the tab becomes visible (page-watch listens)
    this.frame = requestAnimationFrame(() => this.measure());
  }

  /** Reads every box (the marks' and the PDF link buttons'), then renders once. */
  measure(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.overlay.reattach();
    const focus = this.focus;
    // ---- read phase: nothing below writes to the DOM until render().
    const drawPdfLinks = this.pdfLinks.measure();
    const view = this.doc.defaultView!;
    const root = this.doc.documentElement;
    const hostRect = this.overlay.host.getBoundingClientRect();
    const origin: Point = { x: hostRect.left, y: hostRect.top };
    const viewport = { width: root.clientWidth || view.innerWidth, height: view.innerHeight };
    const scrollY = view.scrollY;
    const docHeight = Math.max(root.scrollHeight, this.doc.body?.scrollHeight ?? 0, 1);
    const clipRects = new Map<Element, RectLike[]>();
    const clipsOf = (element: Element): RectLike[] => {
      const key = this.clipOwner(element);
      if (!key) return [];
      let rects = clipRects.get(key);
      if (!rects) {
        rects = (this.clipsByElement.get(key) ?? []).map((clip) => clip.getBoundingClientRect());
        clipRects.set(key, rects);
      }
      return rects;
    };
    const cellRects = this.store.targets.cells.map((mark) =>
      mark.element.isConnected ? clipRect(mark.element.getBoundingClientRect(), clipsOf(mark.element)) : null,
    );
    const textRects = this.store.targets.texts.map((mark) =>
      mark.element.isConnected
        ? [...mark.range.getClientRects()]
            .map((rect) => clipRect(rect, clipsOf(mark.element)))
            .filter((rect): rect is RectLike => rect !== null)
        : [],
    );
    const tableRects = this.store.targets.tables.map((anchor) =>
      anchor.element.isConnected ? anchor.element.getBoundingClientRect() : null,
    );
    const popoverFinding = focus.popover ? this.store.finding(focus.popover.findingId) : undefined;
    const popoverPlace = popoverFinding ? this.store.targets.places.get(popoverFinding.id) : undefined;
    // The cells every finding of the open mark was checked against (a total checked by its column and its row).
    const openMark = popoverPlace?.markKey ? this.store.mark(popoverPlace.markKey) : undefined;
    const relatedElements = new Set<Element>();
    for (const id of openMark?.findingIds ?? []) {
      for (const element of this.store.targets.places.get(id)?.related ?? []) relatedElements.add(element);
    }
    const relatedRects = [...relatedElements]
      .filter((element) => element.isConnected)
      .map((element) => clipRect(element.getBoundingClientRect(), clipsOf(element)))
      .filter((rect): rect is RectLike => rect !== null);

    // ---- compute the view from the rects.
    const openKey = popoverPlace?.markKey;
    const cells: CellMarkView[] = [];
    const markRects = new Map<string, RectLike>();
    this.store.targets.cells.forEach((mark, i) => {
      const rect = cellRects[i];
      if (!rect) return;
      markRects.set(mark.key, rect);
      cells.push({ key: mark.key, box: toBox(rect, origin), tone: mark.tone, open: mark.key === openKey });
    });
    const texts: TextMarkView[] = [];
    const dotSpots = new Set<string>();
    this.store.targets.texts.forEach((mark, i) => {
      const rects = textRects[i]!;
      const last = rects[rects.length - 1];
      if (!last) return;
      markRects.set(mark.key, rects[0]!);
      // Claims ending at the same place would stack their dots: move each later one a dot's width on.
      let dotLeft = last.right + 2;
      while (dotSpots.has(`${Math.round(dotLeft)}:${Math.round(last.top)}`)) dotLeft += 16;
      dotSpots.add(`${Math.round(dotLeft)}:${Math.round(last.top)}`);
      texts.push({
        key: mark.key,
        tone: mark.tone,
        underlines: this.useHighlights
          ? []
          : rects.map((rect) => toBox({ ...rect, top: rect.bottom - 1, bottom: rect.bottom + 1 }, origin)),
        dot: toBox({ left: dotLeft, top: last.top - 7, right: dotLeft + 14, bottom: last.top + 7 }, origin),
      });
    });

    const badges: BadgeView[] = [];
    this.store.targets.tables.forEach((anchor, i) => {
      const rect = tableRects[i];
      const table = this.store.table(anchor.tableId);
      if (!rect || !table || (rect.width === 0 && rect.height === 0)) return;
      // Beside the table's top-right corner when the page leaves room there; otherwise under its bottom-right
      // corner: above a table sits its 单位：万元 line, right-aligned, which a badge must not cover.
      const besideRoom = viewport.width - rect.right;
      const inset = besideRoom < BADGE_ROOM;
      const badgeRect = inset
        ? { left: rect.right, top: rect.bottom + 3, right: rect.right, bottom: rect.bottom + 27 }
        : { left: rect.right + 6, top: rect.top, right: rect.right + 6, bottom: rect.top + 24 };
      const menuOpen = focus.menuTableId === table.id;
      const anchorForMenu = inset
        ? { left: rect.right - 340, top: badgeRect.top, right: rect.right, bottom: badgeRect.bottom }
        : { left: rect.right + 6, top: rect.top, right: rect.right + 6 + BADGE_ROOM, bottom: rect.top + 24 };
      badges.push({
        table,
        box: toBox(badgeRect, origin),
        inset,
        menu: menuOpen ? placeFloating(anchorForMenu, viewport, origin, { width: 340, height: 360 }) : undefined,
        findings: this.store.findingsOfTable(table.id),
      });
    });

    let popover: PopoverView | undefined;
    if (focus.popover && popoverFinding && openKey) {
      const anchorRect = markRects.get(openKey);
      const mark = this.store.mark(openKey);
      if (anchorRect && mark) {
        const findings = [popoverFinding, ...mark.findingIds.filter((id) => id !== popoverFinding.id).map((id) => this.store.finding(id)!)];
        popover = {
          markKey: openKey,
          placement: placePopover(anchorRect, relatedRects, viewport, origin),
          findings: findings.filter(Boolean),
          pinned: focus.popover.pinned,
        };
      }
    }

    const ticks: EdgeTick[] = [];
    let above = 0;
    let below = 0;
    this.markTops = new Map();
    for (const [findingId, place] of this.store.targets.places) {
      const rect = place.markKey ? markRects.get(place.markKey) : undefined;
      const finding = this.store.finding(findingId);
      if (!rect || !finding) continue;
      const y = rect.top + scrollY;
      this.markTops.set(findingId, y);
      if (rect.bottom < 0) above += 1;
      else if (rect.top > viewport.height) below += 1;
      ticks.push({ findingId, tone: findingTone(finding), at: Math.min(1, Math.max(0, y / docHeight)) });
    }

    const overlayView: OverlayView = {
      visible: this.visible,
      lang: this.lang,
      cells,
      texts,
      related: relatedRects.map((rect) => toBox(rect, origin)),
      badges,
      popover,
      above,
      below,
      ticks,
      exportFormats: TABLE_EXPORT_FORMATS,
    };
    // ---- write phase.
    render(h(Overlay, { view: overlayView, actions: this.actions }), this.overlay.mount);
    drawPdfLinks(this.visible);
  }

  /** The element whose clip list applies: the table around a cell, or the prose block itself. */
  private clipOwner(element: Element): Element | undefined {
    if (this.clipsByElement.has(element)) return element;
    const table = element.closest('table');
    if (!table) return undefined;
    for (const owner of this.clipsByElement.keys()) if (owner === table || owner.contains(table)) return owner;
    return undefined;
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.clearHighlights();
    render(null, this.overlay.mount);
    this.pdfLinks.stop();
  }
}
