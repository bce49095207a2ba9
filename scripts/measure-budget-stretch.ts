// Tallymark's longest stretch on the main thread (a CPU profile: our frames and
// the engine's work inside them, as scripts/bench/content-main-thread.ts
// measures it, within one main-thread task) on the two budget pages: 600,000 nodes with the article last,
// and one 5 MB text node. Run after `npm run build`:
//
//   npx tsx scripts/measure-budget-stretch.ts [--runs N]
import { launchWithExtension, waitForPainted } from '../tests/e2e/harness';
import { type CpuProfile, longestStretchUnder, tasksOfOurThread } from '../tests/e2e/profile-stretch';
import { startTaskTrace } from '../tests/e2e/task-trace';
import { timeUnder } from './bench/content-main-thread';
import { renderArticleLastPage, renderHugeTextNodePage } from './budget-pages';
import { startNewsServer } from './news-pages';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 1) || 1;
const server = await startNewsServer();
server.setPage('/budget/article-last', renderArticleLastPage(600_000));
server.setPage('/budget/huge-text', renderHugeTextNodePage(5_000_000));
const browser = await launchWithExtension();
try {
  const prefix = `chrome-extension://${browser.extensionId}/`;
  for (const [label, path] of [
    ['article last after 600,000 nodes', '/budget/article-last'],
    ['one 5 MB text node', '/budget/huge-text'],
  ] as const) {
    let longest = 0;
    let total = 0;
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      await page.goto(server.url('/plain?warm'), { waitUntil: 'load' });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      const stopTrace = await startTaskTrace(cdp);
      await cdp.send('Profiler.start');
      await page.goto(server.url(path), { waitUntil: 'load', timeout: 120_000 });
      const painted = await waitForPainted(page, 90_000);
      await page.waitForTimeout(500);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Parameters<typeof timeUnder>[0] & CpuProfile };
      const tasks = tasksOfOurThread(profile, prefix, await stopTrace());
      longest = Math.max(longest, longestStretchUnder(profile, prefix, tasks));
      total = Math.max(total, timeUnder(profile, prefix));
      if (!painted) console.log(`${label}: never painted`);
      if (args.includes('--top')) console.log(topFrames(profile as unknown as Prof, prefix));
      await cdp.detach();
      await page.close();
    }
    console.log(
      `${label}: Tallymark's longest stretch ${longest.toFixed(1)} ms, its main-thread time ${total.toFixed(0)} ms (${runs} run${runs > 1 ? 's' : ''})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

interface Prof {
  nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber?: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The functions of ours (by the nearest frame of ours) with the most sampled time: where a long stretch is spent. */
function topFrames(profile: Prof, prefix: string): string {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const dt = Math.min(profile.timeDeltas?.[i] ?? 0, 500);
    const leaf = byId.get(id);
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (f.url.startsWith(prefix)) {
        const key = `${f.functionName || '(anon)'}@${f.url.slice(prefix.length)}:${f.lineNumber} <- leaf ${leaf?.callFrame.functionName || leaf?.callFrame.url.slice(-20)}`;
        time.set(key, (time.get(key) ?? 0) + dt);
        break;
      }
    }
  });
  return [...time]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, us]) => `  ${(us / 1000).toFixed(1)} ms ${k}`)
    .join('\n');
}
