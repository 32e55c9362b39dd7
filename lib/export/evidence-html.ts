/**
 * The evidence pack as one standalone HTML file: no scripts, no external resources, inline CSS, and a Content
 * Security Policy that forbids scripts even if some page text were to slip through unescaped (it cannot: every
 * string passes escapeHtml). Tables show their real header rows with the page's merges, then the touched rows;
 * cells a finding points at are <mark>ed with the finding's number.
 */
import type { Evidence, EvidenceFinding, EvidenceTable } from './evidence.ts';
import { HASH_LABELS, SEVERITY_LABELS } from './evidence.ts';
import { repeatsIntoCoveredCells } from './export-cells.ts';
import { escapeHtml, htmlLines, htmlLink } from './html-text.ts';

const CSS = `body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222;line-height:1.5}
table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:14px}th,td{border:1px solid #aaa;padding:2px 6px;vertical-align:top}
th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}mark{background:#ffe08a;font-weight:bold}
.error{color:#b00020}.warning{color:#a15c00}.info{color:#555}dl{display:grid;grid-template-columns:max-content auto;gap:0 1em}
dt{color:#555}dd{margin:0}blockquote{border-left:4px solid #ccc;margin:0;padding:0 1em;color:#333}code{word-break:break-all}`;

function findingHtml(f: EvidenceFinding): string {
  const facts: [string, string | undefined][] = [
    ['表 Table', f.table],
    ['行 Row', f.rowLabel],
    ['列 Column', f.colLabel],
    ['列示数 Stated', f.stated],
    ['应为 Expected', f.expected],
    ['差额 Difference', f.diff],
    ['规则 Rule', f.rule],
    ['类型 Kind', f.kind],
  ];
  const dl = facts
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `<dt>${k}</dt><dd>${htmlLines(v!)}</dd>`)
    .join('');
  const cells = f.cells.length
    ? `<dt>单元格 Cells</dt><dd>${f.cells
        .map((c) => `${htmlLines(c.text || '（空）')}（第 ${c.row + 1} 行第 ${c.col + 1} 列${c.column ? `，${htmlLines(c.column)}` : ''}）`)
        .join('；')}</dd>`
    : '';
  const quote = f.quote ? `<p>原文 Quote:</p><blockquote>${htmlLines(f.quote)}</blockquote>` : '';
  const severity = escapeHtml(f.severity);
  return `<section id="finding-${f.number}"><h3 class="${severity}">${f.number}. ${escapeHtml(SEVERITY_LABELS[f.severity] ?? f.severity)}</h3>
<p>${htmlLines(f.message)}<br>${htmlLines(f.messageEn)}</p><dl>${dl}${cells}</dl>${quote}</section>`;
}

function headerRowsHtml(t: EvidenceTable): string {
  const spanAt = new Map(t.headerSpans.map((sp) => [`${sp.row},${sp.col}`, sp]));
  const inSpan = new Set<string>();
  for (const sp of t.headerSpans) {
    for (let r = sp.row; r < sp.row + sp.rowSpan; r++) for (let c = sp.col; c < sp.col + sp.colSpan; c++) if (r !== sp.row || c !== sp.col) inSpan.add(`${r},${c}`);
  }
  return t.rows
    .filter((row) => row.header)
    .map((row, i) => {
      const cells = i === 0 ? [`<th${t.headRows > 1 ? ` rowspan="${t.headRows}"` : ''}>行 Row</th>`] : [];
      row.cells.forEach((cell, c) => {
        const key = `${row.row},${c}`;
        if (inSpan.has(key)) return;
        const sp = spanAt.get(key);
        const attrs = sp ? `${sp.colSpan > 1 ? ` colspan="${sp.colSpan}"` : ''}${sp.rowSpan > 1 ? ` rowspan="${sp.rowSpan}"` : ''}` : '';
        cells.push(`<th${attrs}>${htmlLines(cell.text)}</th>`);
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
}

function tableHtml(t: EvidenceTable): string {
  const meta = t.meta.map((m) => `<p>${htmlLines(m)}</p>`).join('');
  const head = t.headRows > 0 ? headerRowsHtml(t) : '';
  const body = t.rows
    .filter((r) => !r.header)
    .map((row) => {
      const cells = row.cells.map((cell, c) => {
        const text = repeatsIntoCoveredCells(cell) ? htmlLines(cell.text) : '';
        const marks = t.marks[`${row.row},${c}`];
        const content = marks ? `<mark>${text || '（空）'}</mark> <a href="#finding-${marks[0]}">[${marks.join(', ')}]</a>` : text;
        return `<td${cell.kind === 'number' ? ' class="n"' : ''}>${content}</td>`;
      });
      return `<tr><th>${row.row + 1}</th>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<section><h3>${escapeHtml(t.heading)}</h3>${meta}<table><thead>${head}</thead><tbody>${body}</tbody></table></section>`;
}

export function evidenceHtml(e: Evidence): string {
  const c = e.counts;
  const summary = [
    ['发现 Findings', c.findings],
    ['错误 Errors', c.error],
    ['警告 Warnings', c.warning],
    ['提示 Info', c.info],
    ['表格 Tables', c.tables],
    ['核对项 Checks', c.checks],
    ['通过 Passed', c.passed],
    ['舍入内 Within rounding', c.rounding],
  ] as const;
  const hash = e.page.textSha256.replace(/[^0-9a-fA-F]/g, '');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>核对证据 Evidence: ${escapeHtml(e.page.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>核对证据 Evidence: ${escapeHtml(e.page.title)}</h1>
<dl>
${e.page.url ? `<dt>网址 URL</dt><dd>${htmlLink(e.page.url)}</dd>` : ''}
<dt>核对时间 Checked at</dt><dd>${escapeHtml(e.page.checkedAt)}</dd>
<dt>${HASH_LABELS[e.page.hashed] ?? HASH_LABELS['page-text']}</dt><dd><code>${hash}</code></dd>
<dt>工具 Tool</dt><dd>${escapeHtml(e.generator)}</dd>
</dl>
<h2>概要 Summary</h2>
<table id="summary"><tr>${summary.map(([k]) => `<th>${k}</th>`).join('')}</tr><tr>${summary.map(([, v]) => `<td class="n">${v}</td>`).join('')}</tr></table>
<h2>发现 Findings</h2>
${e.findings.length ? e.findings.map(findingHtml).join('\n') : '<p>未发现问题。No findings.</p>'}
${e.tables.length ? `<h2>涉及的表格 Tables involved</h2>\n${e.tables.map(tableHtml).join('\n')}` : ''}
</body>
</html>
`;
}
