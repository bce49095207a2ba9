// The measure behind "no task of Tallymark's over 50 ms": a run of our samples
// ends where the main thread's task does (tests/e2e/profile-stretch.ts).
import { describe, expect, test } from 'vitest';
import { type CpuProfile, longestStretchUnder, tasksOfOurThread } from '../../../tests/e2e/profile-stretch';
import { mainThreadTasks } from '../../../tests/e2e/task-trace';
import { cpuTimeUnder } from '../../../scripts/bench/content-main-thread';

const OURS = 'chrome-extension://abc/';

/** A profile of `kinds` sampled every 100 µs from t = 1,000 µs: 'o' ours, 'p' (program), 'g' GC, 'x' the page's code. */
function profile(kinds: string): CpuProfile {
  const ids: Record<string, number> = { o: 3, p: 4, g: 5, x: 6 };
  return {
    nodes: [
      { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 4, 5, 6] },
      { id: 2, callFrame: { url: `${OURS}content-scripts/content.js`, functionName: 'walk' }, children: [3] },
      { id: 3, callFrame: { url: '', functionName: 'getComputedStyle' } },
      { id: 4, callFrame: { url: '', functionName: '(program)' } },
      { id: 5, callFrame: { url: '', functionName: '(garbage collector)' } },
      { id: 6, callFrame: { url: 'http://127.0.0.1/page.js', functionName: 'pageCode' } },
    ],
    startTime: 1000,
    samples: [...kinds].map((k) => ids[k]!),
    timeDeltas: [...kinds].map(() => 100),
  };
}

describe('longest stretch of ours', () => {
  // Samples at 1100, 1200, … µs: 10 of ours, 2 of the engine between tasks, 10 of ours.
  const p = profile('oooooooooopp' + 'oooooooooo');

  test('without task boundaries, the engine between two slices joins them', () => {
    expect(longestStretchUnder(p, OURS)).toBeCloseTo(2.1, 5);
  });

  test('with the tasks of a trace, each slice is its own stretch', () => {
    const tasks = [
      { start: 1050, end: 2050 },
      { start: 2250, end: 3250 },
    ];
    expect(longestStretchUnder(p, OURS, tasks)).toBeCloseTo(1.0, 5);
  });

  test('garbage collection inside our task continues the stretch; the page code ends it', () => {
    const tasks = [{ start: 0, end: 1e9 }];
    expect(longestStretchUnder(profile('ooggoo'), OURS, tasks)).toBeCloseTo(0.5, 5);
    expect(longestStretchUnder(profile('ooxooo'), OURS, tasks)).toBeCloseTo(0.2, 5);
  });

  test("the engine's work after our last sample in a task (the browser's own rendering) is not ours", () => {
    const tasks = [{ start: 0, end: 1e9 }];
    expect(longestStretchUnder(profile('oooppppppppp'), OURS, tasks)).toBeCloseTo(0.3, 5);
  });

  test('the thread holding our samples is the one whose tasks are used', () => {
    const ours = [{ start: 1050, end: 3250 }];
    const other = [{ start: 5000, end: 6000 }];
    expect(tasksOfOurThread(p, OURS, [other, ours])).toBe(ours);
  });
});

describe('main-thread tasks of a trace', () => {
  test('tasks of renderer main threads only, nested ones merged into the outer', () => {
    const threads = mainThreadTasks([
      { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 2, args: { name: 'Compositor' } },
      { name: 'RunTask', ph: 'X', ts: 100, dur: 50, pid: 1, tid: 1 },
      { name: 'ThreadControllerImpl::RunTask', ph: 'X', ts: 110, dur: 10, pid: 1, tid: 1 },
      { name: 'RunTask', ph: 'X', ts: 200, dur: 5, pid: 1, tid: 1 },
      { name: 'RunTask', ph: 'X', ts: 100, dur: 500, pid: 1, tid: 2 },
    ]);
    expect(threads).toEqual([
      [
        { start: 100, end: 150 },
        { start: 200, end: 205 },
      ],
    ]);
  });
});

describe("our main-thread time as the thread's CPU time (scripts/bench/content-main-thread.ts)", () => {
  // Ten samples of ours at 1100 … 2000 µs, each standing for 100 µs.
  const p = profile('oooooooooo' + 'x');

  test('a task that ran half its wall time weighs its samples by half', () => {
    expect(cpuTimeUnder(p, OURS, [{ start: 1050, end: 2050, cpu: 500 }])).toBeCloseTo(0.5, 5);
  });

  test('a task with no thread time, or no trace, counts its samples whole', () => {
    expect(cpuTimeUnder(p, OURS, [{ start: 1050, end: 2050 }])).toBeCloseTo(1.0, 5);
    expect(cpuTimeUnder(p, OURS, null)).toBeCloseTo(1.0, 5);
  });

  test('the trace keeps each task’s thread time, and a nested task’s stays within its outer one', () => {
    const events = [
      { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
      { name: 'ThreadControllerImpl::RunTask', ph: 'X', ts: 1000, dur: 1000, tdur: 400, pid: 1, tid: 1 },
      { name: 'RunTask', ph: 'X', ts: 1000, dur: 1000, tdur: 400, pid: 1, tid: 1 },
    ];
    expect(mainThreadTasks(events)).toEqual([[{ start: 1000, end: 2000, cpu: 400 }]]);
  });
});
