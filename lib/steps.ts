/**
 * Work that can be done in slices: a generator that yields (nothing) wherever it may pause and returns its result.
 * The engine's phases are written as steps so the page can run a check in slices of a few milliseconds and give the
 * page its turn between them (entrypoints/engine/check-scheduler.ts), while the CLI, the checker page and the tests
 * run the same steps to the end in one go (`finish`).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end, without pausing. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Rows of a table handled between two pauses, wherever a step loops over rows (read, placement, grid, structure,
 * checks): a few milliseconds of work for 250 rows, so a 10,000-row table is never one long step.
 */
export const ROWS_PER_PAUSE = 250;

/** Pauses every `every` calls: for loops over thousands of rows, where one pause per row would cost more than the row. */
export class PauseEvery {
  private count = 0;
  constructor(private readonly every: number) {}
  due(): boolean {
    this.count += 1;
    if (this.count < this.every) return false;
    this.count = 0;
    return true;
  }
}
