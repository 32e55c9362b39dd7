/**
 * What the reader has opened: a finding's popover (hovered, or pinned by a click) or a table's badge menu, and the
 * moves that open them — the pointer over a marked cell, the popup's "show me" (reveal), the context menu's "check
 * this table" (focusTable), the edge bar's jumps. Holds state and scrolls; the marks layer draws from it.
 *
 * Listeners are passive, in the capture phase, and never stop or change the page's own handling of an event.
 */
import { browser } from 'wxt/browser';
import { findingTableId } from '../../components/table-summary.ts';
import { type FindingsStore, isTextMark } from './findings-store.ts';
import type { CellMark, TableAnchor } from './mark-targets.ts';

const HOVER_HIDE_MS = 250;

export interface OpenPopover {
  /** The finding shown first (the one revealed, or the first of the hovered cell). */
  findingId: string;
  pinned: boolean;
}

/** What focus asks of the marks layer. */
export interface FocusDrawing {
  readonly visible: boolean;
  setVisible(visible: boolean): void;
  /** Redraw at the next animation frame. */
  schedule(): void;
  /** Redraw now (after a scroll the reader asked for: the popover must open where the mark now is). */
  measure(): void;
  /** Absolute document positions of the marks at the last draw, by finding. */
  readonly markTops: ReadonlyMap<string, number>;
  readonly host: Element;
}

export class PopoverFocus {
  popover: OpenPopover | null = null;
  menuTableId: string | null = null;
  private pointerInPopover = false;
  private hideTimer = 0;
  private readonly doc: Document;
  private readonly store: FindingsStore;
  private readonly drawing: () => FocusDrawing;

  /** `drawing` is asked lazily: the marks layer is built after focus, from it. */
  constructor(doc: Document, store: FindingsStore, drawing: () => FocusDrawing) {
    this.doc = doc;
    this.store = store;
    this.drawing = drawing;
    doc.addEventListener('pointerover', this.onPointerOver, { capture: true, passive: true });
    doc.addEventListener('click', this.onClick, { capture: true, passive: true });
    doc.addEventListener('keydown', this.onKeyDown, { capture: true, passive: true });
  }

  /** After a new check: forget a popover or menu whose finding or table is gone. */
  prune(): void {
    if (this.popover && !this.store.finding(this.popover.findingId)) this.popover = null;
    if (this.menuTableId && !this.store.table(this.menuTableId)) this.menuTableId = null;
  }

  close(): void {
    this.popover = null;
    this.menuTableId = null;
  }

  /** Scrolls the page to a finding and opens its popover (or its table's menu when it has no place of its own). */
  reveal(findingId: string): boolean {
    const finding = this.store.finding(findingId);
    if (!finding) return false;
    const mark = this.store.markOf(findingId);
    if (!mark) {
      const tableId = findingTableId(finding);
      const anchor = tableId ? this.store.tableAnchor(tableId) : undefined;
      return anchor ? this.openMenuAt(anchor) : false;
    }
    const drawing = this.shown();
    const view = this.doc.defaultView!;
    if (isTextMark(mark)) {
      mark.element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const rect = mark.range.getBoundingClientRect();
      view.scrollBy({ top: rect.top - view.innerHeight / 2, behavior: 'instant' });
    } else {
      mark.element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    }
    this.menuTableId = null;
    this.popover = { findingId, pinned: true };
    drawing.measure();
    return true;
  }

  /** The context menu's "check this table": open the menu of the table under the pointer. */
  focusTable(targetElementId?: number): boolean {
    let target: Element | null = null;
    const menus = (browser as unknown as { menus?: { getTargetElement?: (id: number) => Element | null } }).menus;
    if (targetElementId !== undefined && menus?.getTargetElement) target = menus.getTargetElement(targetElementId);
    // Chrome names no element; the right-clicked table keeps :hover while the native menu is open.
    if (!target) {
      const hovered = this.doc.querySelectorAll('table:hover');
      target = hovered[hovered.length - 1] ?? null;
    }
    const table = target?.closest('table');
    const tables = this.store.targets.tables;
    const anchor = table ? tables.find((candidate) => candidate.element.contains(table) || table.contains(candidate.element)) : undefined;
    const chosen = anchor ?? tables[0];
    return chosen ? this.openMenuAt(chosen) : false;
  }

