/**
 * The engine's life in one page: read the page (lib/dom), run the checks (lib/engine), find where each finding
 * sits (mark-targets.ts), draw the marks (overlay.tsx) and keep them in place (page-watch.ts), answer the popup.
 *
 * Drawing follows one rule: read every box first, then write once, in one animation frame (no layout thrashing on
 * pages with hundreds of marks). The page's own DOM is never touched: marks live in the overlay host's shadow root,
 * prose underlines in the CSS Custom Highlight registry (or overlay boxes where it is missing).
 */
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import { findingTone } from '../../components/FindingCard.tsx';
import { saveExportFile } from '../../components/download.ts';
import { buildExportFile, type ExportInputs, TABLE_EXPORT_FORMATS } from '../../components/export-file.ts';
import { type Lang, resolveLang } from '../../components/i18n.ts';
import { HIGHLIGHT_ERROR, HIGHLIGHT_NOTE } from '../../components/page-highlight.ts';
import type {
  BackgroundMessage,
  EngineRequest,
  ExportFormat,
  PageSummary,
  TableSummary,
} from '../../components/protocol.ts';
import { loadSettings } from '../../components/settings.ts';
import { findingsByTable, findingTableId, summariseTables } from '../../components/table-summary.ts';
import { readDocument } from '../../lib/dom/read-document.ts';
import { analyzeDocument } from '../../lib/engine.ts';
import type { Finding, RawDocument, Report } from '../../lib/model.ts';
import {
  clippingAncestors,
  clipRect,
  type Point,
  placeFloating,
  placePopover,
  type RectLike,
  toBox,
} from './layout.ts';
import { buildMarkTargets, type CellMark, type MarkTargets, type TextMark } from './mark-targets.ts';
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
import { createOverlayHost, type OverlayHost } from './overlay-host.ts';
import { PageWatch } from './page-watch.ts';
import { PdfLinkLayer } from './pdf-link-layer.ts';
import { pageText } from './page-text.ts';

const EMPTY_TARGETS: MarkTargets = { cells: [], texts: [], tables: [], places: new Map() };
const HOVER_HIDE_MS = 250;
/** Width kept free beside a table for its badge before the badge moves onto the table's top border. */
const BADGE_ROOM = 132;

interface OpenPopover {
  /** The finding shown first (the one revealed, or the first of the hovered cell). */
  findingId: string;
  pinned: boolean;
}

function highlightApi(): { registry: HighlightRegistry; make: (ranges: Range[]) => Highlight } | null {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: typeof Highlight }).Highlight;
  if (!registry || typeof HighlightCtor !== 'function') return null;
  return { registry, make: (ranges) => new HighlightCtor(...ranges) };
}

export class PageChecker {
  private readonly doc: Document;
  private readonly overlay: OverlayHost;
  /** The 核对 buttons beside PDF links, in the overlay under the marks. */
  private readonly pdfLinks: PdfLinkLayer;
  private readonly watch: PageWatch;
  private readonly highlights = highlightApi();
  private raw: RawDocument | undefined;
  private report: Report | undefined;
  private error: string | undefined;
  private targets: MarkTargets = EMPTY_TARGETS;
  private tableSummaries: TableSummary[] = [];
  private findingsById = new Map<string, Finding>();
  /** The findings listed in each table's badge menu. */
  private findingsByTable = new Map<string, Finding[]>();
  private cellMarkByElement = new Map<Element, CellMark>();
  private markByKey = new Map<string, CellMark | TextMark>();
  /** Scroll containers around each table / prose block, found once per run. */
  private clipsByElement = new Map<Element, Element[]>();
  private visible = true;
  private lang: Lang;
  private popover: OpenPopover | null = null;
  private pointerInPopover = false;
  private hideTimer = 0;
  private menuTableId: string | null = null;
  private frame = 0;
  private runs = 0;
  private elapsedMs = 0;
  /** Absolute document positions of the marks at the last measure, for the edge bar and jumps. */
  private markTops = new Map<string, number>();

