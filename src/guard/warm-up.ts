/**
 * Runs the engine's warm-up steps in the page's idle time, so that the first paste on a page is
 * as quick as any later one. Each idle period takes a few steps (a period lasts at most 50 ms,
 * and the next comes only after it: one step per period would take seconds, ~40 steps). A
 * paste that comes first simply runs on whatever is not warm yet: warming up changes how fast a
 * decision is, never what it is.
 */
export function warmUpWhenIdle(win: Window, steps: readonly (() => void)[], idle = idleCallback(win)): void {
  let next = 0;
  const work = (deadline: IdleDeadline) => {
    const start = performance.now();
    // At least one step per callback: a page that is never idle still gets warm, step by step.
    do {
      try {
        steps[next]!();
      } catch {
        // Warming up is an optimisation; a step that throws leaves the real scan to report it.
      }
      next++;
    } while (next < steps.length && deadline.timeRemaining() > MARGIN_MS && performance.now() - start < SLICE_MS);
    if (next < steps.length) idle(work);
  };
  if (steps.length) idle(work);
}

/** Idle time a step may still start in: the longest steps (decoding the name data) take about this long. */
const MARGIN_MS = 15;
/**
 * After this long, an idle callback stops taking steps, so that a paste that comes meanwhile waits
 * at most this plus one step (the longest, decoding the name data, takes ~20 ms in Chromium): ~50 ms,
 * what counts as a long task. Shorter slices finish warming up later (measured: 10 ms slices took
 * ~0.3 s after load instead of ~0.15 s), and a paste before then runs partly cold.
 */
const SLICE_MS = 30;

type Idle = (work: (deadline: IdleDeadline) => void) => void;

function idleCallback(win: Window): Idle {
  // A busy page may have no idle time for long; after a second it gets one step a task anyway.
  if (typeof win.requestIdleCallback === 'function') return (work) => win.requestIdleCallback(work, { timeout: 1_000 });
  return (work) => win.setTimeout(() => work({ didTimeout: true, timeRemaining: () => 0 }), 50);
}
