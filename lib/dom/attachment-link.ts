/**
 * Is a link a budget file? Many disclosure pages publish the tables only as attachments (PDF, Excel, Word, WPS, OFD, or
 * a zip of them); the page then has no table to check and the popup says so and lists the files. Known by the href's
 * file extension, by a file name in the query string (download.jsp?file=部门预算.xlsx), or by the link text
 * ("2023年部门预算公开.pdf").
 */
import type { AttachmentType } from '../model.ts';

const EXT = 'pdf|xlsx|xls|docx|doc|wps|et|ofd|zip|rar';
const ENDS_WITH_EXT = new RegExp(`\\.(${EXT})$`, 'i');
/** In link text the extension may be followed by a closing bracket, a size "(2.3MB)" or punctuation. */
const TEXT_EXT = new RegExp(`\\.(${EXT})(?=$|[\\s)）\\]】,，;；(（])`, 'i');
/** "[PDF]", "（XLSX）": a format tag in the link text. */
const TEXT_TAG = new RegExp(`[\\[【(（]\\s*(${EXT})\\s*[\\]】)）]`, 'i');

/** Links that are never files. */
const NOT_A_FILE = /^\s*(?:mailto|tel|sms):/i;

export function attachmentType(href: string, text: string): AttachmentType | undefined {
  if (NOT_A_FILE.test(href)) return undefined;
  const withoutHost = href.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  const [beforeHash] = withoutHost.split('#');
  const [path, query = ''] = beforeHash.split('?');
  const byPath = ENDS_WITH_EXT.exec(safeDecode(path));
  if (byPath) return byPath[1].toLowerCase() as AttachmentType;
  for (const pair of query.split('&')) {
    const value = safeDecode(pair.slice(pair.indexOf('=') + 1));
    const byQuery = ENDS_WITH_EXT.exec(value);
    if (byQuery) return byQuery[1].toLowerCase() as AttachmentType;
  }
  const byText = TEXT_EXT.exec(text) ?? TEXT_TAG.exec(text);
  return byText ? (byText[1].toLowerCase() as AttachmentType) : undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
