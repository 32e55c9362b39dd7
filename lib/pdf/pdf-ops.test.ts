import { OPS as PDFJS_OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { OPS } from './pdf-ops.ts';

describe('pdf.js operator ids', () => {
  it('match the installed pdfjs-dist', () => {
    for (const [name, id] of Object.entries(OPS)) {
      expect([name, (PDFJS_OPS as Record<string, number>)[name]]).toEqual([name, id]);
    }
  });
});
