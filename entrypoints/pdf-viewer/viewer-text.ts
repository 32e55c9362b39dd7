/** The viewer's own words, Chinese first (components/i18n.ts holds the words it shares with the popup). */
import type { Lang } from '../../components/i18n.ts';

const TEXT = {
  title: { zh: '预算核对 · 核对文件', en: 'Budget Check · Check a file' },
  choose: { zh: '打开 PDF 或已保存的网页', en: 'Open a PDF or a saved web page' },
  intro: {
    zh: '选择一份预决算公开的 PDF 文件或已保存的网页（.html、.htm），核对其中表格的合计与文字中的数字；也可以把文件拖到此页。文件只在本机读取，不会上传。',
    en: 'Choose a budget disclosure as a PDF or a saved web page (.html, .htm) to check the sums of its tables and the figures in its text, or drop the file on this page. The file is read on this computer and sent nowhere.',
  },
  unknownFile: {
    zh: '无法读取此文件：请选择 PDF 文件或已保存的网页（.html、.htm）',
    en: 'This file cannot be read: choose a PDF or a saved web page (.html, .htm)',
  },
  emptyFile: { zh: '文件是空的', en: 'The file is empty' },
  savedPageNote: {
    zh: '网页按保存时的样子显示：其中的脚本不会运行，图片和样式也不会从网络加载。',
    en: 'The page is shown as it was saved: its scripts do not run, and no image or style is loaded from the network.',
  },
  reading: { zh: '正在读取', en: 'Reading' },
  fetchFailed: {
    zh: '无法下载此 PDF（网站可能不允许扩展直接读取）。请下载后用“打开 PDF 或已保存的网页”打开。',
    en: 'Could not download this PDF (the site may not let the extension read it). Download it and open it with “Open a PDF or a saved web page”.',
  },
  accessNeeded: {
    zh: '此 PDF 不在政府网站（*.gov.cn）上。要下载并核对它，需要你允许扩展读取 {host}；只会下载你选的这份文件。',
    en: 'This PDF is not on a government site (*.gov.cn). To download and check it, allow the extension to read {host}; only the file you chose is downloaded.',
  },
  allow: { zh: '允许读取 {host} 并核对', en: 'Allow reading {host} and check' },
  accessRefused: {
    zh: '未获允许读取 {host}，无法下载此 PDF。请在浏览器中下载这份文件，再用“打开 PDF 或已保存的网页”核对。',
    en: 'Reading {host} was not allowed, so this PDF cannot be downloaded. Download the file in the browser and open it with “Open a PDF or a saved web page”.',
  },
  downloadIt: { zh: '在浏览器中下载此 PDF', en: 'Download this PDF in the browser' },
  tablesAndExport: { zh: '逐表导出', en: 'Export table by table' },
  tables: { zh: '张表格', en: 'tables' },
  noTables: { zh: '没有找到预算表格', en: 'No budget table found' },
  noFindings: { zh: '全部核对通过', en: 'Every check passed' },
  pages: { zh: '页', en: 'pages' },
  scannedWhy: {
    zh: '这是扫描件：页面只是图片，没有可读的文字，无法核对',
    en: 'This PDF is a scan: its pages are pictures with no text to read, so it cannot be checked',
  },
  page: { zh: '第 {n} 页', en: 'Page {n}' },
  compareButton: { zh: '与上年对比', en: 'Compare with last year' },
  compareWaiting: {
    zh: '与上年对比：再选择或拖入另一年度（或同一年的预算/决算）的文件。可一次选择多个文件，如“说明”和“表格”。',
    en: 'Compare with last year: now pick or drop the document of the other year (or the budget or final accounts of the same year). Several files can be chosen at once, such as a 说明 and its 表格.',
  },
  joined: { zh: '说明与表格合并核对', en: 'text and tables checked together' },
  noPair: {
    zh: '这些文件无法对比：需要同一单位相邻年度的文件，或同一年的预算与决算。',
    en: 'These files cannot be compared: they must be of one unit in consecutive years, or a budget and the final accounts of its year.',
  },
  compareYear: { zh: '与上年对比', en: 'Year against year' },
  compareBudget: { zh: '决算与预算对比', en: 'Final accounts against the budget' },
  compared: { zh: '项对比', en: 'figures and rates compared' },
  noDifference: { zh: '未发现不一致', en: 'no inconsistency found' },
  compareEvidence: { zh: '对比证据包', en: 'Comparison evidence' },
  errors: { zh: '个错误', en: 'errors' },
  newDoc: { zh: '新', en: 'New' },
  oldDoc: { zh: '旧', en: 'Old' },
  error: { zh: '错误', en: 'Error' },
  minorError: { zh: '轻微错误', en: 'Minor error' },
  warning: { zh: '警告', en: 'Warning' },
  note: { zh: '提示', en: 'Note' },
} as const;

export type ViewerTextKey = keyof typeof TEXT;

export function vt(lang: Lang, key: ViewerTextKey, n?: number): string {
  const s: string = TEXT[key][lang];
  return n === undefined ? s : s.replace('{n}', String(n));
}

/** Both languages, Chinese first: for messages that must read the same to everyone (errors). */
export function vtBoth(key: ViewerTextKey): string {
  return `${TEXT[key].zh} / ${TEXT[key].en}`;
}
