// The task of a trace that holds an event, and its thread time with the
// microtask checkpoint the scheduler runs as it completes (content-eval-task.ts).
import { describe, expect, test } from 'vitest';
import { cpuOfTaskHolding, isContentEvaluation, isReaderEvaluation } from '../../../scripts/bench/content-eval-task';

const X = (name: string, ts: number, dur: number, tdur: number, tid = 1, args?: object) => ({
  name,
  ph: 'X',
  ts,
  dur,
  tdur,
  pid: 7,
  tid,
  args,
});
const CONTENT = { data: { url: 'chrome-extension://abc/content-scripts/content.js' } };

describe('cpuOfTaskHolding', () => {
  test('the outermost task around the event, on its thread, with the checkpoint right after it', () => {
    const events = [
      X('ThreadControllerImpl::RunTask', 100, 50, 40),
      X('RunTask', 101, 48, 39),
      X('EvaluateScript', 105, 30, 28, 1, CONTENT),
      // Another thread's task at the same time, and this thread's next task: neither counts.
      X('ThreadControllerImpl::RunTask', 90, 100, 90, 2),
      X('ThreadControllerImpl::RunTask', 400, 10, 10),
      X('ThreadControllerImpl::RunTask', 1000, 300, 250),
      X('v8.evaluateModule', 1010, 200, 190),
      X('BlinkScheduler_OnTaskCompleted', 1300, 2000, 1500),
      X('BlinkScheduler_PerformMicrotaskCheckpoint', 1301, 1990, 1490),
      // A checkpoint well after the task is another task's.
      X('BlinkScheduler_OnTaskCompleted', 1700, 50, 50),
    ];
    expect(cpuOfTaskHolding(events, isContentEvaluation)).toBeCloseTo(0.04);
    expect(cpuOfTaskHolding(events, isReaderEvaluation)).toBeCloseTo(1.75);
  });

  test('null when the event is not in the trace, or its task has no thread time', () => {
    expect(cpuOfTaskHolding([X('RunTask', 0, 10, 10)], isContentEvaluation)).toBeNull();
    const untimed = [{ name: 'RunTask', ph: 'X', ts: 0, dur: 10, pid: 7, tid: 1 }, X('EvaluateScript', 1, 5, 5, 1, CONTENT)];
    expect(cpuOfTaskHolding(untimed, isContentEvaluation)).toBeNull();
  });
});
