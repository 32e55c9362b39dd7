/**
 * Does the work grow linearly with the input? Times a function on a small and a ten-times-larger input and returns
 * the ratio of the two. Linear work gives ~10; the quadratic regexes these tests were written against gave 100–150
 * (parseCell on 100,000 digits and an "x": 65 ms → 9 s) and the cubic one ~1000.
 *
 * Timing, not counting: a regex's backtracking steps cannot be counted from outside. To keep it from being flaky
 * when the suite runs test files in parallel: the two sizes are timed in alternation (ROUNDS rounds, so a busy spell
 * of the machine hits both), each round's small input runs until it has taken MIN_SAMPLE_MS, the fastest run of each
 * size counts (GC pauses and other processes only ever add time), and the bound asserted by the tests (MAX_RATIO) is
 * loose: linear work measures 4–22 here, the quadratic cases it guards against 100 and more.
 */

export const MAX_RATIO = 50;
/** Below this the large input took no measurable time: nothing can be quadratic there. */
export const NEGLIGIBLE_MS = 8;
const MIN_SAMPLE_MS = 25;
const ROUNDS = 3;
/**
 * When the ratio is still over the bound after ROUNDS, more rounds, up to this many: taking the fastest of more
 * samples only removes time other processes took (linear work measures ~15 alone, and went over 50 once with the
 * whole suite running beside it), while quadratic work stays at 100 and more however often it is timed.
 */
const MAX_ROUNDS = 10;
/** A large run this slow needs no second sample to be called slow. */
const CLEARLY_SLOW_MS = 3000;

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export interface Growth {
  smallMs: number;
  largeMs: number;
  ratio: number;
}

/** `make(n)` builds the input of size n; `work` runs on it. Sizes n and 10·n. */
export function growth<T>(make: (n: number) => T, work: (input: T) => unknown, n = 10_000): Growth {
  const small = make(n);
  const large = make(n * 10);
  work(small); // warm-up: JIT and regex compilation
  let smallMs = Number.POSITIVE_INFINITY;
  let largeMs = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS || (round < MAX_ROUNDS && largeMs / Math.max(smallMs, 0.05) >= MAX_RATIO); round++) {
    let spent = 0;
    for (let runs = 0; runs < 3 || (spent < MIN_SAMPLE_MS && runs < 200); runs++) {
      const ms = timed(() => work(small));
      smallMs = Math.min(smallMs, ms);
      spent += ms;
    }
    largeMs = Math.min(largeMs, timed(() => work(large)));
    if (largeMs > CLEARLY_SLOW_MS) break;
  }
  smallMs = Math.max(smallMs, 0.05);
  return { smallMs, largeMs, ratio: largeMs / smallMs };
}

/** Linear enough: ratio under MAX_RATIO, or the large input took negligible time. */
export function isLinear(g: Growth): boolean {
  return g.largeMs < NEGLIGIBLE_MS || g.ratio < MAX_RATIO;
}

/** The adversarial strings of issue 6, each built at size n (characters, roughly). */
export const HOSTILE: Record<string, (n: number) => string> = {
  digits: (n) => '1'.repeat(n),
  'digits then x': (n) => `${'1'.repeat(n)}x`,
  '1, repeated': (n) => '1,'.repeat(n / 2),
  '占 repeated': (n) => '占'.repeat(n),
  '比上年增加 repeated': (n) => '比上年增加'.repeat(n / 5),
  'unclosed brackets': (n) => '（('.repeat(n / 2),
  'full-width digits and separators': (n) => '１，２．３％'.repeat(n / 6),
  'full-width digits then a stop': (n) => `${'１，'.repeat(n / 2)}。`,
  // Thousands groups after Chinese commas that never reach a unit: each figure inside the run must not look to its end.
  'Chinese thousands groups, no unit': (n) => `1${'，234'.repeat(n / 4)}x`,
  'Chinese thousands groups, then money': (n) => `1234${'，567'.repeat(n / 4)}万元`,
  // Years in Chinese numerals: runs of numerals and spaces before a 年 that never comes, or comes at the very end.
  'Chinese numerals then spaces': (n) => `${'一二三四 '.repeat(n / 5)}年`,
  'spaces of every kind': (n) => ` \u3000\u00a0\t${'\u2002'}`.repeat(n / 5),
  'unit word after spaces': (n) => `单位${' '.repeat(n)}：${'\u3000'.repeat(n)}x`,
  '预算数 repeated': (n) => `${'预算数'.repeat(n / 3)}x`,
  'amounts without a comma': (n) => '1万元'.repeat(n / 3),
  'changes without a comma': (n) => '比上年增加1万元'.repeat(n / 8),
  'shares of a list': (n) => `合计1万元，其中：${'一般公共预算1万元占1%'.repeat(n / 12)}`,
  '共计 repeated': (n) => '1万元共计2万元'.repeat(n / 8),
};
