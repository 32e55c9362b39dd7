/**
 * What to tell the reader when pdf.js cannot open a PDF. Shared by the CLI and the PDF viewer page. Chinese first,
 * English beside it.
 */
export const PDF_ERRORS = {
  encrypted: 'PDF 已加密，无法读取 / the PDF is encrypted (password protected) and cannot be read',
  broken: 'PDF 文件已损坏或不完整，无法读取 / the PDF is damaged or incomplete and cannot be read',
  empty: 'PDF 文件为空 / the PDF file is empty',
} as const;

/** pdf.js's error (PasswordException, InvalidPDFException, …) → an Error with a message a reader can act on. */
export function explainPdfError(error: unknown): Error {
  const name = (error as { name?: string })?.name ?? '';
  const message = (error as { message?: string })?.message ?? String(error);
  if (name === 'PasswordException' || /password/i.test(message)) return new Error(PDF_ERRORS.encrypted);
  if (Object.values(PDF_ERRORS).includes(message as (typeof PDF_ERRORS)[keyof typeof PDF_ERRORS])) return new Error(message);
  return new Error(`${PDF_ERRORS.broken} (${message})`);
}

/** The pages readPdfJsDocument had to skip, named for the reader (the CLI's text, the viewer's summary). */
export function damagedPagesMessage(failedPages: readonly number[]): string {
  const list = failedPages.join(', ');
  return `PDF 第 ${list} 页已损坏，未能读取 / page(s) ${list} of the PDF are damaged and could not be read`;
}
