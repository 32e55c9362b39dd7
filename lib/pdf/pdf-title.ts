/**
 * The document title from a PDF's metadata, when it is one.
 *
 * PDF writers on Chinese Windows leave the Title as the file name, in GBK bytes that pdf.js cannot decode and returns
 * as a hex string: 江苏省委办公厅2019年度部门预算公开文件.pdf has the Title
 * <4D6963726F736F667420576F7264202D20BDADCBD5...> = "Microsoft Word - 江苏省委办公厅2019年度部门预算公开文件" in GBK.
 * Such a title is decoded, and the producer's prefix and the file extension are dropped.
 */

const HEX_STRING = /^<((?:[0-9A-Fa-f]{2})+)>$/;
const PRODUCER_PREFIX = /^(?:Microsoft\s+(?:Word|Excel|PowerPoint)|WPS\s*(?:文字|表格|Office)?)\s*-\s*/i;
const FILE_EXTENSION = /\.(?:docx?|xlsx?|xls|wps|et|pdf|html?|txt)$/i;
const PLACEHOLDER = /^(?:untitled|无标题|新建\s*(?:Microsoft\s*)?(?:Word|Excel)?\s*文档|document\d*|sheet\d*|book\d*)$/i;

function decodeHex(hex: string): string | null {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  for (const encoding of ['utf-8', 'gbk']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // not this encoding
    }
  }
  return null;
}

export function cleanPdfTitle(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let title = raw.trim();
  const hex = HEX_STRING.exec(title);
  if (hex) title = decodeHex(hex[1]) ?? '';
  // Control characters and U+FFFD mean the bytes were not text in any encoding we know.
  if (/[\u0000-\u001f\ufffd]/.test(title)) return undefined;
  title = title.replace(PRODUCER_PREFIX, '').replace(FILE_EXTENSION, '').trim();
  if (!title || PLACEHOLDER.test(title)) return undefined;
  return title;
}
