import { describe, expect, it } from 'vitest';
import { finish, PauseEvery, type Steps } from './steps.ts';

function* countTo(n: number, pause: PauseEvery): Steps<number> {
  let sum = 0;
  for (let i = 1; i <= n; i++) {
    if (pause.due()) yield;
    sum += i;
  }
  return sum;
}

describe('steps', () => {
  it('finish runs steps to the end and returns their result', () => {
    expect(finish(countTo(100, new PauseEvery(7)))).toBe(5050);
  });

  it('PauseEvery pauses once per `every` calls', () => {
    const steps = countTo(1000, new PauseEvery(250));
    let pauses = 0;
    for (let next = steps.next(); !next.done; next = steps.next()) pauses++;
    // Calls 250, 500, 750 and 1000 are due.
    expect(pauses).toBe(4);
  });
});
