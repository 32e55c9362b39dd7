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