  constructor(doc: Document, lang: Lang) {
    this.doc = doc;
    this.lang = lang;
    this.overlay = createOverlayHost(doc);
    this.pdfLinks = new PdfLinkLayer(doc, { host: this.overlay.host, mount: this.overlay.linksMount });
    this.watch = new PageWatch(doc, {
      onLayout: () => this.schedule(),
      onContentChange: () => this.run(),
      watchedElements: () => this.targets.texts.map((mark) => mark.element),
      ownHost: () => this.overlay.host,
    });
    doc.addEventListener('pointerover', this.onPointerOver, { capture: true, passive: true });
    doc.addEventListener('click', this.onClick, { capture: true, passive: true });
    doc.addEventListener('keydown', this.onKeyDown, { capture: true, passive: true });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Analysis

  run(): void {
    const start = performance.now();
    try {
      this.raw = readDocument(this.doc, { url: this.doc.location?.href });
      this.report = analyzeDocument(this.raw);
      this.error = undefined;
    } catch (error) {
      // A page the adapter or a rule cannot handle: say so in the popup, draw nothing, never break the page.
      this.raw = undefined;
      this.report = undefined;
      this.error = error instanceof Error ? error.message : String(error);
      console.warn('Budget Check:', error);
    }
    this.runs += 1;
    const report = this.report;
    const raw = this.raw;
    this.targets = report && raw ? buildMarkTargets(report, raw) : EMPTY_TARGETS;
    this.elapsedMs = performance.now() - start;
    this.findingsById = new Map((report?.findings ?? []).map((f) => [f.id, f]));
    this.findingsByTable = findingsByTable(report?.findings ?? []);
    this.tableSummaries = report ? summariseTables(report) : [];
    this.cellMarkByElement = new Map(this.targets.cells.map((mark) => [mark.element, mark]));
    this.markByKey = new Map<string, CellMark | TextMark>();
    for (const mark of [...this.targets.cells, ...this.targets.texts]) this.markByKey.set(mark.key, mark);
    this.clipsByElement = new Map();
    for (const { element } of this.targets.tables) this.clipsByElement.set(element, clippingAncestors(element));
    for (const mark of this.targets.texts) this.clipsByElement.set(mark.element, clippingAncestors(mark.element));
    if (this.popover && !this.findingsById.has(this.popover.findingId)) this.popover = null;
    if (this.menuTableId && !this.tableSummaries.some((t) => t.id === this.menuTableId)) this.menuTableId = null;
    this.watch.observeSizes(this.targets.tables.map((anchor) => anchor.element));
    this.applyHighlights();
    this.schedule();
    this.notifyBackground();
  }

  summary(): PageSummary {
    const report = this.report;
    // Placed on the page: a marked cell or sentence, or (a note about a whole table) the table's badge.
    const tablesOnPage = new Set(this.targets.tables.map((anchor) => anchor.tableId));
    const located = (report?.findings ?? [])
      .filter((f) => {
        if (this.targets.places.get(f.id)?.markKey) return true;
        const wholeTable = !f.cells.length && !f.textRefs?.length;
        return wholeTable && f.tableId !== undefined && tablesOnPage.has(f.tableId);
      })
      .map((f) => f.id);
    return {
      title: report?.title ?? this.doc.title,
      url: report?.url ?? this.doc.location?.href,
      status: report?.status ?? 'no-tables',
      tables: this.tableSummaries,
      findings: report?.findings ?? [],
      locatedFindingIds: located,
      attachments: report?.attachments ?? [],
      marksVisible: this.visible,
      lang: this.lang,
      elapsedMs: Math.round(this.elapsedMs * 10) / 10,
      runs: this.runs,
      error: this.error,
    };
  }

  private notifyBackground() {
    const findings = this.report?.findings ?? [];
    const errors = findings.filter((f) => f.severity === 'error').length;
    const message: BackgroundMessage = {
      type: 'page-summary-changed',
      errors,
      notes: findings.length - errors,
      status: this.report?.status ?? 'no-tables',
    };
    browser.runtime.sendMessage(message).catch(() => {});
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Requests from the popup and the background

  async handle(request: EngineRequest): Promise<unknown> {
    switch (request.type) {
      case 'get-summary':
        return this.summary();
      case 'rerun':
        this.run();
        return this.summary();
      case 'reveal':
        return this.reveal(request.findingId);
      case 'set-marks-visible':
        this.setVisible(request.visible);
        return this.summary();
      case 'export':
        return buildExportFile(this.exportInputs(), request.format, request.tableId);
      case 'focus-table':
        return this.focusTable(request.targetElementId);
    }
  }

  setLanguage(lang: Lang) {
    this.lang = lang;
    this.schedule();
  }

  setVisible(visible: boolean) {
    this.visible = visible;
    if (!visible) {
      this.popover = null;
      this.menuTableId = null;
    }
    this.applyHighlights();
    this.schedule();
  }

  /** Scrolls the page to a finding and opens its popover (or its table's menu when it has no place of its own). */
  reveal(findingId: string): boolean {
    const finding = this.findingsById.get(findingId);
    if (!finding) return false;
    if (!this.visible) this.setVisible(true);
    const place = this.targets.places.get(findingId);
    const mark = place?.markKey ? this.markByKey.get(place.markKey) : undefined;
    const view = this.doc.defaultView!;
    if (mark && isTextMark(mark)) {
      mark.element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const rect = mark.range.getBoundingClientRect();
      view.scrollBy({ top: rect.top - view.innerHeight / 2, behavior: 'instant' });
    } else if (mark) {
      mark.element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    } else {
      const tableId = findingTableId(finding);
      const anchor = this.targets.tables.find((table) => table.tableId === tableId);
      if (!anchor) return false;
      anchor.element.scrollIntoView({ block: 'start', inline: 'nearest', behavior: 'instant' });
      this.menuTableId = anchor.tableId;
      this.popover = null;
      this.measure();
      return true;
    }
    this.menuTableId = null;
    this.popover = { findingId, pinned: true };
    this.measure();
    return true;
  }

  /** The context menu's "check this table": open the menu of the table under the pointer. */
  private focusTable(targetElementId?: number): boolean {
    let target: Element | null = null;
    const menus = (browser as unknown as { menus?: { getTargetElement?: (id: number) => Element | null } }).menus;
    if (targetElementId !== undefined && menus?.getTargetElement) target = menus.getTargetElement(targetElementId);
    // Chrome names no element; the right-clicked table keeps :hover while the native menu is open.
    if (!target) {
      const hovered = this.doc.querySelectorAll('table:hover');
      target = hovered[hovered.length - 1] ?? null;
    }
    const table = target?.closest('table');
    const anchor = table ? this.targets.tables.find((candidate) => candidate.element.contains(table) || table.contains(candidate.element)) : undefined;
    const chosen = anchor ?? this.targets.tables[0];
    if (!chosen) return false;
    if (!this.visible) this.setVisible(true);
    chosen.element.scrollIntoView({ block: 'start', inline: 'nearest', behavior: 'instant' });
    this.menuTableId = chosen.tableId;
    this.popover = null;
    this.measure();
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Pointer: hovering a marked cell opens its popover; a click pins it. Listeners are passive and never stop or
  // change the page's own handling of the event.

  private readonly onPointerOver = (event: PointerEvent) => {
    if (!this.visible) return;
    const target = event.target as Element | null;
    if (!target || target === this.overlay.host) return;
    const cell = typeof target.closest === 'function' ? target.closest('td, th') : null;
    const mark = cell ? this.cellMarkByElement.get(cell) : undefined;
    if (mark) {
      clearTimeout(this.hideTimer);
      if (!this.popover?.pinned) this.openMark(mark.key, false);
    } else if (this.popover && !this.popover.pinned) {
      this.scheduleHide();
    }
  };

  private readonly onClick = (event: MouseEvent) => {
    const target = event.target as Element | null;
    if (!target || target === this.overlay.host) return;
    const cell = typeof target.closest === 'function' ? target.closest('td, th') : null;
    const mark = cell && this.visible ? this.cellMarkByElement.get(cell) : undefined;
    if (mark) {
      this.openMark(mark.key, true);
    } else if (this.popover || this.menuTableId) {
      this.popover = null;
      this.menuTableId = null;
      this.schedule();
    }
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && (this.popover || this.menuTableId)) {
      this.popover = null;
      this.menuTableId = null;
      this.schedule();
    }
  };

  private scheduleHide() {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (this.popover && !this.popover.pinned && !this.pointerInPopover) {
        this.popover = null;
        this.schedule();
      }
    }, HOVER_HIDE_MS) as unknown as number;
  }

