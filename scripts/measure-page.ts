// How long the content script takes on a page, in Debian's Chromium with the
// built extension: from the content script's start to the highlights painted
// (the timings of its report, asked for as the popup does), the longest main-thread task
// that overlaps that work (a `longtask` PerformanceObserver added before the
// page's own scripts: any code, the page's and the browser's own rendering too),
// and Tallymark's longest stretch within one task (a V8 CPU profile of our
// frames, cut at the task boundaries a trace shows: tests/e2e/profile-stretch.ts). The seed article is measured twice: with the
// background's service worker awake (warm), and with it stopped before each
// load (cold: the page's message wakes it, and it starts, opens the store and
// extracts for the first time). Run after `npm run build`:
//
//   npx tsx scripts/measure-page.ts [--runs N] [--words N] [--hostile SPANS] [--no-cold] [--no-budget | --budget-only] [--json]
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSkipReason, launchWithExtension, pageTimings, waitForPainted, type ExtensionBrowser } from '../tests/e2e/harness';
import { type CpuProfile, longestStretchUnder, tasksOfOurThread } from '../tests/e2e/profile-stretch';
import { startTaskTrace } from '../tests/e2e/task-trace';
import { renderArticleLastPage, renderHugeTextNodePage } from './budget-pages';
import { listSeeds, startNewsServer } from './news-pages';

export interface PageMeasurement {
  /** What was measured: "seed 000", "live blog 100,000 words". */
  page: string;
  kind: 'seed' | 'seed-cold' | 'live' | 'hostile';
  path: string;
  /** Characters of article text the content script read. */
  words: number;
  /** ms from the content script's start to the first paint of highlights; null when it never painted. */
  startToPaintedMs: number | null;
  /** ms from start to the article text read, and to the claims extracted. */
  readMs: number | null;
  extractedMs: number | null;
  /** Ranges painted (all verdicts). */
  painted: number;
  /** The longest long task (>50 ms) overlapping the extension's work, in ms; 0 when there was none. */
  longestTaskMs: number;
  /** Long tasks overlapping the extension's work. */
  longTasks: number;
  /** Tallymark's longest stretch on the main thread within one task (CPU profile and trace), ms. */
  longestOursMs: number;
}

export interface MeasureOptions {
  /** Seed article id (default "000"). */
  seed?: string;
  /** Words of the generated live blog (default 100,000). */
  liveWords?: number;
  /** Runs per page, each in a fresh tab; the median run is reported (default 3). */
  runs?: number;
  /** Spans in the hostile page (about twice as many nodes; default 300,000; 0 to skip it). */
  hostileNodes?: number;
  /** Also the budget pages: 600,000 nodes with the article last, and a 5 MB text node (default true). */
  budgetPages?: boolean;
  /** Only the budget pages (`--budget-only`). */
  budgetOnly?: boolean;
  /** Measure the seed article with the service worker stopped before each load too (default true). */
  cold?: boolean;
}

