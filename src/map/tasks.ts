/**
 * Work in slices: the map's start never holds the main thread for long (a phone runs about four times slower than
 * a desktop, and a task over 50 ms delays whatever the reader does meanwhile). `yieldToMain` lets input, rendering
 * and other tasks run, then continues: `scheduler.yield()` where the browser has it, else a message to itself.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** After the next frame has been drawn: what was changed before it is styled, laid out and painted by then. */
export function afterFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Milliseconds of work per slice (desktop time: about 25 ms on a phone). */
export const SLICE_MS = 6;

/** Runs a generator to its end, yielding to the page whenever a slice has taken `budget` milliseconds. */
export async function runSliced<T>(steps: Generator<unknown, T>, budget = SLICE_MS): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start > budget) {
      await yieldToMain();
      start = performance.now();
    }
  }
}
