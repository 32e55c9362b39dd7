/**
 * Smallest and largest of many numbers. Math.min(...values) throws RangeError once the array outgrows the call
 * stack (some 100,000 values), which a hostile PDF with one line of 200,000 glyphs would reach.
 */
export function minOf(values: Iterable<number>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const v of values) if (v < min) min = v;
  return min;
}

export function maxOf(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max) max = v;
  return max;
}
