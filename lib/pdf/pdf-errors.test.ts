import { describe, expect, it } from 'vitest';
import { damagedPagesMessage, explainPdfError, PDF_ERRORS } from './pdf-errors.ts';

describe('explainPdfError', () => {
  it('says a password-protected PDF is encrypted', () => {
    const error = Object.assign(new Error('No password given'), { name: 'PasswordException' });
    expect(explainPdfError(error).message).toBe(PDF_ERRORS.encrypted);
  });

  it('says anything else is damaged, keeping pdf.js’s words for the curious', () => {
    const error = Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' });
    expect(explainPdfError(error).message).toBe(`${PDF_ERRORS.broken} (Invalid PDF structure.)`);
  });

  it('passes our own messages through unchanged', () => {
    expect(explainPdfError(new Error(PDF_ERRORS.empty)).message).toBe(PDF_ERRORS.empty);
  });
});

describe('damagedPagesMessage', () => {
  it('names every skipped page, Chinese first', () => {
    expect(damagedPagesMessage([2, 5])).toBe('PDF 第 2, 5 页已损坏，未能读取 / page(s) 2, 5 of the PDF are damaged and could not be read');
  });
});
