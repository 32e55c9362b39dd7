/**
 * The engine's life in one page, wired from its parts:
 * - check-scheduler.ts reads the page (lib/dom) and runs the checks (lib/engine) in slices, re-running when the
 *   page's tables change (page-watch.ts);
 * - findings-store.ts keeps the last check and finds where each finding sits (mark-targets.ts);
 * - marks-layer.ts measures and draws the marks in the overlay's shadow root (overlay.tsx);
 * - popover-focus.ts follows the pointer, the popup's "show me" and the context menu;
 * - page-messages.ts answers the popup and the background.
 * The page's own DOM is never touched.
 */
import { browser } from 'wxt/browser';
import { type Lang, resolveLang } from '../../components/i18n.ts';
import { ENGINE_LOADED_AT, type EngineRequest, GATE_PASSED_AT, type PageSummary } from '../../components/protocol.ts';
import { loadSettings } from '../../components/settings.ts';
import { CheckScheduler } from './check-scheduler.ts';
import { type CheckResult, FindingsStore } from './findings-store.ts';
import { MarksLayer } from './marks-layer.ts';
import type { OverlayActions } from './overlay.tsx';
import { createOverlayHost, type OverlayHost } from './overlay-host.ts';
import {
  answerRequest,
  exportInputsOf,
  exportToDownload,
  notifyBackground,
  type PageActions,
  requestHighlightSheet,
} from './page-messages.ts';
import { PageWatch } from './page-watch.ts';
import { PopoverFocus } from './popover-focus.ts';

export class PageChecker {
  private readonly doc: Document;
  private readonly overlay: OverlayHost;
  private readonly store = new FindingsStore();
  private readonly focus: PopoverFocus;
  private readonly marks: MarksLayer;
  private readonly scheduler: CheckScheduler;
  private readonly watch: PageWatch;

  constructor(doc: Document, lang: Lang) {
    this.doc = doc;
    this.overlay = createOverlayHost(doc);
    this.focus = new PopoverFocus(doc, this.store, () => this.marks);
    const actions: OverlayActions = {
      openMark: (markKey, pinned) => this.focus.openMark(markKey, pinned),
      closePopover: () => this.focus.closePopover(),
      popoverHovered: (inside) => this.focus.popoverHovered(inside),
      toggleMenu: (tableId) => this.focus.toggleMenu(tableId),
      reveal: (findingId) => {
        this.focus.reveal(findingId);
      },
      jump: (direction) => this.focus.jump(direction),
      exportTable: (tableId, format) => {
        void exportToDownload(() => exportInputsOf(this.store), tableId, format, this.overlay.mount, doc);
      },
    };
    this.marks = new MarksLayer(doc, this.overlay, this.store, this.focus, actions, lang, requestHighlightSheet);
    this.scheduler = new CheckScheduler(doc, { onResult: (result) => this.publish(result) });
    this.watch = new PageWatch(doc, {
      onLayout: () => this.marks.schedule(),
      onContentChange: () => void this.run(),
      watchedElements: () => this.store.targets.texts.map((mark) => mark.element),
      ownHost: () => this.overlay.host,
    });
  }

  /** Checks the page (in slices); resolves once the result is published. */
  run(): Promise<void> {
    return this.scheduler.run();
  }

  private publish(result: CheckResult) {
    this.store.set(result);
    this.focus.prune();
    this.watch.observeSizes(this.store.targets.tables.map((anchor) => anchor.element));
    this.marks.prepare();
    notifyBackground(this.store);
  }

  summary(): PageSummary {
    const summary = this.store.summary(this.doc, { marksVisible: this.marks.visible, lang: this.marks.lang });
    const gatePassedAt = (globalThis as Record<string, unknown>)[GATE_PASSED_AT];
    if (typeof gatePassedAt === 'number') summary.gatePassedAt = gatePassedAt;
    const engineLoadedAt = (globalThis as Record<string, unknown>)[ENGINE_LOADED_AT];
    if (typeof engineLoadedAt === 'number') summary.engineLoadedAt = engineLoadedAt;
    return summary;
  }

  handle(request: EngineRequest): Promise<unknown> {
    const page: PageActions = {
      summary: () => this.summary(),
      rerun: () => this.run(),
      reveal: (findingId) => this.focus.reveal(findingId),
      setVisible: (visible) => this.marks.setVisible(visible),
      focusTable: (targetElementId) => this.focus.focusTable(targetElementId),
      exportInputs: () => exportInputsOf(this.store),
    };
    return answerRequest(page, request);
  }

  setLanguage(lang: Lang) {
    this.marks.setLang(lang);
  }

  destroy(): void {
    this.scheduler.stop();
    this.watch.stop();
    this.focus.destroy();
    this.marks.destroy();
    this.overlay.remove();
  }
}

export async function initialLanguage(): Promise<Lang> {
  try {
    const settings = await loadSettings();
    return resolveLang(settings.language, browser.i18n.getUILanguage());
  } catch {
    return resolveLang('auto', navigator.language);
  }
}
