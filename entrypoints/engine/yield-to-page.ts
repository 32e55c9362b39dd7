/**
 * Giving the page its turn between slices of a check. `scheduler.yield()` where the browser has it (the continuation
 * keeps its place ahead of other queued work); elsewhere a MessageChannel message, which runs as a new task without
 * setTimeout's 4 ms clamp and without waiting for a frame (a hidden tab throttles timers and stops frames).
 */

interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
