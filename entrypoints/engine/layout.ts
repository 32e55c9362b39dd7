/**
 * Geometry for the overlay: boxes relative to the overlay host, clipping by the page's scroll containers (platform
 * pages wrap wide tables in `overflow-x: auto` boxes, and a mark must not spill out of one), placement of popovers.
 * Every function takes rects already read, so the controller can read all boxes first and write once.
 */
import type { Box } from './overlay.tsx';

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

export function intersect(a: RectLike, b: RectLike): RectLike | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? { left, top, right, bottom } : null;
}

/** The part of `rect` inside every clip rect, or null when nothing of it is visible. */
export function clipRect(rect: RectLike, clips: readonly RectLike[]): RectLike | null {
  let visible: RectLike | null = rect.right > rect.left && rect.bottom > rect.top ? rect : null;
  for (const clip of clips) {
    if (!visible) return null;
    visible = intersect(visible, clip);
  }
  return visible;
}

/** A viewport rect as a box in the host's coordinates. */
export function toBox(rect: RectLike, origin: Point): Box {
  return {
    left: Math.round((rect.left - origin.x) * 100) / 100,
    top: Math.round((rect.top - origin.y) * 100) / 100,
    width: Math.round((rect.right - rect.left) * 100) / 100,
    height: Math.round((rect.bottom - rect.top) * 100) / 100,
  };
}

/**
 * Ancestors that clip their content (overflow other than visible), nearest first, up to but excluding <body> and
 * <html> (the viewport scrolls those, and the document-relative overlay follows it for free).
 */
export function clippingAncestors(element: Element): Element[] {
  const view = element.ownerDocument.defaultView;
  if (!view) return [];
  const found: Element[] = [];
  const body = element.ownerDocument.body;
  for (let node = element.parentElement; node && node !== body && node !== element.ownerDocument.documentElement; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') found.push(node);
  }
  return found;
}

export interface FloatingPlacement {
  left: number;
  top: number;
  /** Placed above the anchor: `top` is then the panel's bottom edge (the panel is shifted up by its own height in
   * CSS, so its real height need not be known before it is drawn). */
  above: boolean;
}

export const POPOVER_WIDTH = 340;
export const POPOVER_MAX_HEIGHT = 320;

/**
 * A floating panel next to an anchor rect: below it when there is room for the panel's full height or more room than
 * above, otherwise above; kept inside the viewport horizontally. Returned in host coordinates.
 */
export function placeFloating(
  anchor: RectLike,
  viewport: { width: number; height: number },
  origin: Point,
  size: { width: number; height: number } = { width: POPOVER_WIDTH, height: POPOVER_MAX_HEIGHT },
  gap = 6,
): FloatingPlacement {
  const roomBelow = viewport.height - anchor.bottom;
  const roomAbove = anchor.top;
  const below = roomBelow >= size.height + gap || roomBelow >= roomAbove;
  const top = below ? anchor.bottom + gap : anchor.top - gap;
  const maxLeft = Math.max(8, viewport.width - size.width - 8);
  const left = Math.min(Math.max(anchor.left, 8), maxLeft);
  return { left: Math.round(left - origin.x), top: Math.round(top - origin.y), above: !below };
}

export function union(rects: readonly RectLike[]): RectLike | null {
  if (!rects.length) return null;
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

/**
 * A finding's popover: beside the marked cell but clear of the cells it was checked against (they are outlined while
 * the popover is open, and a popover on top of them would hide the very numbers it talks about). Tries below, above,
 * right and left of all of them; when none fits (a long column on a small screen), falls back to the marked cell alone.
 */
export function placePopover(
  mark: RectLike,
  related: readonly RectLike[],
  viewport: { width: number; height: number },
  origin: Point,
  size: { width: number; height: number } = { width: POPOVER_WIDTH, height: POPOVER_MAX_HEIGHT },
  gap = 6,
): FloatingPlacement {
  const all = union([mark, ...related])!;
  const maxLeft = Math.max(8, viewport.width - size.width - 8);
  const alignedLeft = Math.min(Math.max(mark.left, 8), maxLeft);
  const at = (left: number, top: number, above: boolean): FloatingPlacement => ({
    left: Math.round(left - origin.x),
    top: Math.round(top - origin.y),
    above,
  });
  if (viewport.height - all.bottom >= size.height + gap) return at(alignedLeft, all.bottom + gap, false);
  if (all.top >= size.height + gap) return at(alignedLeft, all.top - gap, true);
  const top = Math.min(Math.max(mark.top, 4), Math.max(4, viewport.height - size.height - 4));
  if (viewport.width - all.right >= size.width + gap) return at(all.right + gap, top, false);
  if (all.left >= size.width + gap) return at(all.left - gap - size.width, top, false);
  return placeFloating(mark, viewport, origin, size, gap);
}

/**
 * A small button beside an inline element (the 核对 button after a PDF link): just after the end of its last line box,
 * centred on that line; when that would run past the viewport's right edge (a link at the end of a full-width line),
 * under the line's end instead, still inside the viewport. Never on top of the link itself.
 */
export function placeBeside(
  line: RectLike,
  viewportWidth: number,
  size: { width: number; height: number },
  gap = 4,
): RectLike {
  if (line.right + gap + size.width <= viewportWidth) {
    const top = line.top + (line.bottom - line.top - size.height) / 2;
    return { left: line.right + gap, top, right: line.right + gap + size.width, bottom: top + size.height };
  }
  const left = Math.max(0, Math.min(line.right, viewportWidth) - size.width);
  const top = line.bottom + 2;
  return { left, top, right: left + size.width, bottom: top + size.height };
}