  private openMark(markKey: string, pinned: boolean) {
    const mark = this.markByKey.get(markKey);
    const findingId = mark?.findingIds[0];
    if (!findingId) return;
    clearTimeout(this.hideTimer);
    this.menuTableId = null;
    this.popover = { findingId, pinned: pinned || (this.popover?.pinned ?? false) };
    if (pinned) this.popover.pinned = true;
    this.schedule();
  }

  private readonly actions: OverlayActions = {
    openMark: (markKey, pinned) => this.openMark(markKey, pinned),
    closePopover: () => {
      this.popover = null;
      this.schedule();
    },
    popoverHovered: (inside) => {
      this.pointerInPopover = inside;
      if (inside) clearTimeout(this.hideTimer);
      else if (this.popover && !this.popover.pinned) this.scheduleHide();
    },
    toggleMenu: (tableId) => {
      this.menuTableId = this.menuTableId === tableId ? null : tableId;
      this.popover = null;
      this.schedule();
    },
    reveal: (findingId) => {
      this.reveal(findingId);
    },
    jump: (direction) => this.jump(direction),
    exportTable: (tableId, format) => {
      void this.exportToDownload(tableId, format);
    },
  };

  private exportInputs(): ExportInputs {
    if (!this.report || !this.raw) throw new Error(this.error ?? '本页尚未核对 / the page has not been checked');
    const raw = this.raw;
    return {
      report: this.report,
      pageText: pageText(raw),
      sha256: async (text) => {
        const message: BackgroundMessage = { type: 'sha256', text };
        const hash = await browser.runtime.sendMessage(message);
        if (typeof hash !== 'string') throw new Error('SHA-256 unavailable');
        return hash;
      },
    };
  }

