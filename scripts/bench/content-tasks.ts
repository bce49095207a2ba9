// The thread's CPU time of each main-thread task that holds a frame of ours on
// one page (the trace's `tdur`, the whole task: the engine's and the browser's
// work inside it too, e.g. compiling and evaluating the page reader), named by
// the outermost frame of ours in it, medians over the loads. Beside the bench's
// row (our frames only), it says which task the time is in: the content
// script's evaluation, the task after the page reader's import (the region,
// the text map, the message), the background's answer (painting, the keyboard
// stops), the announcement's timer. A build without minifying gives names:
//
//   TALLYMARK_NO_MINIFY=1 npm run build && npx tsx scripts/bench/content-tasks.ts [--path /seed/000] [--runs 15]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, waitForPainted } from '../../tests/e2e/harness';
import { type CpuProfile, tasksOfOurThread } from '../../tests/e2e/profile-stretch';
import { startTaskTrace } from '../../tests/e2e/task-trace';
import { startNewsServer } from '../news-pages';
import { median } from './timing';
import { optionReader } from './options';
import { openProfiledPage } from './profiled-page';

interface Node {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number };
  children?: number[];
}

/** Per task holding our frames: the outermost frame of ours in its first sample of ours, and the task's CPU time (ms). */
function taskTimes(
  profile: CpuProfile & { nodes: Node[]; startTime: number },
  prefix: string,
  tasks: { start: number; end: number; cpu?: number }[],
) {
  const parent = new Map<number, number>();
  const byId = new Map<number, Node>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const outermost = (id: number): string | null => {
    let label: string | null = null;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (f.url.startsWith(prefix)) label = `${f.functionName || '(anonymous)'} ${f.url.slice(prefix.length)}:${f.lineNumber + 1}`;
    }
    return label;
  };
  const named = new Map<(typeof tasks)[number], string>();
  let t = profile.startTime;
  const samples = profile.samples ?? [];
  for (let i = 0; i < samples.length; i++) {
    t += profile.timeDeltas?.[i] ?? 0;
    const label = outermost(samples[i]!);
    const task = label ? tasks.find((x) => x.start <= t && t <= x.end) : undefined;
    if (label && task && !named.has(task)) named.set(task, label);
  }
  const out = new Map<string, number>();
  for (const [task, label] of named) out.set(label, (out.get(label) ?? 0) + (task.cpu ?? 0) / 1000);
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const value = optionReader(args);
  const path = value('--path', '/seed/000');
  const runs = Number(value('--runs', '15'));
  const server = await startNewsServer();
  const browser = await launchWithExtension();
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const byLabel = new Map<string, number[]>([['all tasks holding our frames', []]]);
  try {
    for (let i = 0; i < runs; i++) {
      const { page, cdp } = await openProfiledPage(browser.context, server.url('/plain?warm'));
      const stopTrace = await startTaskTrace(cdp);
      await cdp.send('Profiler.start');
      await page.goto(server.url(path), { waitUntil: 'load', timeout: 120_000 });
      if (!(await waitForPainted(page, 60_000))) throw new Error(`no highlights painted on ${path}`);
      await page.waitForTimeout(500);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile & { nodes: Node[]; startTime: number } };
      const tasks = tasksOfOurThread(profile, prefix, await stopTrace()) ?? [];
      let all = 0;
      for (const [label, ms] of taskTimes(profile, prefix, tasks)) {
        all += ms;
        byLabel.set(label, [...(byLabel.get(label) ?? []), ms]);
      }
      byLabel.get('all tasks holding our frames')!.push(all);
      await cdp.detach();
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${path}: the thread's CPU time of each task holding our frames, median over the loads it was seen in (of ${runs})`);
  for (const [label, list] of [...byLabel].sort((a, b) => median(b[1]) - median(a[1]))) {
    console.log(`${median(list).toFixed(2).padStart(6)} ms  (${list.length} loads)  ${label}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
