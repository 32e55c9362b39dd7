/**
 * Where the marks go over the shown page: every marked cell's box and every marked figure's line boxes, in the
 * iframe's viewport coordinates (the overlay sits exactly over the iframe), clipped by the page's own scroll
 * containers and by the viewport. Re-measured on every scroll and resize of the iframe: its document runs no script,
 * so it never changes by itself, and the clipping ancestors are looked up once.
 */
import type { Box } from '../engine/overlay.tsx';
import { clippingAncestors, clipRect, type RectLike, toBox } from '../engine/layout.ts';
import type { MarkTargets, MarkTone } from '../engine/mark-targets.ts';

export interface PlacedMark {
  key: string;
  kind: 'cell' | 'text';
  tone: MarkTone;
  findingIds: string[];
  /** One box for a cell; one per line for a figure in the text. Empty when it is out of view. */
  boxes: Box[];
}

export interface PlacedMarks {
  marks: PlacedMark[];
  /** The cells the selected finding was checked against. */
  related: Box[];
}

const ORIGIN = { x: 0, y: 0 };

/** The clipping ancestors of every marked element, found once per page (getComputedStyle on each ancestor). */
export function clipsOf(targets: MarkTargets): Map<Element, Element[]> {
  const clips = new Map<Element, Element[]>();
  const add = (element: Element) => {
    if (!clips.has(element)) clips.set(element, clippingAncestors(element));
  };
  for (const mark of targets.cells) add(mark.element);
  for (const mark of targets.texts) add(mark.element);
  for (const place of targets.places.values()) for (const element of place.related) add(element);
  return clips;
}

export function placeMarks(
  targets: MarkTargets,
  clips: Map<Element, Element[]>,
  viewport: { width: number; height: number },
  selected: string | undefined,
): PlacedMarks {
  const view: RectLike = { left: 0, top: 0, right: viewport.width, bottom: viewport.height };
  const clipRects = new Map<Element, RectLike>();
  const rectsOf = (element: Element): RectLike[] => [
    view,
    ...(clips.get(element) ?? []).map((clip) => {
      let rect = clipRects.get(clip);
      if (!rect) {
        rect = clip.getBoundingClientRect();
        clipRects.set(clip, rect);
      }
      return rect;
    }),
  ];
  const visible = (element: Element, rect: RectLike): Box[] => {
    const shown = clipRect(rect, rectsOf(element));
    return shown ? [toBox(shown, ORIGIN)] : [];
  };

  const marks: PlacedMark[] = [];
  for (const mark of targets.cells) {
    marks.push({
      key: mark.key,
      kind: 'cell',
      tone: mark.tone,
      findingIds: mark.findingIds,
      boxes: mark.element.isConnected ? visible(mark.element, mark.element.getBoundingClientRect()) : [],
    });
  }
  for (const mark of targets.texts) {
    const boxes = mark.element.isConnected
      ? [...mark.range.getClientRects()].flatMap((rect) => visible(mark.element, rect))
      : [];
    marks.push({ key: mark.key, kind: 'text', tone: mark.tone, findingIds: mark.findingIds, boxes });
  }
  const related = selected
    ? (targets.places.get(selected)?.related ?? []).flatMap((element) => visible(element, element.getBoundingClientRect()))
    : [];
  return { marks, related };
}

/** The element to scroll into view for a finding: its marked cell or the block holding its marked figure. */
export function elementOfFinding(targets: MarkTargets, findingId: string): Element | undefined {
  const key = targets.places.get(findingId)?.markKey;
  if (!key) return undefined;
  return (targets.cells.find((m) => m.key === key) ?? targets.texts.find((m) => m.key === key))?.element;
}
