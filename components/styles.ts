/**
 * CSS of the shared components, as a string: the page overlay puts it into its shadow root (a constructed
 * stylesheet), the popup into its document. Only px units: a page may set `html { font-size: 100px }`, and rem/em
 * would follow it.
 */
export const COLORS = {
  error: '#d1242f',
  errorBg: '#ffebe9',
  note: '#bf8700',
  noteBg: '#fff8c5',
  pass: '#1a7f37',
  passBg: '#dafbe1',
  related: '#0969da',
  ink: '#1f2328',
  muted: '#59636e',
  line: '#d1d9e0',
} as const;

export const FONT_STACK =
  'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

export const COMPONENT_CSS = `
.bc-card { font-size: 13px; line-height: 19px; color: ${COLORS.ink}; }
.bc-card + .bc-card { border-top: 1px solid ${COLORS.line}; margin-top: 8px; padding-top: 8px; }
.bc-card-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-bottom: 4px; font-size: 12px; color: ${COLORS.muted}; }
.bc-tag { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 11px; line-height: 17px; font-weight: 600; color: #fff; }
.bc-tag-error { background: ${COLORS.error}; }
.bc-tag-note { background: ${COLORS.note}; }
.bc-card-table { font-weight: 600; color: ${COLORS.ink}; }
.bc-card-message { white-space: pre-wrap; overflow-wrap: anywhere; }
.bc-card-numbers { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 6px 0 0; padding: 0; }
.bc-card-numbers div { display: flex; gap: 4px; align-items: baseline; }
.bc-card-numbers dt { margin: 0; font-size: 12px; color: ${COLORS.muted}; }
.bc-card-numbers dd { margin: 0; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; }
.bc-stated { color: ${COLORS.error}; font-weight: 600; }
.bc-card-note .bc-stated { color: ${COLORS.note}; }
.bc-expected { color: ${COLORS.pass}; font-weight: 600; }
.bc-card-quote { margin: 6px 0 0; padding: 2px 0 2px 8px; border-left: 3px solid ${COLORS.line}; color: ${COLORS.muted}; font-size: 12px; line-height: 18px; overflow-wrap: anywhere; }
.bc-card-missing { margin-top: 4px; font-size: 12px; color: ${COLORS.muted}; }
.bc-counts { display: inline-flex; gap: 4px; align-items: center; }
.bc-pill { display: inline-flex; align-items: center; gap: 3px; padding: 0 6px; border-radius: 9px; font-size: 12px; line-height: 18px; font-weight: 600; font-variant-numeric: tabular-nums; }
.bc-pill-icon { font-size: 10px; }
.bc-pill-error { background: ${COLORS.errorBg}; color: ${COLORS.error}; }
.bc-pill-note { background: ${COLORS.noteBg}; color: ${COLORS.note}; }
.bc-pill-pass { background: ${COLORS.passBg}; color: ${COLORS.pass}; }
.bc-pill-zero { opacity: 0.45; }
`;
