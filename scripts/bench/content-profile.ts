// Where the content script's own main-thread time goes on one page: the same
// V8 CPU profile as content-main-thread.ts (samples every 50 µs, from the page
// load to the highlights painted plus 0.5 s), broken down by the function at
// the top of our part of each stack ("self") and by every function of ours on
// the stack ("total"), and by the outermost frame of ours (the task's entry).
// A build without minifying gives readable names (TALLYMARK_NO_MINIFY=1 npm run build):
//
//   npm run build && npx tsx scripts/bench/content-profile.ts [--path /seed/000] [--runs 5] [--top 30] [--each 8]
//
// Cold compiles show as time under the function compiled (V8 compiles lazily).
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { launchWithExtension, waitForPainted } from '../../tests/e2e/harness';
import { startNewsServer } from '../news-pages';
import { MAX_SAMPLE_US } from './content-main-thread';
import { optionReader } from './options';
import { openProfiledPage } from './profiled-page';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
}

export interface Breakdown {
  totalMs: number;
  self: Map<string, number>;
  total: Map<string, number>;
  entry: Map<string, number>;
  /** "entry ⇐ self": where each task's time goes. */
  entrySelf: Map<string, number>;
}

const label = (n: ProfileNode, prefix: string) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.slice(prefix.length)}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;

/** Our samples by function: self (the deepest frame of ours, or the engine's frame above it), total, entry. */
export function breakdown(profile: Profile, prefix: string): Breakdown {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const out: Breakdown = { totalMs: 0, self: new Map(), total: new Map(), entry: new Map(), entrySelf: new Map() };
  const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const ms = Math.min(deltas[i + 1] ?? 0, MAX_SAMPLE_US) / 1000;
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = samples[i]; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    const ours = stack.filter((n) => n.callFrame.url.startsWith(prefix));
    if (ours.length === 0) continue;
    out.totalMs += ms;
    const top = stack[0]!;
    const deepest = ours[0]!;
    // A native or engine frame above our deepest one (a DOM call, a compile) is named with it.
    const self = top === deepest ? label(deepest, prefix) : `${label(deepest, prefix)} → ${top.callFrame.functionName || '(native)'}`;
    add(out.self, self, ms);
    for (const k of new Set(ours.map((n) => label(n, prefix)))) add(out.total, k, ms);
    add(out.entry, label(ours.at(-1)!, prefix), ms);
    add(out.entrySelf, `${label(ours.at(-1)!, prefix)} ⇐ ${self}`, ms);
  }
  return out;
}

function print(title: string, m: Map<string, number>, runs: number, top: number) {
  console.log(`\n${title}`);
  for (const [k, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(ms / runs).toFixed(2).padStart(7)} ms  ${k}`);
}

async function main() {
  const args = process.argv.slice(2);
  const value = optionReader(args);
  const path = value('--path', '/seed/000');
  const runs = Number(value('--runs', '5'));
  const top = Number(value('--top', '30'));
  // --each N: each load's N largest entries too (where a slow load differs from a fast one).
  const each = Number(value('--each', '0'));
  const server = await startNewsServer();
  const browser = await launchWithExtension();
  try {
    const prefix = `chrome-extension://${browser.extensionId}/`;
    const sum: Breakdown = { totalMs: 0, self: new Map(), total: new Map(), entry: new Map(), entrySelf: new Map() };
    const totals: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { page, cdp } = await openProfiledPage(browser.context, server.url('/plain?warm'));
      await cdp.send('Profiler.start');
      await page.goto(server.url(path), { waitUntil: 'load', timeout: 120_000 });
      if (!(await waitForPainted(page, 60_000))) throw new Error(`no highlights painted on ${path}`);
      await page.waitForTimeout(500);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const b = breakdown(profile, prefix);
      totals.push(b.totalMs);
      if (each) print(`load ${i + 1}: ${b.totalMs.toFixed(2)} ms, by entry`, b.entry, 1, each);
      sum.totalMs += b.totalMs;
      for (const key of ['self', 'total', 'entry', 'entrySelf'] as const)
        for (const [k, v] of b[key]) sum[key].set(k, (sum[key].get(k) ?? 0) + v);
      await cdp.detach();
      await page.close();
    }
    console.log(
      `${path}: our main-thread time per load ${totals.map((t) => t.toFixed(1)).join(', ')} ms (mean ${(sum.totalMs / runs).toFixed(1)})`,
    );
    print('self (mean per load)', sum.self, runs, top);
    print('total (mean per load)', sum.total, runs, top);
    print('entry (mean per load)', sum.entry, runs, top);
    print('entry ⇐ self (mean per load)', sum.entrySelf, runs, top);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
