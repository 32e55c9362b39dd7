/**
 * The overlay's CSS, inside its shadow root. Page styles cannot reach in, but inherited properties could through the
 * host: the host resets them (overlay-host.ts) and everything here is set in px, so `* { all: unset }` or
 * `html { font-size: 100px }` on the page change nothing. Marks ignore the pointer (pointer-events: none) except
 * the badge, the prose dots, the popover and the edge bar, so the page stays usable under them.
 */
import { COLORS, COMPONENT_CSS, FONT_STACK } from '../../components/styles.ts';

export const OVERLAY_CSS = `
/* .bc-layer: the root of another layer in the same shadow root (pdf-link-layer.ts), styled like the marks' root. */
.bc-root, .bc-layer { position: absolute; left: 0; top: 0; width: 0; height: 0; font-family: ${FONT_STACK}; font-size: 13px;
  line-height: 19px; color: ${COLORS.ink}; text-align: left; direction: ltr; letter-spacing: normal; word-spacing: normal;
  text-transform: none; text-indent: 0; white-space: normal; font-weight: 400; font-style: normal; }
.bc-root *, .bc-root *::before, .bc-root *::after, .bc-layer *, .bc-layer *::before, .bc-layer *::after { box-sizing: border-box; }
.bc-root button, .bc-layer button { font: inherit; color: inherit; margin: 0; cursor: pointer; }
.bc-mark { position: absolute; pointer-events: none; border-radius: 2px; }
.bc-mark-error { outline: 2px solid ${COLORS.error}; outline-offset: -1px; background: rgba(209, 36, 47, 0.07); }
.bc-mark-note { outline: 2px solid ${COLORS.note}; outline-offset: -1px; background: rgba(191, 135, 0, 0.07); }
.bc-mark-open { outline-width: 3px; }
.bc-related { position: absolute; pointer-events: none; outline: 2px dashed ${COLORS.related}; outline-offset: -1px;
  background: rgba(9, 105, 218, 0.08); }
.bc-underline { position: absolute; pointer-events: none; height: 2px; }
.bc-underline-error { background: ${COLORS.error}; }
.bc-underline-note { background: ${COLORS.note}; }
.bc-dot { position: absolute; pointer-events: auto; width: 14px; height: 14px; padding: 0; border: 0; border-radius: 7px;
  color: #fff; font-size: 10px; line-height: 14px; text-align: center; font-weight: 700; box-shadow: 0 0 0 1px #fff; }
.bc-dot-error { background: ${COLORS.error}; }
.bc-dot-note { background: ${COLORS.note}; }
.bc-badge { position: absolute; pointer-events: auto; display: flex; align-items: center; gap: 4px; height: 24px;
  padding: 2px 4px 2px 6px; border: 1px solid ${COLORS.line}; border-radius: 12px; background: #fff;
  box-shadow: 0 1px 3px rgba(31, 35, 40, 0.15); white-space: nowrap; }
.bc-badge-inset { transform: translateX(-100%); }
.bc-badge-open { border-color: #0969da; }
.bc-above { transform: translateY(-100%); }
.bc-badge-name { font-size: 11px; font-weight: 600; color: ${COLORS.muted}; }
.bc-menu { position: absolute; pointer-events: auto; width: 340px; max-height: 360px; overflow: auto; padding: 8px 10px;
  background: #fff; border: 1px solid ${COLORS.line}; border-radius: 6px; box-shadow: 0 8px 24px rgba(31, 35, 40, 0.2); }
.bc-menu-title { font-weight: 600; margin-bottom: 6px; overflow-wrap: anywhere; }
.bc-menu-item { display: block; width: 100%; padding: 4px 6px; border: 0; border-radius: 4px; background: transparent;
  text-align: left; font-size: 12px; line-height: 17px; }
.bc-menu-item:hover { background: #f6f8fa; }
.bc-menu-empty { font-size: 12px; color: ${COLORS.pass}; padding: 4px 6px; }
.bc-menu-exports { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 8px; padding-top: 8px; border-top: 1px solid ${COLORS.line}; }
.bc-menu-exports span { font-size: 12px; color: ${COLORS.muted}; margin-right: 4px; line-height: 22px; }
.bc-btn { padding: 1px 8px; border: 1px solid ${COLORS.line}; border-radius: 4px; background: #f6f8fa; font-size: 12px; line-height: 18px; }
.bc-btn:hover { background: #eef1f4; }
.bc-popover { position: absolute; pointer-events: auto; width: 340px; max-height: 320px; overflow: auto; padding: 10px 12px;
  background: #fff; border: 1px solid ${COLORS.line}; border-radius: 6px; box-shadow: 0 8px 24px rgba(31, 35, 40, 0.2); }
.bc-popover-close { position: absolute; right: 4px; top: 2px; width: 22px; height: 22px; padding: 0; border: 0;
  background: transparent; font-size: 16px; line-height: 22px; color: ${COLORS.muted}; }
.bc-edge { position: fixed; right: 0; top: 0; bottom: 0; width: 14px; pointer-events: none; }
.bc-edge-track { position: absolute; right: 2px; top: 30px; bottom: 30px; width: 8px; border-radius: 4px;
  background: rgba(31, 35, 40, 0.06); }
.bc-tick { position: absolute; left: 0; width: 8px; height: 4px; padding: 0; border: 0; border-radius: 2px; pointer-events: auto; }
.bc-tick-error { background: ${COLORS.error}; }
.bc-tick-note { background: ${COLORS.note}; }
.bc-jump { position: absolute; right: 1px; pointer-events: auto; min-width: 26px; height: 24px; padding: 0 4px; border: 1px solid ${COLORS.line};
  border-radius: 12px 0 0 12px; background: #fff; font-size: 11px; line-height: 22px; font-weight: 600; color: ${COLORS.error};
  box-shadow: 0 1px 3px rgba(31, 35, 40, 0.15); white-space: nowrap; }
.bc-jump-up { top: 2px; }
/* Two classes: beats .bc-layer button's font/colour reset. Width follows the label (about 72 px; placed as 78). */
.bc-layer .bc-link-check { position: absolute; pointer-events: auto; height: 18px; padding: 0 6px; border: 1px solid #0969da;
  border-radius: 9px; background: #fff; color: #0969da; font-size: 11px; line-height: 16px; font-weight: 600;
  white-space: nowrap; box-shadow: 0 1px 2px rgba(31, 35, 40, 0.15); }
.bc-layer .bc-link-check:hover { background: #ddf4ff; }
.bc-jump-down { bottom: 2px; }
${COMPONENT_CSS}
`;
