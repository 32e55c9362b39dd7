/**
 * The one element the extension adds to a page: a zero-size host under <html> (not <body>, which page scripts
 * rewrite) holding a shadow root with the overlay. Its inline style resets every property with !important, which
 * beats page rules such as `* { all: unset }` or `html { font-size: 100px }` (an inline !important declaration wins
 * over any author rule), and cuts inheritance into the shadow tree. Removing the host restores the page exactly.
 *
 * Layers: parts of the overlay with their own Preact tree and their own reading of the page (the 核对 buttons beside
 * PDF links, pdf-link-layer.ts) live in the same shadow root, under the marks (so an open popover covers them). The
 * controller calls reattach() as the first step of every draw; the host then lets each layer read its boxes, and
 * runs the layers' writes in a microtask, after the controller's own render: all reads of a frame come before all
 * its writes.
 */
import { OVERLAY_CSS } from './overlay-css.ts';
import { PdfLinkLayer } from './pdf-link-layer.ts';

export const HOST_TAG = 'budget-check-overlay';

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: absolute',
  'left: 0',
  'top: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'pointer-events: none',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'contain: style',
]
  .map((declaration) => `${declaration} !important`)
  .join('; ');

export interface OverlayHost {
  host: HTMLElement;
  /** The element Preact renders into. */
  mount: HTMLElement;
  /**
   * Puts the host back if the page removed it (a framework that re-renders <html>'s children). Called by the
   * controller at the start of every draw, which is when the layers measure (see above).
   */
  reattach(): void;
  remove(): void;
}

export interface OverlayLayer {
  /** Reads what the layer needs from the page (no DOM writes); returns the write to make after the marks are drawn. */
  measure(): () => void;
  stop(): void;
}

export interface OverlayParts {
  host: HTMLElement;
  /** The layer's own element in the shadow root. */
  mount: HTMLElement;
  /** The marks' element: a layer may read (never write) what the marks show. */
  marksMount: HTMLElement;
}

export type LayerFactory = (doc: Document, parts: OverlayParts) => OverlayLayer;

/** The layers every overlay has. */
export const DEFAULT_LAYERS: readonly LayerFactory[] = [(doc, parts) => new PdfLinkLayer(doc, parts)];

export function createOverlayHost(doc: Document, layerFactories: readonly LayerFactory[] = DEFAULT_LAYERS): OverlayHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  // Open, so that tests (and assistive technology) can reach the marks; the page learns nothing it did not publish.
  const shadow = host.attachShadow({ mode: 'open' });
  let adopted = false;
  try {
    // A constructed sheet is not subject to the page's style-src CSP, unlike a <style> element.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    shadow.adoptedStyleSheets = [sheet];
    adopted = true;
  } catch {
    adopted = false;
  }
  if (!adopted) {
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    shadow.appendChild(style);
  }
  const mount = doc.createElement('div');
  const layers = layerFactories.map((create) => {
    const layerMount = doc.createElement('div');
    shadow.appendChild(layerMount);
    return create(doc, { host, mount: layerMount, marksMount: mount });
  });
  // Last: the marks, their popovers and menus paint over the layers.
  shadow.appendChild(mount);
  const attach = () => {
    if (!host.isConnected) doc.documentElement.appendChild(host);
  };
  attach();
  return {
    host,
    mount,
    reattach: () => {
      attach();
      const writes = layers.map((layer) => layer.measure());
      queueMicrotask(() => {
        for (const write of writes) write();
      });
    },
    remove: () => {
      for (const layer of layers) layer.stop();
      host.remove();
    },
  };
}
