import { describe, expect, it } from 'vitest';
import { applyToPoint, multiply } from './matrix.ts';

describe('matrix', () => {
  it('applies the right-hand matrix first, as PDF concatenates cm operators', () => {
    const scale = [2, 0, 0, 2, 0, 0];
    const translate = [1, 0, 0, 1, 10, 20];
    // translate then scale: (1,1) → (11,21) → (22,42)
    expect(applyToPoint(multiply(scale, translate), 1, 1)).toEqual([22, 42]);
    // scale then translate: (1,1) → (2,2) → (12,22)
    expect(applyToPoint(multiply(translate, scale), 1, 1)).toEqual([12, 22]);
  });

  it('maps user space to a 90°-rotated viewport the way pdf.js does', () => {
    // pdf.js viewport transform of an A4 page with /Rotate 90 at scale 1.
    const viewport = [0, 1, 1, 0, 0, 0];
    expect(applyToPoint(viewport, 100, 30)).toEqual([30, 100]);
  });
});