  /** Scrolls a table into view and opens its badge menu. */
  private openMenuAt(anchor: TableAnchor): boolean {
    const drawing = this.shown();
    anchor.element.scrollIntoView({ block: 'start', inline: 'nearest', behavior: 'instant' });
    this.menuTableId = anchor.tableId;
    this.popover = null;
    drawing.measure();
    return true;
  }

  /** The marks layer, with the marks switched on (a reader who asks to see a finding wants the marks back). */
  private shown(): FocusDrawing {
    const drawing = this.drawing();
    if (!drawing.visible) drawing.setVisible(true);
    return drawing;
  }

  /** Scrolls to the nearest finding above or below the viewport (positions from the last draw). */
  jump(direction: 'up' | 'down'): void {
    const view = this.doc.defaultView!;
    const top = view.scrollY;
    const bottom = top + view.innerHeight;
    let best: { findingId: string; y: number } | null = null;
    for (const [findingId, y] of this.drawing().markTops) {
      if (direction === 'up' ? y < top : y > bottom) {
        if (!best || (direction === 'up' ? y > best.y : y < best.y)) best = { findingId, y };
      }
    }
    if (best) this.reveal(best.findingId);
  }

  openMark(markKey: string, pinned: boolean): void {
    const findingId = this.store.mark(markKey)?.findingIds[0];
    if (!findingId) return;
    clearTimeout(this.hideTimer);
    this.menuTableId = null;
    this.popover = { findingId, pinned: pinned || (this.popover?.pinned ?? false) };
    this.drawing().schedule();
  }

  closePopover(): void {
    this.popover = null;
    this.drawing().schedule();
  }

  popoverHovered(inside: boolean): void {
    this.pointerInPopover = inside;
    if (inside) clearTimeout(this.hideTimer);
    else if (this.popover && !this.popover.pinned) this.scheduleHide();
  }

  toggleMenu(tableId: string): void {
    this.menuTableId = this.menuTableId === tableId ? null : tableId;
    this.popover = null;
    this.drawing().schedule();
  }

  /** The mark of the table cell an event happened in, if the cell is marked and the marks are shown. */
  private markAt(event: Event): CellMark | undefined {
    const drawing = this.drawing();
    const target = event.target as Element | null;
    if (!drawing.visible || !target || target === drawing.host || typeof target.closest !== 'function') return undefined;
    const cell = target.closest('td, th');
    return cell ? this.store.cellMark(cell) : undefined;
  }

  /** Closes whatever is open. */
  private dismiss() {
    if (!this.popover && !this.menuTableId) return;
    this.close();
    this.drawing().schedule();
  }

  private readonly onPointerOver = (event: PointerEvent) => {
    if (!this.drawing().visible) return;
    const mark = this.markAt(event);
    if (mark) {
      clearTimeout(this.hideTimer);
      if (!this.popover?.pinned) this.openMark(mark.key, false);
    } else if (this.popover && !this.popover.pinned) {
      this.scheduleHide();
    }
  };

  private readonly onClick = (event: MouseEvent) => {
    if (event.target === this.drawing().host) return;
    const mark = this.markAt(event);
    if (mark) this.openMark(mark.key, true);
    else this.dismiss();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.dismiss();
  };

  private scheduleHide() {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (this.popover && !this.popover.pinned && !this.pointerInPopover) {
        this.popover = null;
        this.drawing().schedule();
      }
    }, HOVER_HIDE_MS) as unknown as number;
  }

  destroy(): void {
    clearTimeout(this.hideTimer);
    this.doc.removeEventListener('pointerover', this.onPointerOver, { capture: true });
    this.doc.removeEventListener('click', this.onClick, { capture: true });
    this.doc.removeEventListener('keydown', this.onKeyDown, { capture: true });
  }
}