  private async exportToDownload(tableId: string, format: ExportFormat) {
    try {
      const file = await buildExportFile(this.exportInputs(), format, tableId);
      saveExportFile(file, this.overlay.mount, this.doc);
    } catch (error) {
      console.warn('Budget Check: export failed', error);
    }
  }

  /** Scrolls to the nearest finding above or below the viewport (positions from the last measure). */
  private jump(direction: 'up' | 'down') {
    const view = this.doc.defaultView!;
    const top = view.scrollY;
    const bottom = top + view.innerHeight;
    let best: { findingId: string; y: number } | null = null;
    for (const [findingId, y] of this.markTops) {
      if (direction === 'up' ? y < top : y > bottom) {
        if (!best || (direction === 'up' ? y > best.y : y < best.y)) best = { findingId, y };
      }
    }
    if (best) this.reveal(best.findingId);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Prose underlines

  private applyHighlights() {
    const api = this.highlights;
    if (!api) return;
    api.registry.delete(HIGHLIGHT_ERROR);
    api.registry.delete(HIGHLIGHT_NOTE);
    if (!this.visible) return;
    const errors = this.targets.texts.filter((mark) => mark.tone === 'error').map((mark) => mark.range);
    const notes = this.targets.texts.filter((mark) => mark.tone === 'note').map((mark) => mark.range);
    if (errors.length) api.registry.set(HIGHLIGHT_ERROR, api.make(errors));
    if (notes.length) api.registry.set(HIGHLIGHT_NOTE, api.make(notes));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Measure and draw

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
    const cellRects = this.targets.cells.map((mark) =>
      mark.element.isConnected ? clipRect(mark.element.getBoundingClientRect(), clipsOf(mark.element)) : null,
    );
    const textRects = this.targets.texts.map((mark) =>
      mark.element.isConnected
        ? [...mark.range.getClientRects()]
            .map((rect) => clipRect(rect, clipsOf(mark.element)))
            .filter((rect): rect is RectLike => rect !== null)
        : [],
    );
    const tableRects = this.targets.tables.map((anchor) =>
      anchor.element.isConnected ? anchor.element.getBoundingClientRect() : null,
    );
    const popoverFinding = this.popover ? this.findingsById.get(this.popover.findingId) : undefined;
    const popoverPlace = popoverFinding ? this.targets.places.get(popoverFinding.id) : undefined;
    // The cells every finding of the open mark was checked against (a total checked by its column and its row).
    const openMark = popoverPlace?.markKey ? this.markByKey.get(popoverPlace.markKey) : undefined;
    const relatedElements = new Set<Element>();
    for (const id of openMark?.findingIds ?? []) {
      for (const element of this.targets.places.get(id)?.related ?? []) relatedElements.add(element);
    }
    const relatedRects = [...relatedElements]
      .filter((element) => element.isConnected)
      .map((element) => clipRect(element.getBoundingClientRect(), clipsOf(element)))
      .filter((rect): rect is RectLike => rect !== null);

    // ---- compute the view from the rects.
    const openKey = popoverPlace?.markKey;
    const cells: CellMarkView[] = [];
    const markRects = new Map<string, RectLike>();
    this.targets.cells.forEach((mark, i) => {
      const rect = cellRects[i];
      if (!rect) return;
      markRects.set(mark.key, rect);
      cells.push({ key: mark.key, box: toBox(rect, origin), tone: mark.tone, open: mark.key === openKey });
    });
    const texts: TextMarkView[] = [];
    const dotSpots = new Set<string>();
    this.targets.texts.forEach((mark, i) => {
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
        underlines: this.highlights
          ? []
          : rects.map((rect) => toBox({ ...rect, top: rect.bottom - 1, bottom: rect.bottom + 1 }, origin)),
        dot: toBox({ left: dotLeft, top: last.top - 7, right: dotLeft + 14, bottom: last.top + 7 }, origin),
      });
    });

