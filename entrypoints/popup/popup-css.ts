import { COLORS, FONT_STACK } from '../../components/styles.ts';

export const POPUP_CSS = `
html, body { margin: 0; padding: 0; }
body { width: 440px; min-height: 120px; max-height: 600px; font-family: ${FONT_STACK}; font-size: 13px; line-height: 19px;
  color: ${COLORS.ink}; background: #fff; }
* { box-sizing: border-box; }
button, select { font: inherit; }
.pp-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 10px 12px 8px;
  border-bottom: 1px solid ${COLORS.line}; }
.pp-name { font-weight: 700; font-size: 14px; }
.pp-name small { font-weight: 400; color: ${COLORS.muted}; margin-left: 6px; font-size: 12px; }
.pp-status { padding: 8px 12px; color: ${COLORS.muted}; font-size: 12px; border-bottom: 1px solid ${COLORS.line}; }
.pp-status strong { color: ${COLORS.ink}; }
.pp-message { padding: 16px 12px; font-size: 14px; }
.pp-message p { margin: 4px 0; color: ${COLORS.muted}; font-size: 12px; }
.pp-local-file { margin-top: 6px; }
.pp-local-file .pp-file-access { margin-top: 8px; padding-top: 6px; border-top: 1px solid ${COLORS.line}; }
.pp-controls { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 8px 12px; border-bottom: 1px solid ${COLORS.line}; }
.pp-label { font-size: 12px; color: ${COLORS.muted}; }
.pp-page-exports { gap: 6px; }
.pp-switch { display: inline-flex; align-items: center; gap: 4px; cursor: pointer; }
.pp-btn { padding: 2px 10px; border: 1px solid ${COLORS.line}; border-radius: 4px; background: #f6f8fa; cursor: pointer; font-size: 12px; line-height: 20px; }
.pp-btn:hover { background: #eef1f4; }
.pp-btn-small { padding: 0 6px; font-size: 11px; line-height: 18px; }
.pp-tables { list-style: none; margin: 0; padding: 0; }
.pp-table { border-bottom: 1px solid ${COLORS.line}; }
.pp-table-head { display: flex; align-items: center; gap: 8px; padding: 8px 12px 4px; }
.pp-table-title { flex: 1; font-weight: 600; overflow-wrap: anywhere; }
.pp-table-title small { font-weight: 400; color: ${COLORS.muted}; }
.pp-exports { display: flex; flex-wrap: wrap; gap: 4px; padding: 0 12px 8px; }
.pp-findings { list-style: none; margin: 0; padding: 0 8px 8px; }
.pp-finding { display: block; width: 100%; margin: 0 0 4px; padding: 6px 8px; border: 1px solid ${COLORS.line}; border-radius: 6px;
  background: #fff; text-align: left; cursor: pointer; }
.pp-finding:hover { background: #f6f8fa; border-color: #afb8c1; }
.pp-ok { padding: 0 12px 8px; color: ${COLORS.pass}; font-size: 12px; }
.pp-attachments { margin: 8px 0 0; padding-left: 18px; }
.pp-attachments li { margin: 2px 0; overflow-wrap: anywhere; }
.pp-attachments a { color: #0969da; }
.pp-attachments .pp-check-pdf { margin-left: 6px; }
.pp-attachment-block { padding: 8px 12px; border-bottom: 1px solid ${COLORS.line}; font-size: 12px; color: ${COLORS.muted}; }
.pp-attachment-block .pp-attachments { color: ${COLORS.ink}; }
.pp-not-checked { margin-left: 6px; font-size: 11px; color: ${COLORS.muted}; }
.pp-pdf-tab .pp-btn, .pp-maybe-pdf .pp-btn { margin-top: 4px; font-size: 13px; }
.pp-type { display: inline-block; margin-right: 6px; padding: 0 4px; border-radius: 3px; background: #eef1f4; font-size: 11px; color: ${COLORS.muted}; text-transform: uppercase; }
.pp-settings { padding: 8px 12px 12px; font-size: 12px; color: ${COLORS.muted}; }
.pp-settings summary { cursor: pointer; }
.pp-settings label { display: flex; align-items: center; gap: 6px; margin-top: 6px; }
.pp-error { color: ${COLORS.error}; }
`;
