/**
 * Whether some work grows in proportion to its input, measured so that a busy machine cannot fail
 * the test while a quadratic algorithm still does. Two sizes are timed side by side (the larger four
 * times the smaller), each the best of three runs, in CPU time of this process rather than
 * wall-clock time: on a shared machine the clock counts the other processes' turns too, but the
 * ratio of two CPU times measured together stays near 4 for linear work and 16 for quadratic work.
 */

/** How many times longer the large input is than the small one. */
export const GROWTH = 4;

/** CPU time (user and system) of this process spent in `run`, in milliseconds. */
function cpuMillis(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

/** The CPU time of `work` on an input of size `n` and one of size `GROWTH * n`, best of three each, interleaved. */
export function timeTwoSizes<T>(build: (n: number) => T, work: (input: T) => void, n: number): { small: number; large: number } {
  const small = build(n);
  const large = build(GROWTH * n);
  const times = { small: Infinity, large: Infinity };
  for (let pass = 0; pass < 3; pass++) {
    times.small = Math.min(times.small, cpuMillis(() => work(small)));
    times.large = Math.min(times.large, cpuMillis(() => work(large)));
  }
  return times;
}

/**
 * True when the large input took at most twice the linear share of the small one's time (8 times,
 * where quadratic work takes 16), with `slackMs` for timer resolution and a garbage collection
 * landing in one run.
 */
export function growsLinearly(times: { small: number; large: number }, slackMs = 25): boolean {
  return times.large <= 2 * GROWTH * times.small + slackMs;
}