const LONGTASK_OBSERVER = `(() => {
  const tasks = [];
  Object.defineProperty(window, '__tallymarkLongTasks', { value: tasks });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/**
 * Stops the extension's service worker, as Chromium does after 30 s idle
 * (from chrome://serviceworker-internals: the DevTools protocol's
 * ServiceWorker domain does not reach an extension's worker).
 */
async function stopServiceWorker(browser: ExtensionBrowser): Promise<void> {
  const internals = await browser.context.newPage();
  try {
    await internals.goto('chrome://serviceworker-internals/');
    const stop = internals.getByRole('button', { name: 'Stop' });
    if ((await stop.count()) === 0) throw new Error('chrome://serviceworker-internals shows no service worker to stop');
    await stop.first().click();
    await internals.waitForFunction(() => /Running Status: STOPPED/.test(document.body.innerText), undefined, { timeout: 10_000 });
  } finally {
    await internals.close();
  }
}

async function measureOnce(
  browser: ExtensionBrowser,
  page: Page,
  url: string,
  label: string,
  path: string,
  kind: PageMeasurement['kind'],
): Promise<PageMeasurement> {
  // Which of the main thread's work is ours: a CPU profile and a trace of the tasks, from before the load
  // (a page of the same server first, so that the page measured loads in the renderer profiled).
  await page.goto(new URL('/plain?warm', url).href, { waitUntil: 'load' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const stopTrace = await startTaskTrace(cdp);
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Wait for the paint (or give up after 60 s), then a moment for trailing long tasks to be reported.
  await waitForPainted(page, 60_000);
  await page.waitForTimeout(300);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const longestOursMs = longestStretchUnder(profile, prefix, tasksOfOurThread(profile, prefix, await stopTrace()));
  await cdp.detach().catch(() => undefined);
  const timings = await pageTimings(browser, page);
  const at = (name: string) => timings.find((t) => t.name === name)?.at;
  const marks = {
    start: at('start') ?? null,
    readAt: at('read'),
    extractedAt: at('extracted'),
    paintedAt: at('painted') ?? null,
    lastPaint: timings.filter((t) => t.name === 'painted').at(-1)?.at ?? null,
  };
  const r = await page.evaluate(({ start, readAt, extractedAt, paintedAt, lastPaint }) => {
    const tasks = (window as unknown as { __tallymarkLongTasks?: { start: number; duration: number }[] }).__tallymarkLongTasks ?? [];
    const from = start ?? 0;
    const to = lastPaint ?? performance.now();
    const ours = tasks.filter((t) => t.start < to && t.start + t.duration > from);
    const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
    let painted = 0;
    // Every verdict's highlight (conflicts, disputed, outdated, differs, agrees); not the focus ring.
    for (const [name, ranges] of registry ?? []) if (name.startsWith('tallymark-') && name !== 'tallymark-focus') painted += ranges.size;
    const article = document.querySelector('article');
    return {
      startToPaintedMs: start !== null && paintedAt !== null ? paintedAt - start : null,
      readMs: readAt === undefined || start === null ? null : readAt - start,
      extractedMs: extractedAt === undefined || start === null ? null : extractedAt - start,
      painted,
      longestTaskMs: ours.reduce((m, t) => Math.max(m, t.duration), 0),
      longTasks: ours.length,
      words: (article?.textContent ?? '').split(/\s+/).filter(Boolean).length,
    };
  }, marks);
  return { page: label, kind, path, ...r, longestOursMs };
}

const median = (xs: PageMeasurement[]): PageMeasurement => {
  const sorted = [...xs].sort((a, b) => (a.startToPaintedMs ?? Infinity) - (b.startToPaintedMs ?? Infinity));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/**
 * Measure the content script on one seed article, a generated live blog and a hostile page
 * (fresh browser, fresh profile; the median of `runs` runs per page). Throws
 * when Chromium, the build or the corpus is missing.
 */
export async function measurePage(options: MeasureOptions = {}): Promise<PageMeasurement[]> {
  const skip = browserSkipReason({ corpus: true });
  if (skip) throw new Error(skip);
  const seed = options.seed ?? '000';
  if (!listSeeds().some((s) => s.id === seed)) throw new Error(`no seed ${seed} in the corpus`);
  const words = options.liveWords ?? 100_000;
  const runs = Math.max(1, options.runs ?? 3);
  const server = await startNewsServer();
  const browser = await launchWithExtension({ initScripts: [LONGTASK_OBSERVER] });
  try {
    const hostile = options.hostileNodes ?? 300_000;
    const all: { label: string; path: string; kind: PageMeasurement['kind'] }[] = [
      { label: `seed ${seed}`, path: `/seed/${seed}`, kind: 'seed' },
      ...(options.cold === false
        ? []
        : [{ label: `seed ${seed}, service worker cold`, path: `/seed/${seed}`, kind: 'seed-cold' as const }]),
      { label: `live blog ${words.toLocaleString('en-US')} words`, path: `/live?words=${words}`, kind: 'live' },
      ...(hostile > 0
        ? [
            {
              label: `hostile page ${(hostile * 2).toLocaleString('en-US')} nodes`,
              path: `/hostile?nodes=${hostile}`,
              kind: 'hostile' as const,
            },
          ]
        : []),
      ...(options.budgetPages === false
        ? []
        : [
            { label: 'article last after 600,000 nodes', path: '/budget/article-last', kind: 'hostile' as const },
            { label: 'one 5 MB text node', path: '/budget/huge-text', kind: 'hostile' as const },
          ]),
    ];
    const pages = options.budgetOnly ? all.filter((p) => p.path.startsWith('/budget/')) : all;
    if (options.budgetPages !== false) {
      server.setPage('/budget/article-last', renderArticleLastPage(600_000));
      server.setPage('/budget/huge-text', renderHugeTextNodePage(5_000_000));
    }
    const out: PageMeasurement[] = [];
    for (const p of pages) {
      const results: PageMeasurement[] = [];
      for (let i = 0; i < runs; i++) {
        if (p.kind === 'seed-cold') await stopServiceWorker(browser);
        const page = await browser.context.newPage();
        results.push(await measureOnce(browser, page, server.url(p.path), p.label, p.path, p.kind));
        await page.close();
      }
      out.push(median(results));
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

function formatTable(rows: PageMeasurement[]): string {
  const lines = [
    "page | words | read (ms) | extracted (ms) | start→painted (ms) | painted | longest task, any code (ms) | long tasks | Tallymark's longest task (ms)",
    '--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:',
  ];
  const ms = (x: number | null) => (x === null ? '–' : x.toFixed(1));
  for (const r of rows) {
    lines.push(
      `${r.page} | ${r.words} | ${ms(r.readMs)} | ${ms(r.extractedMs)} | ${r.startToPaintedMs === null ? 'never' : r.startToPaintedMs.toFixed(1)} | ${r.painted} | ${r.longestTaskMs.toFixed(0)} | ${r.longTasks} | ${r.longestOursMs.toFixed(1)}`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const runs = Number(value('--runs') ?? 3);
  const liveWords = Number(value('--words') ?? 100_000);
  const hostileNodes = value('--hostile') === undefined ? undefined : Number(value('--hostile'));
  measurePage({
    runs,
    liveWords,
    ...(hostileNodes === undefined ? {} : { hostileNodes }),
    cold: !args.includes('--no-cold'),
    budgetPages: !args.includes('--no-budget'),
    budgetOnly: args.includes('--budget-only'),
  })
    .then((rows) => {
      console.log(args.includes('--json') ? JSON.stringify(rows, null, 2) : formatTable(rows));
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
