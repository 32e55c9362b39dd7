/** The viewer page's CSS. The .textLayer rules follow pdf.js's web/pdf_viewer.css (Apache-2.0), reduced to what a
 * selectable text layer needs. */
import { COLORS, FONT_STACK } from '../../components/styles.ts';

export const VIEWER_CSS = `
html, body { margin: 0; height: 100%; font-family: ${FONT_STACK}; color: ${COLORS.ink}; background: #f0f2f5; }
.bc-viewer { display: flex; height: 100vh; }
.bc-side { width: 360px; flex: none; overflow-y: auto; background: #fff; border-right: 1px solid ${COLORS.line}; padding: 12px 14px; box-sizing: border-box; }
.bc-side h1 { font-size: 16px; margin: 0 0 8px; }
.bc-side .bc-doc-name { font-size: 13px; color: ${COLORS.muted}; overflow-wrap: anywhere; margin-bottom: 8px; }
.bc-side .bc-summary { font-size: 13px; margin: 8px 0 12px; }
.bc-side .bc-message { font-size: 13px; line-height: 19px; padding: 8px 10px; border-radius: 4px; background: ${COLORS.noteBg}; }
.bc-side .bc-message-error { background: ${COLORS.errorBg}; }
.bc-side label.bc-open { display: inline-block; margin: 8px 0; padding: 5px 10px; border: 1px solid ${COLORS.line}; border-radius: 4px; cursor: pointer; font-size: 13px; }
.bc-side label.bc-open input { display: none; }
.bc-side .bc-message p { margin: 0 0 6px; }
.bc-btn { padding: 1px 8px; border: 1px solid ${COLORS.line}; border-radius: 4px; background: #f6f8fa; font: inherit; font-size: 12px; line-height: 20px; cursor: pointer; color: inherit; }
.bc-btn:hover { background: #eef1f4; }
.bc-allow { border-color: #0969da; color: #0969da; background: #fff; }
.bc-tables { margin: 8px 0 12px; font-size: 13px; }
.bc-tables summary { cursor: pointer; font-weight: 600; margin-bottom: 6px; }
.bc-tables ul { list-style: none; margin: 0; padding: 0; }
.bc-table { padding: 6px 0; border-top: 1px solid ${COLORS.line}; }
.bc-table-head { display: flex; gap: 6px; align-items: center; justify-content: space-between; }
.bc-table-title { overflow-wrap: anywhere; }
.bc-table-title small { color: ${COLORS.muted}; }
.bc-doc-exports { margin-bottom: 8px; }
.bc-exports, .bc-doc-exports { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; margin-top: 4px; }
.bc-label { font-size: 12px; color: ${COLORS.muted}; }
.bc-finding { display: block; width: 100%; text-align: left; font: inherit; color: inherit; background: none; border: none; cursor: pointer; border-radius: 4px; padding: 4px; margin: 0 0 4px; }
.bc-finding:hover, .bc-finding.bc-selected { background: #f6f8fa; }
.bc-finding.bc-selected { outline: 2px solid ${COLORS.related}; }
.bc-pages { flex: 1; overflow: auto; padding: 16px; }
.bc-page { position: relative; margin: 0 auto 16px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.2); --scale-round-x: 1px; --scale-round-y: 1px; }
.bc-page canvas { display: block; }
.bc-page-label { position: absolute; top: -14px; left: 0; font-size: 11px; color: ${COLORS.muted}; }
.bc-marks { position: absolute; inset: 0; pointer-events: none; z-index: 2; }
.bc-pdf-mark { position: absolute; box-sizing: border-box; pointer-events: auto; cursor: pointer; border-radius: 2px; padding: 0; margin: 0; background: transparent; border: none; font: inherit; }
.bc-pdf-mark-error.bc-role-stated { border: 2px solid ${COLORS.error}; background: rgba(209,36,47,.12); }
.bc-pdf-mark-note.bc-role-stated { border: 2px solid ${COLORS.note}; background: rgba(191,135,0,.12); }
.bc-pdf-mark.bc-role-related { border: 1px dashed ${COLORS.related}; }
.bc-pdf-mark.bc-role-text { border-bottom: 2px solid ${COLORS.note}; background: rgba(191,135,0,.08); }
.bc-pdf-mark.bc-flash { outline: 3px solid ${COLORS.related}; }

.bc-pages-saved { padding: 0; overflow: hidden; position: relative; }
.bc-frame-wrap { position: absolute; inset: 0; }
.bc-saved-page { position: absolute; inset: 0; width: 100%; height: 100%; border: 0; background: #fff; }
.bc-frame-marks { position: absolute; inset: 0; overflow: hidden; pointer-events: none; }
.bc-page-mark { position: absolute; box-sizing: border-box; pointer-events: auto; cursor: pointer; padding: 0; margin: 0; background: transparent; border: none; border-radius: 2px; font: inherit; }
.bc-page-mark-cell.bc-page-mark-error { border: 2px solid ${COLORS.error}; background: rgba(209,36,47,.10); }
.bc-page-mark-cell.bc-page-mark-note { border: 2px solid ${COLORS.note}; background: rgba(191,135,0,.10); }
.bc-page-mark-text { border-bottom: 2px solid ${COLORS.note}; background: rgba(191,135,0,.12); border-radius: 0; }
.bc-page-mark-text.bc-page-mark-error { border-bottom-color: ${COLORS.error}; background: rgba(209,36,47,.10); }
.bc-page-mark.bc-flash { outline: 3px solid ${COLORS.related}; }
.bc-page-related { position: absolute; box-sizing: border-box; border: 2px dashed ${COLORS.related}; pointer-events: none; }
.bc-compare { margin: 0 0 8px 8px; }
.bc-documents { list-style: none; margin: 8px 0; padding: 0; font-size: 13px; }
.bc-document { padding: 4px 0; border-top: 1px solid ${COLORS.line}; overflow-wrap: anywhere; }
.bc-document small { color: ${COLORS.muted}; }
.bc-comparison { margin: 12px 0; }
.bc-comparison h2 { font-size: 14px; margin: 0 0 4px; }
.bc-compared { font-size: 12px; color: ${COLORS.muted}; margin-bottom: 6px; }
.bc-compare-finding { margin-bottom: 8px; }
.bc-sides { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; margin-top: 6px; font-size: 12px; }
.bc-where { border: 1px solid ${COLORS.line}; border-radius: 4px; padding: 4px 6px; overflow-wrap: anywhere; }
.bc-where-head { font-weight: 600; }
.bc-where-head small { font-weight: normal; color: ${COLORS.muted}; }
.bc-where-value { font-variant-numeric: tabular-nums; margin-top: 2px; }
.bc-document-findings { margin: 8px 0; font-size: 13px; }
.bc-document-findings summary { cursor: pointer; font-weight: 600; overflow-wrap: anywhere; }
.bc-side .bc-saved-note { margin-top: 6px; background: #f6f8fa; color: ${COLORS.muted}; font-size: 12px; }

.textLayer { position: absolute; text-align: initial; inset: 0; overflow: clip; opacity: 1; line-height: 1; text-size-adjust: none; forced-color-adjust: none; transform-origin: 0 0; z-index: 1;
  --min-font-size: 1; --text-scale-factor: calc(var(--total-scale-factor) * var(--min-font-size)); --min-font-size-inv: calc(1 / var(--min-font-size)); }
.textLayer :is(span, br) { color: transparent; position: absolute; white-space: pre; cursor: text; transform-origin: 0% 0%; }
.textLayer > :not(.markedContent), .textLayer .markedContent span:not(.markedContent) { z-index: 1; --font-height: 0; font-size: calc(var(--text-scale-factor) * var(--font-height));
  --scale-x: 1; --rotate: 0deg; transform: rotate(var(--rotate)) scaleX(var(--scale-x)) scale(var(--min-font-size-inv)); }
.textLayer .markedContent { display: contents; }
.textLayer ::selection { background: rgba(0, 0, 255, .25); }
`;
