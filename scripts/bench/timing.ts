// A small timing loop: warm up, then run until a time budget is spent, and
// report the median. Benchmarks here run on a shared 2-core machine, so the
// median of several runs is steadier than a mean.

export interface Timing {
  /** Median wall time of one run, in milliseconds. */
  medianMs: number;
  /** Median CPU time of the process during one run (user + system, all its threads), in milliseconds. */
  medianCpuMs: number;
  runs: number;
}

export interface TimeOptions {
  /** Runs before measuring (JIT warm-up). */
  warmup?: number;
  /** Stop measuring after this many milliseconds of runs… */
  budgetMs?: number;
  /** …but never fewer / more runs than these. */
  minRuns?: number;
  maxRuns?: number;
}

/** Times `run` (sync or async) and returns the median of the measured runs. */
export async function timeMedian(
  run: () => unknown,
  { warmup = 1, budgetMs = 1500, minRuns = 3, maxRuns = 200 }: TimeOptions = {},
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  const cpu: number[] = [];
  const until = performance.now() + budgetMs;
  while (times.length < minRuns || (times.length < maxRuns && performance.now() < until)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { medianMs: median(times), medianCpuMs: median(cpu), runs: times.length };
}

/** Median of a non-empty list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
