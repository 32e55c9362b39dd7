/**
 * A depth-first walk over a DOM subtree without recursion (a hostile page may nest elements thousands deep) and
 * without building child lists (firstChild / nextSibling only): one visit per node.
 */
import { PauseEvery, type Steps } from '../steps.ts';
import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE } from './html-tags.ts';

export interface WalkVisitor {
  /**
   * Called on entering an element; false skips its subtree (leave is then not called). Long work on one element (a
   * big table read) returns steps, which the walk runs with its pauses.
   */
  enter(el: Element): boolean | Steps<boolean>;
  leave(el: Element): void;
  text(data: string): void;
}

/** Nodes visited between two pauses: a page of thousands of menu links is read in slices too. */
const NODES_PER_PAUSE = 2000;

/** Walks the descendants of `root` (not `root` itself) in document order, pausing where `enter` pauses. */
export function* walkElement(root: Element, visitor: WalkVisitor): Steps<void> {
  const pause = new PauseEvery(NODES_PER_PAUSE);
  let node: Node | null = root.firstChild;
  while (node) {
    if (pause.due()) yield;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const entered = visitor.enter(el);
      if (typeof entered === 'boolean' ? entered : yield* entered) {
        if (el.firstChild) {
          node = el.firstChild;
          continue;
        }
        visitor.leave(el);
      }
    } else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      visitor.text((node as CharacterData).data);
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) visitor.leave(node as Element);
    }
    if (!node || node === root) return;
    node = node.nextSibling;
  }
}