    const badges: BadgeView[] = [];
    this.targets.tables.forEach((anchor, i) => {
      const rect = tableRects[i];
      const table = this.tableSummaries.find((summary) => summary.id === anchor.tableId);
      if (!rect || !table || (rect.width === 0 && rect.height === 0)) return;
      // Beside the table's top-right corner when the page leaves room there; otherwise under its bottom-right
      // corner: above a table sits its 单位：万元 line, right-aligned, which a badge must not cover.
      const besideRoom = viewport.width - rect.right;
      const inset = besideRoom < BADGE_ROOM;
      const badgeRect = inset
        ? { left: rect.right, top: rect.bottom + 3, right: rect.right, bottom: rect.bottom + 27 }
        : { left: rect.right + 6, top: rect.top, right: rect.right + 6, bottom: rect.top + 24 };
      const menuOpen = this.menuTableId === table.id;
      const anchorForMenu = inset
        ? { left: rect.right - 340, top: badgeRect.top, right: rect.right, bottom: badgeRect.bottom }
        : { left: rect.right + 6, top: rect.top, right: rect.right + 6 + BADGE_ROOM, bottom: rect.top + 24 };
      badges.push({
        table,
        box: toBox(badgeRect, origin),
        inset,
        menu: menuOpen ? placeFloating(anchorForMenu, viewport, origin, { width: 340, height: 360 }) : undefined,
        findings: this.findingsByTable.get(table.id) ?? [],
      });
    });

    let popover: PopoverView | undefined;
    if (this.popover && popoverFinding && openKey) {
      const anchorRect = markRects.get(openKey);
      const mark = this.markByKey.get(openKey);
      if (anchorRect && mark) {
        const findings = [popoverFinding, ...mark.findingIds.filter((id) => id !== popoverFinding.id).map((id) => this.findingsById.get(id)!)];
        popover = {
          markKey: openKey,
          placement: placePopover(anchorRect, relatedRects, viewport, origin),
          findings: findings.filter(Boolean),
          pinned: this.popover.pinned,
        };
      }
    }

    const ticks: EdgeTick[] = [];
    let above = 0;
    let below = 0;
    this.markTops = new Map();
    for (const [findingId, place] of this.targets.places) {
      const rect = place.markKey ? markRects.get(place.markKey) : undefined;
      const finding = this.findingsById.get(findingId);
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
    this.watch.stop();
    this.doc.removeEventListener('pointerover', this.onPointerOver, { capture: true });
    this.doc.removeEventListener('click', this.onClick, { capture: true });
    this.doc.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.highlights?.registry.delete(HIGHLIGHT_ERROR);
    this.highlights?.registry.delete(HIGHLIGHT_NOTE);
    render(null, this.overlay.mount);
    this.pdfLinks.stop();
    this.overlay.remove();
  }
}

function isTextMark(mark: CellMark | TextMark): mark is TextMark {
  return (mark as TextMark).range !== undefined;
}

export async function initialLanguage(): Promise<Lang> {
  try {
    const settings = await loadSettings();
    return resolveLang(settings.language, browser.i18n.getUILanguage());
  } catch {
    return resolveLang('auto', navigator.language);
  }
}

