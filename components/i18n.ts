/**
 * Interface text, Chinese first. The browser's UI language decides (zh-* → Chinese, anything else → English);
 * the settings can override it. Finding messages come from the engine in both languages (Finding.message /
 * messageEn); this file holds only the extension's own words.
 */
export type Lang = 'zh' | 'en';
export type LangSetting = 'auto' | Lang;

export function resolveLang(setting: LangSetting | undefined, uiLanguage: string | undefined): Lang {
  if (setting === 'zh' || setting === 'en') return setting;
  return /^zh\b/i.test(uiLanguage ?? '') ? 'zh' : 'en';
}

const STRINGS = {
  appName: { zh: '预算核对', en: 'Budget Check' },
  errors: { zh: '错误', en: 'errors' },
  notes: { zh: '提示', en: 'notes' },
  passed: { zh: '核对通过', en: 'checks passed' },
  error: { zh: '错误', en: 'Error' },
  minorError: { zh: '轻微错误', en: 'Minor error' },
  warning: { zh: '警告', en: 'Warning' },
  doubt: { zh: '结构存疑', en: 'Reading doubt' },
  rounding: { zh: '舍入', en: 'Rounding' },
  note: { zh: '提示', en: 'Note' },
  stated: { zh: '所列', en: 'Stated' },
  expected: { zh: '应为', en: 'Expected' },
  difference: { zh: '差额', en: 'Difference' },
  row: { zh: '行', en: 'Row' },
  column: { zh: '列', en: 'Column' },
  table: { zh: '表', en: 'Table' },
  rule: { zh: '规则', en: 'Rule' },
  quote: { zh: '原文', en: 'Text' },
  close: { zh: '关闭', en: 'Close' },
  exportTable: { zh: '导出此表', en: 'Export this table' },
  noFindingsInTable: { zh: '本表全部核对通过', en: 'Every check of this table passed' },
  jumpAbove: { zh: '跳到上一处问题', en: 'Jump to the previous finding' },
  jumpBelow: { zh: '跳到下一处问题', en: 'Jump to the next finding' },
  noBudgetTable: { zh: '本页没有预算表', en: 'This page has no budget table' },
  inAttachments: { zh: '本页预算在附件中', en: "This page's budget is in an attachment" },
  scanned: { zh: '扫描件：没有可读的文字', en: 'A scanned document: no text to read' },
  cannotCheck: { zh: '无法核对此页', en: 'This page cannot be checked' },
  cannotCheckWhy: {
    zh: '浏览器不允许扩展读取此页（如浏览器内部页面或应用商店）。',
    en: 'The browser does not let extensions read this page (browser pages, web stores).',
  },
  checking: { zh: '正在核对…', en: 'Checking…' },
  tablesFound: { zh: '张预算表', en: 'budget tables' },
  showMarks: { zh: '在页面上标出', en: 'Show marks on the page' },
  rerun: { zh: '重新核对', en: 'Check again' },
  export: { zh: '导出', en: 'Export' },
  exportAll: { zh: '导出全部表格', en: 'All tables' },
  evidence: { zh: '核对证据', en: 'Evidence pack' },
  settings: { zh: '设置', en: 'Settings' },
  language: { zh: '语言', en: 'Language' },
  langAuto: { zh: '跟随浏览器', en: 'Browser language' },
  autoRunSite: { zh: '在此网站自动核对', en: 'Check this site automatically' },
  allPassed: { zh: '未发现问题', en: 'No problems found' },
  untitledTable: { zh: '未命名表格', en: 'Untitled table' },
  pageLevel: { zh: '全文', en: 'Whole document' },
  notLocated: { zh: '（未能在页面上定位）', en: '(not found on the page)' },
  checkThisTable: { zh: '核对此表', en: 'Check this table' },
  elapsed: { zh: '耗时', en: 'took' },
  copy: { zh: '复制', en: 'Copy' },
  copyTitle: { zh: '复制为 TSV，可直接粘贴到表格软件', en: 'Copy as TSV, to paste into a spreadsheet' },
  checkPdf: { zh: '核对', en: 'Check' },
  checkPdfTitle: { zh: '用预算核对打开此 PDF', en: 'Open this PDF in Budget Check' },
  checkThisPdf: { zh: '核对此 PDF', en: 'Check this PDF' },
  compareWithLastYear: { zh: '与上年对比', en: 'Compare with last year' },
  compareTitle: {
    zh: '在核对页中打开，再选择或拖入另一年的文件（或同一年的预算/决算）',
    en: 'Opens the checker: then pick or drop the other year’s document (or the budget or final accounts of the same year)',
  },
  checkTogether: { zh: '一起核对', en: 'Check together' },
  checkTogetherTitle: {
    zh: '把这些 PDF 一起打开：“说明”与其“表格”合并核对，不同年度的相互对比',
    en: 'Opens these PDFs together: a 说明 is checked with its 表格, and years are compared',
  },
  attachmentsOnPage: { zh: '本页附件', en: 'Attachments on this page' },
  notCheckedYet: { zh: '暂不能核对此格式', en: 'not checked yet' },
  pdfTab: { zh: '此标签页是一份 PDF 文件。', en: 'This tab shows a PDF file.' },
  maybePdf: {
    zh: '如果此标签页显示的是 PDF 文件，可以在预算核对中打开它。',
    en: 'If this tab shows a PDF file, Budget Check can open it.',
  },
  localFileTab: {
    zh: '此标签页是保存在本机的文件（file://）。浏览器不允许扩展读取本机文件。',
    en: 'This tab shows a file saved on this computer (file://). The browser does not let extensions read local files.',
  },
  maybeLocalFile: {
    zh: '如果此标签页是保存在本机的网页（file://）：浏览器不允许扩展读取本机文件。',
    en: 'If this tab shows a web page saved on this computer (file://): the browser does not let extensions read local files.',
  },
  openInChecker: { zh: '在核对页打开已保存的网页', en: 'Open the saved page in the checker' },
  openInCheckerHow: {
    zh: '在核对页中选择同一个文件（或把它拖进去）即可核对，无需其他设置。',
    en: 'Pick the same file there (or drop it in) to check it, with no other setting.',
  },
  fileAccessHow: {
    zh: '要在页面本身上标出问题：在扩展程序页面为本扩展打开“允许访问文件网址”，再重新加载此标签页。',
    en: 'To mark the page itself: turn on “Allow access to file URLs” for this extension on the extensions page, then reload this tab.',
  },
  openExtensionSettings: { zh: '打开扩展程序设置', en: 'Open the extension settings' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** Both languages, Chinese first: for places that must read the same to everyone (the context menu). */
export function bilingual(key: StringKey): string {
  return `${STRINGS[key].zh} / ${STRINGS[key].en}`;
}
