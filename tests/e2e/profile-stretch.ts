// How long Tallymark holds the page's main thread in one go, from a V8 CPU
// profile of the page's renderer: the longest run of consecutive samples
// whose stack holds a frame of the extension's scripts, within one task.
// Samples of the engine's own work inside such a run (garbage collection,
// "(program)") continue it when our code runs again after them (the engine's
// work after our last sample in a task, the browser's own rendering, is not
// ours); an idle sample, one of the page's own code, or a task boundary ends it. The task boundaries come from a trace taken beside
// the profile (task-trace.ts): without them, slices of ours that follow one
// another with nothing sampled between them (a yield the browser answers at
// once) would count as one stretch. Each sample counts at most MAX_SAMPLE_US,
// as in scripts/bench: a longer gap is the thread descheduled on a loaded
// machine, not our code's time.
import { MAX_SAMPLE_US } from '../../scripts/bench/content-main-thread';
import type { TaskSpan } from './task-trace';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime?: number;
  samples?: number[];
  timeDeltas?: number[];
}

type Kind = 'ours' | 'engine' | 'other';

function classify(profile: CpuProfile, prefix: string): (id: number) => Kind {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const kind = new Map<number, Kind>();
  return (id) => {
    const known = kind.get(id);
    if (known) return known;
    let k: Kind = 'other';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (byId.get(at)?.callFrame.url.startsWith(prefix)) {
        k = 'ours';
        break;
      }
    }
    if (k === 'other') {
      const name = byId.get(id)?.callFrame.functionName ?? '';
      if (name === '(program)' || name === '(garbage collector)') k = 'engine';
    }
    kind.set(id, k);
    return k;
  };
}

/** Of several threads' tasks, those of the thread where the samples of ours fall (the page's renderer main thread). */
export function tasksOfOurThread(profile: CpuProfile, prefix: string, threads: TaskSpan[][]): TaskSpan[] | null {
  const kindOf = classify(profile, prefix);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const ours: number[] = [];
  let t = profile.startTime ?? 0;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    if (kindOf(samples[i]!) === 'ours') ours.push(t);
  }
  let best: TaskSpan[] | null = null;
  let bestHits = 0;
  for (const tasks of threads) {
    let hits = 0;
    let j = 0;
    for (const at of ours) {
      while (j < tasks.length && tasks[j]!.end < at) j++;
      if (j < tasks.length && tasks[j]!.start <= at) hits++;
    }
    if (hits > bestHits) {
      best = tasks;
      bestHits = hits;
    }
  }
  return best;
}

/**
 * The longest stretch (ms) of samples in code from URLs starting with `prefix`.
 * With `tasks` (the main thread's tasks, on the profile's clock), a stretch
 * never runs from one task into the next.
 */
export function longestStretchUnder(profile: CpuProfile, prefix: string, tasks: TaskSpan[] | null = null): number {
  const kindOf = classify(profile, prefix);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let longest = 0;
  let run = 0;
  let ours = false;
  // Engine time since our last sample: counted only when our code runs again after it (inside our work, not after it).
  let pending = 0;
  let t = profile.startTime ?? 0;
  let j = 0;
  let lastTask = -1;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    // The task this sample falls in (-2: between tasks).
    let task = -1;
    if (tasks) {
      while (j < tasks.length && tasks[j]!.end < t) j++;
      task = j < tasks.length && tasks[j]!.start <= t ? j : -2;
      if (task !== lastTask) {
        run = 0;
        pending = 0;
        ours = false;
      }
      lastTask = task;
    }
    const k = task === -2 ? 'other' : kindOf(samples[i]!);
    const dt = Math.min(deltas[i + 1] ?? 0, MAX_SAMPLE_US);
    if (k === 'ours') {
      run += pending + dt;
      pending = 0;
      ours = true;
      longest = Math.max(longest, run);
    } else if (k === 'engine' && ours) {
      pending += dt;
    } else {
      run = 0;
      pending = 0;
      ours = false;
    }
  }
  return longest / 1000;
}
