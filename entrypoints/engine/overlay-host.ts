/**
 * The one element the extension adds to a page: a zero-size host under <html> (not <body>, which page scripts
 * rewrite) holding a shadow root with the overlay. Its inline style resets every property with !important, which
 * beats page rules such as `* { all: unset }` or `html { font-size: 100px }` (an inline !important declaration wins
 * over any author rule), and cuts inheritance into the shadow tree. Removing the host restores the page exactly.
 *
 * Two mounts in the shadow root: the 核对 buttons beside PDF links (pdf-link-layer.ts, their own Preact tree) and,
 * last, the marks (overlay.tsx), so that an open popover or menu paints over the buttons. The controller
 * (page-checker.ts) measures and draws both.
 */
import { OVERLAY_CSS } from './overlay-css.ts';

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
  /** The element the marks are rendered into. */
  mount: HTMLElement;
  /** The element the PDF links' 核对 buttons are rendered into, under the marks. */
  linksMount: HTMLElement;
  /** Puts the host back if the page removed it (a framework that re-renders <html>'s children). */
  reattach(): void;
  remove(): void;
}

export function createOverlayHost(doc: Document): OverlayHost {
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
  const linksMount = doc.createElement('div');
  const mount = doc.createElement('div');
  // Last: the marks, their popovers and menus paint over the buttons.
  shadow.append(linksMount, mount);
  const reattach = () => {
    if (!host.isConnected) doc.documentElement.appendChild(host);
  };
  reattach();
  return { host, mount, linksMount, reattach, remove: () => host.remove() };
}
