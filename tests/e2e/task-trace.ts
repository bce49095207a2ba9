// Where the renderer's main-thread tasks begin and end, from a Chromium trace
// taken beside a V8 CPU profile (both on the same clock, microseconds): a CPU
// profile alone cannot tell two tasks of ours that follow each other (a slice,
// a yield, the next slice) from one long task, so the stretch measured from it
// (profile-stretch.ts) is cut at every task boundary the trace shows.
import type { CDPSession } from 'playwright-core';

/** One task on a thread, microseconds on the trace clock (the CPU profile's clock). */
export interface TaskSpan {
  start: number;
  end: number;
  /** The thread's own CPU time in the task (µs, the trace's `tdur`), when the trace gives it. */
  cpu?: number;
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: the CPU time the thread spent in the event (µs). */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Start tracing the tasks of the page's renderer; the returned function stops and gives every renderer main thread's tasks. */
export async function startTaskTrace(cdp: CDPSession): Promise<() => Promise<TaskSpan[][]>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: TraceEvent[] }) => {
    for (const ev of e.value) if ((ev.ph === 'X' && TASK_EVENTS.has(ev.name)) || ev.name === 'thread_name') events.push(ev);
  };
  // The Tracing domain is not in Playwright's typed protocol for pages: typed loosely here.
  const session = cdp as unknown as {
    on(event: string, fn: (e: never) => void): void;
    off(event: string, fn: (e: never) => void): void;
    once(event: string, fn: () => void): void;
    send(method: string, params?: unknown): Promise<unknown>;
  };
  session.on('Tracing.dataCollected', onData);
  await session.send('Tracing.start', { categories: 'toplevel,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((ok) => session.once('Tracing.tracingComplete', ok));
    await session.send('Tracing.end');
    await complete;
    session.off('Tracing.dataCollected', onData);
    return mainThreadTasks(events);
  };
}

/** The outermost tasks of each renderer main thread (CrRendererMain), in order. */
export function mainThreadTasks(events: readonly TraceEvent[]): TaskSpan[][] {
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`),
  );
  const byThread = new Map<string, TaskSpan[]>();
  for (const e of events) {
    const key = `${e.pid}/${e.tid}`;
    if (e.ph !== 'X' || !TASK_EVENTS.has(e.name) || !mains.has(key)) continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e.tdur === undefined ? { start: e.ts, end: e.ts + (e.dur ?? 0) } : { start: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur });
  }
  const out: TaskSpan[][] = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    // A task run inside another (a nested run loop, or the two event names of one task) is part of the outer one.
    const outer: TaskSpan[] = [];
    for (const t of list) {
      const last = outer[outer.length - 1];
      if (last && t.start < last.end) {
        // (The outer task's thread time holds the inner's; two names of one task give the same.)
        if (t.end > last.end) last.cpu = t.cpu === undefined || last.cpu === undefined ? undefined : last.cpu + t.cpu;
        last.end = Math.max(last.end, t.end);
      } else outer.push({ ...t });
    }
    out.push(outer);
  }
  return out;
}
