/**
 * The 核对 / Check buttons beside the page's PDF links, drawn in the overlay's shadow root (never in the page's
 * DOM). A click asks the background to open the PDF viewer on the link's address in a new tab.
 */
import { bilingual } from '../../components/i18n.ts';
import type { Box } from './overlay.tsx';

export interface LinkCheckView {
  key: string;
  href: string;
  box: Box;
}

export function LinkChecks({
  links,
  visible,
  onCheck,
}: {
  links: readonly LinkCheckView[];
  visible: boolean;
  onCheck(href: string): void;
}) {
  // bc-layer, not bc-root: the marks' root stays the only .bc-root (tests and the layers read it).
  if (!visible) return <div class="bc-layer" />;
  return (
    <div class="bc-layer bc-link-layer">
      {links.map((link) => (
        <button
          key={link.key}
          type="button"
          class="bc-link-check"
          data-href={link.href}
          title={bilingual('checkPdfTitle')}
          style={{ left: `${link.box.left}px`, top: `${link.box.top}px` }}
          onClick={() => onCheck(link.href)}
        >
          {bilingual('checkPdf')}
        </button>
      ))}
    </div>
  );
}
