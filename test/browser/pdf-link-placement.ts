/**
 * Where the 核对 buttons beside PDF links sit, for the Chromium test (pdf-links.test.ts) and the Firefox one
 * (test/firefox/content-script.test.ts) on test/fixtures/browser/pdf-links.html: measured in the page, judged here.
 */
import { expect } from 'vitest';

/** The fixture's visible PDF links: one on a line, one whose address has no .pdf, one wrapped over two lines. */
export const PLACED_LINK_IDS = ['word', 'by-query', 'wrapped'];

export interface ButtonPlacement {
  id: string;
  /** The link's line boxes. */
  lines: number;
  /** From the end of the link's last line to the button's left edge, px. */
  gap: number;
  /** The button's centre against the last line's, px. */
  centreOffset: number;
  overlapsLink: boolean;
}

/**
 * Runs in the page (page.evaluate): each link's button against the link's last line. Self-contained: it is sent to
 * the page as source.
 */
export function measureButtonPlacements([host, ids]: [string, string[]]): ButtonPlacement[] {
  const buttons = [...document.querySelector(host)!.shadowRoot!.querySelectorAll('.bc-link-check')];
  return ids.map((id) => {
    const link = document.getElementById(id) as HTMLAnchorElement;
    const lines = link.getClientRects();
    const last = lines[lines.length - 1]!;
    const box = buttons.find((b) => b.getAttribute('data-href') === link.href)!.getBoundingClientRect();
    return {
      id,
      lines: lines.length,
      gap: box.left - last.right,
      centreOffset: box.top + box.height / 2 - (last.top + last.height / 2),
      overlapsLink: [...lines].some((r) => box.left < r.right && box.right > r.left && box.top < r.bottom && box.bottom > r.top),
    };
  });
}

/** Just after the end of its link (2–6 px), centred on the link's last line (±1 px), over no part of the link. */
export function expectButtonsAfterLinks(placed: ButtonPlacement[]): void {
  expect(placed.map((p) => p.id)).toEqual(PLACED_LINK_IDS);
  expect(placed.find((p) => p.id === 'wrapped')!.lines).toBeGreaterThan(1);
  for (const p of placed) {
    expect(p.gap, p.id).toBeGreaterThanOrEqual(2);
    expect(p.gap, p.id).toBeLessThanOrEqual(6);
    expect(Math.abs(p.centreOffset), p.id).toBeLessThanOrEqual(1);
    expect(p.overlapsLink, p.id).toBe(false);
  }
}
