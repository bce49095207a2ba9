// The content script's own main-thread time on a page: a V8 CPU profile of the
// page's renderer (sampled every 50 µs) from before the page loads until its
// highlights are painted, counting the samples whose stack holds a frame of
// the extension's content script (its JavaScript and the DOM calls it makes).
// Style, layout and paint done later by the browser for the highlights are not
// JavaScript and are not counted.
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, waitForPainted } from '../../tests/e2e/harness';
import { startNewsServer } from '../news-pages';
import { type CpuProfile, longestStretchUnder, tasksOfOurThread } from '../../tests/e2e/profile-stretch';
import { startTaskTrace, type TaskSpan } from '../../tests/e2e/task-trace';
import { median } from './timing';
import { openProfiledPage } from './profiled-page';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Longest time one sample stands for (µs). The sampler ticks every 50 µs while
 * the thread runs; a longer gap means the thread (or the sampler) was not
 * running at all, descheduled on the shared machine, and is not our code's time.
 */
export const MAX_SAMPLE_US = 500;

/** Whether a profile node's stack holds a frame from a URL starting with `prefix` (memoised by node). */
function oursIn(profile: Profile, prefix: string): (id: number) => boolean {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const memo = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const ours = !!node && (node.callFrame.url.startsWith(prefix) || (up !== undefined && isOurs(up)));
    memo.set(id, ours);
    return ours;
  };
  return isOurs;
}

/** Milliseconds of samples whose stack holds a frame from a URL starting with `prefix` (each sample at most MAX_SAMPLE_US). */
export function timeUnder(profile: Profile, prefix: string): number {
  return cpuTimeUnder(profile, prefix, null);
}

/**
 * `timeUnder`, each sample weighted by its task's share of thread time (the
 * trace's CPU time over its wall time): the thread's own CPU time in our
 * frames. On a machine whose cores are shared, a sample also stands for the
 * time the thread waited for a core inside the task; this leaves that out.
 * Samples in no task of the trace, or in one with no thread time, count
 * whole (with no tasks at all, this is `timeUnder`).
 */
export function cpuTimeUnder(profile: Profile & CpuProfile, prefix: string, tasks: readonly TaskSpan[] | null): number {
  const isOurs = oursIn(profile, prefix);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  let t = profile.startTime ?? 0;
  let j = 0;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    if (!isOurs(samples[i]!)) continue;
    // A sample stands for the time until the next one.
    const dt = Math.min(deltas[i + 1] ?? 0, MAX_SAMPLE_US);
    let share = 1;
    if (tasks) {
      while (j < tasks.length && tasks[j]!.end < t) j++;
      const task = j < tasks.length && tasks[j]!.start <= t ? tasks[j]! : null;
      if (task?.cpu !== undefined && task.end > task.start) share = Math.min(1, task.cpu / (task.end - task.start));
    }
    us += dt * share;
  }
  return us / 1000;
}

async function profileOnce(
  page: Page,
  cdp: CDPSession,
  url: string,
  prefix: string,
): Promise<{ ms: number; cpuMs: number; stretchMs: number }> {
  // A trace beside the profile: where each main-thread task begins and ends, so that a stretch never spans two.
  const stopTrace = await startTaskTrace(cdp);
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (!(await waitForPainted(page, 60_000))) throw new Error(`no highlights painted on ${url}`);
  // Let trailing work (the last slices, the popover's set-up) finish.
  await page.waitForTimeout(500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile & CpuProfile };
  const tasks = tasksOfOurThread(profile, prefix, await stopTrace());
  return {
    ms: timeUnder(profile, prefix),
    cpuMs: cpuTimeUnder(profile, prefix, tasks),
    stretchMs: longestStretchUnder(profile, prefix, tasks),
  };
}

/**
 * The content script's main-thread time on `path` of the news pages, the median
 * of `runs` loads in fresh tabs, and the longest stretch of it in one go
 * (tests/e2e/profile-stretch.ts: our frames, and the engine's work inside
 * them, within one main-thread task as a trace shows them), the largest over the runs. Throws when the page never gets highlights.
 * `launchArgs`: more Chromium switches (content-flags.ts: V8's, to see what the engine's tiers do to the row).
 */
export async function measureContentMainThread(
  path: string,
  runs = 3,
  launchArgs: string[] = [],
): Promise<{ ms: number; runs: number; longestStretchMs: number; each: number[]; cpuMs: number; cpuEach: number[] }> {
  const server = await startNewsServer();
  const browser = await launchWithExtension({ args: launchArgs });
  try {
    const prefix = `chrome-extension://${browser.extensionId}/`;
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let longest = 0;
    for (let i = 0; i < runs; i++) {
      // (Opened on the server first, so the article loads in the same renderer the profiler watches.)
      const { page, cdp } = await openProfiledPage(browser.context, server.url('/plain?warm'));
      const r = await profileOnce(page, cdp, server.url(path), prefix);
      times.push(r.ms);
      cpuTimes.push(r.cpuMs);
      longest = Math.max(longest, r.stretchMs);
      await cdp.detach();
      await page.close();
    }
    return { ms: median(times), runs, longestStretchMs: longest, each: times, cpuMs: median(cpuTimes), cpuEach: cpuTimes };
  } finally {
    await browser.close();
    await server.close();
  }
}
