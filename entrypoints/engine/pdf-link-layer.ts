/**
 * The overlay layer of 核对 buttons beside PDF links. It follows the marks' drawing rule (read every box first, then
 * write once): the controller (page-checker.ts measure()) calls measure() with its own reads, and the returned draw
 * after its own render, in the same frame. The buttons are shown while the marks are (the popup's switch): the
 * controller passes that to the draw.
 */
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '../../components/protocol.ts';
import { clippingAncestors, clipRect, placeBeside, type RectLike, toBox } from './layout.ts';
import { type LinkCheckView, LinkChecks } from './overlay-links.tsx';
import { PdfLinkTargets } from './pdf-link-targets.ts';

/** The button's size in CSS px (overlay-css.ts .bc-link-check), for placing it before it is drawn. */
export const LINK_BUTTON_SIZE = { width: 78, height: 18 };

function askForViewer(href: string) {
  const message: BackgroundMessage = { type: 'open-pdf-viewer', url: href };
  browser.runtime.sendMessage(message).catch((error) => console.warn('Budget Check: viewer not opened', error));
}

export class PdfLinkLayer {
  private readonly doc: Document;
  private readonly host: Element;
  private readonly mount: Element;
  private readonly targets: PdfLinkTargets;
  private readonly clips = new WeakMap<Element, Element[]>();
  private readonly onCheck: (href: string) => void;
  /** What was drawn last: a scroll redraws the marks, but leaves these buttons (in document coordinates) in place. */
  private drawn = '';

  constructor(
    doc: Document,
    parts: { host: Element; mount: Element },
    onCheck: (href: string) => void = askForViewer,
  ) {
    this.doc = doc;
    this.host = parts.host;
    this.mount = parts.mount;
    this.targets = new PdfLinkTargets(doc);
    this.onCheck = onCheck;
  }

  /** Reads the links' boxes (no DOM writes); returns the draw, to call once the reads of the frame are done. */
  measure(): (visible: boolean) => void {
    const view = this.doc.defaultView;
    const links = this.targets.links();
    if (!view || !links.length) return (visible) => this.draw([], visible);
    const hostRect = this.host.getBoundingClientRect();
    const origin = { x: hostRect.left, y: hostRect.top };
    const viewportWidth = this.doc.documentElement.clientWidth || view.innerWidth;
    const clipRects = new Map<Element, RectLike>();
    const rectOf = (clip: Element) => {
      let rect = clipRects.get(clip);
      if (!rect) {
        rect = clip.getBoundingClientRect();
        clipRects.set(clip, rect);
      }
      return rect;
    };
    const views: LinkCheckView[] = [];
    links.forEach((link, i) => {
      if (!link.element.isConnected) return;
      const lines = link.element.getClientRects();
      const last = lines[lines.length - 1];
      if (!last || (last.width === 0 && last.height === 0)) return; // hidden (display: none, a closed menu)
      let clips = this.clips.get(link.element);
      if (!clips) {
        clips = clippingAncestors(link.element);
        this.clips.set(link.element, clips);
      }
      // A link scrolled out of its scroll box gets no button floating outside the box.
      if (!clipRect(last, clips.map(rectOf))) return;
      const spot = placeBeside(last, viewportWidth, LINK_BUTTON_SIZE);
      views.push({ key: `l${i}`, href: link.href, box: toBox(spot, origin) });
    });
    return (visible) => this.draw(views, visible);
  }

  private draw(links: LinkCheckView[], visible: boolean) {
    const signature = `${visible}|${links.map((l) => `${l.href} ${l.box.left} ${l.box.top}`).join('|')}`;
    if (signature === this.drawn) return;
    this.drawn = signature;
    render(h(LinkChecks, { links, visible, onCheck: this.onCheck }), this.mount);
  }

  stop(): void {
    this.targets.stop();
    this.drawn = '';
    render(null, this.mount);
  }
}
