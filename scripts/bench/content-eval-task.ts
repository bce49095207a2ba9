// The thread's CPU time of the task that evaluates the content script
// (content.js) on a page, for two or more saved builds in alternating rounds,
// from a Chromium trace (the task holding the `EvaluateScript` of content.js:
// the isolated world's set-up, WXT's context, our start and the engine's and
// browser's work inside it, such as the page reader's `import()` starting its
// fetch). Beside the bench's row (our frames only) it says what the
// evaluation costs the page in all, and builds that do less tell what each
// part costs: a build whose `main` does nothing gives the floor. Waits a fixed
// time after the load (no highlights needed), so any build can be compared.
// Save builds first, e.g. `npm run build && cp -r .output/chrome-mv3 /tmp/a`;
// overwrites .output/chrome-mv3 (build again after).
//
//   npx tsx scripts/bench/content-eval-task.ts /tmp/a /tmp/b [--rounds 4] [--runs 10] [--path /seed/000]
import { cpSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession } from 'playwright-core';
import { EXTENSION_PATH, launchWithExtension } from '../../tests/e2e/harness';
import type { TraceEvent } from '../../tests/e2e/task-trace';
import { startNewsServer } from '../news-pages';
import { optionReader } from './options';
import { median } from './timing';

type Event = TraceEvent & { args?: { name?: string; data?: { url?: string } } };

const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const CHECKPOINTS = new Set(['BlinkScheduler_OnTaskCompleted', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

/** Thread CPU time (ms) of the outermost task, on the same thread, holding the first event that `is`; null when none. */
export function cpuOfTaskHolding(events: readonly Event[], is: (e: Event) => boolean): number | null {
  const inner = events.find(is);
  if (!inner) return null;
  let outer: Event | null = null;
  for (const e of events) {
    if (e.ph !== 'X' || !TASKS.has(e.name) || e.pid !== inner.pid || e.tid !== inner.tid) continue;
    if (e.ts > inner.ts || e.ts + (e.dur ?? 0) < inner.ts) continue;
    if (!outer || e.ts < outer.ts) outer = e;
  }
  if (outer?.tdur === undefined) return null;
  // The microtask checkpoint the scheduler runs as the task completes (a promise's continuations: the page
  // reader's first read follows its evaluation there) is traced just after the task's own event: counted with it.
  const end = outer.ts + (outer.dur ?? 0);
  let after = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !CHECKPOINTS.has(e.name) || e.pid !== outer.pid || e.tid !== outer.tid) continue;
    if (e.ts >= end && e.ts - end < 100) after = Math.max(after, e.tdur ?? 0);
  }
  return (outer.tdur + after) / 1000;
}

/** The content script's evaluation. */
export const isContentEvaluation = (e: Event) =>
  e.name === 'EvaluateScript' && !!e.args?.data?.url?.endsWith('/content-scripts/content.js');
/** The page reader's evaluation (the only module a page about the troops evaluates in our world; its first read runs in the same task). */
export const isReaderEvaluation = (e: Event) => e.name === 'v8.evaluateModule';

async function traceLoad(cdp: CDPSession, load: () => Promise<void>): Promise<Event[]> {
  const events: Event[] = [];
  const session = cdp as unknown as {
    on(event: string, fn: (e: never) => void): void;
    once(event: string, fn: () => void): void;
    send(method: string, params?: unknown): Promise<unknown>;
  };
  session.on('Tracing.dataCollected', ((e: { value: Event[] }) => events.push(...e.value)) as (e: never) => void);
  await session.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8', transferMode: 'ReportEvents' });
  await load();
  const complete = new Promise<void>((ok) => session.once('Tracing.tracingComplete', ok));
  await session.send('Tracing.end');
  await complete;
  return events;
}

async function measure(path: string, runs: number): Promise<{ evaluation: number[]; reader: number[] }> {
  const server = await startNewsServer();
  const browser = await launchWithExtension();
  try {
    const out = { evaluation: [] as number[], reader: [] as number[] };
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      // The server's page first, so that the article loads in the renderer traced.
      await page.goto(server.url('/plain?warm'), { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const cdp = await page.context().newCDPSession(page);
      const events = await traceLoad(cdp, async () => {
        await page.goto(server.url(path), { waitUntil: 'load', timeout: 120_000 });
        await page.waitForTimeout(1000);
      });
      const evaluation = cpuOfTaskHolding(events, isContentEvaluation);
      if (evaluation !== null) out.evaluation.push(evaluation);
      const reader = cpuOfTaskHolding(events, isReaderEvaluation);
      if (reader !== null) out.reader.push(reader);
      await cdp.detach();
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const value = optionReader(args);
  const builds = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (builds.length < 1 || builds.some((b) => !existsSync(resolve(b, 'manifest.json')))) {
    throw new Error('usage: content-eval-task.ts BUILD_DIR… [--rounds N] [--runs N] [--path P] (each a saved .output/chrome-mv3)');
  }
  const rounds = Number(value('--rounds', '4'));
  const runs = Number(value('--runs', '10'));
  const path = value('--path', '/seed/000');
  const all = new Map(builds.map((b) => [b, { evaluation: [] as number[], reader: [] as number[] }]));
  const fmt = (xs: number[]) =>
    xs.length
      ? `${median(xs).toFixed(2)} ms (${Math.min(...xs).toFixed(2)} to ${Math.max(...xs).toFixed(2)}, ${xs.length} loads)`
      : 'not seen';
  for (let r = 0; r < rounds; r++) {
    for (const build of r % 2 === 0 ? builds : [...builds].reverse()) {
      rmSync(EXTENSION_PATH, { recursive: true, force: true });
      cpSync(build, EXTENSION_PATH, { recursive: true });
      const each = await measure(path, runs);
      all.get(build)!.evaluation.push(...each.evaluation);
      all.get(build)!.reader.push(...each.reader);
      console.log(`round ${r + 1} ${build}: evaluation ${fmt(each.evaluation)}; reader ${fmt(each.reader)}`);
    }
  }
  console.log(`\n${path}: thread CPU time, medians, ${rounds} rounds of ${runs} loads`);
  for (const build of builds) {
    const { evaluation, reader } = all.get(build)!;
    console.log(`${build}: the content script's evaluation ${fmt(evaluation)}; the page reader's evaluation and first read ${fmt(reader)}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
