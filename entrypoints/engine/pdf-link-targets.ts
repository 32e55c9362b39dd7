/**
 * The page's links to PDF attachments, for the in-page 核对 buttons. Known the same way as the report's attachments
 * (lib/dom/attachment-link.ts: the href's extension, a file name in its query, or the link text), with the address
 * the browser resolved (a <base> element counts). Only http(s) addresses: the viewer fetches nothing else.
 *
 * Read on every draw, so kept cheap: the list of links is rebuilt only after the document changed (a
 * MutationObserver only raises a flag), and each link's classification is cached until its href changes.
 */
import { webUrl } from '../../components/pdf-link.ts';
import { attachmentType } from '../../lib/dom/attachment-link.ts';

/** A page with more PDF links than this (an archive listing) gets buttons on the first ones; the popup lists all. */
export const MAX_LINK_BUTTONS = 400;

export interface PdfLinkTarget {
  element: HTMLAnchorElement;
  /** Absolute http(s) address of the PDF. */
  href: string;
}

interface Classified {
  href: string;
  pdf: string | undefined;
}

export class PdfLinkTargets {
  private readonly doc: Document;
  private readonly classified = new WeakMap<Element, Classified>();
  private readonly observer: MutationObserver | null;
  private dirty = true;
  private list: PdfLinkTarget[] = [];

  constructor(doc: Document) {
    this.doc = doc;
    const Observer = doc.defaultView?.MutationObserver;
    this.observer = Observer
      ? new Observer(() => {
          this.dirty = true;
        })
      : null;
    this.observer?.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href'],
    });
  }

  /** The PDF links in document order, at most MAX_LINK_BUTTONS. */
  links(): readonly PdfLinkTarget[] {
    if (!this.dirty) return this.list;
    this.dirty = false;
    const found: PdfLinkTarget[] = [];
    // document.links: every <a href> and <area href>, kept by the browser, in document order.
    for (const link of Array.from(this.doc.links)) {
      if (link.nodeName !== 'A') continue;
      const pdf = this.classify(link as HTMLAnchorElement);
      if (pdf) found.push({ element: link as HTMLAnchorElement, href: pdf });
      if (found.length >= MAX_LINK_BUTTONS) break;
    }
    this.list = found;
    return found;
  }

  private classify(link: HTMLAnchorElement): string | undefined {
    const href = link.href;
    const cached = this.classified.get(link);
    if (cached && cached.href === href) return cached.pdf;
    const raw = link.getAttribute('href') ?? '';
    // The text only matters when the address says nothing ("下载.pdf" on download.jsp?id=3); cut it short.
    const text = (link.textContent ?? '').slice(0, 300);
    const pdf = attachmentType(raw, text) === 'pdf' ? webUrl(href) : undefined;
    this.classified.set(link, { href, pdf });
    return pdf;
  }

  stop(): void {
    this.observer?.disconnect();
  }
}
