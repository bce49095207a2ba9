// Today's extractor against earlier ones on the bench's 1,000,000-word text,
// in one process, runs alternating (so the machine's load falls on all):
//   npx tsx scripts/bench/extraction-versus.ts [--json] [ROUNDS] [COMMIT ...]
// (default: 7 rounds against 8a70edc, the extractor of issue 11). Prints CPU
// and wall time medians and each one's speed relative to today's (--json: one
// line of JSON, for npm run bench). A process of its own gives every
// extractor the same start: in a process that has already run ours many times
// on a short article, ours then runs the 1,000,000-word text about 1.5× slower.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../../lib/extract/extract-claims';
import { ISSUE11_COMMIT, loadBaselineExtractor } from './extraction-baseline';
import type { Extract } from './extraction';
import { loadBenchArticles, repeatToWords } from './texts';
import { median } from './timing';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2).filter((a) => a !== '--json');
const json = process.argv.includes('--json');
const rounds = Number(args[0] ?? 7);
const commits = args.slice(1);
const text = repeatToWords(
  loadBenchArticles(root).articles.map((a) => a.text),
  1_000_000,
);
const published = '2025-01-13';
const runs: { name: string; run: Extract; cpu: number[]; wall: number[] }[] = [
  { name: 'today', run: (t, o) => extractClaims(t, { ...o, budget: Infinity }), cpu: [], wall: [] },
];
for (const commit of commits.length ? commits : [ISSUE11_COMMIT]) {
  const b = await loadBaselineExtractor(root, commit);
  if ('skipped' in b) {
    process.stderr.write(`${b.skipped}\n`);
    continue;
  }
  runs.push({ name: commit, run: b.extract, cpu: [], wall: [] });
}
for (const r of runs) r.run(text, { published });
for (let i = 0; i < rounds; i++) {
  for (const r of runs) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    r.run(text, { published });
    r.wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    r.cpu.push((c.user + c.system) / 1000);
  }
}
const [today] = runs;
const results = runs.map((r) => ({
  name: r.name,
  cpuMs: median(r.cpu),
  wallMs: median(r.wall),
  claims: r.run(text, { published }).length,
  rounds,
}));
if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
else
  for (const r of results) {
    process.stdout.write(
      `${r.name.padEnd(8)} CPU ${r.cpuMs.toFixed(0)} ms, wall ${r.wallMs.toFixed(0)} ms (medians of ${rounds}); today / this: ${(r.cpuMs / median(today!.cpu)).toFixed(2)}× the speed in CPU time, ${(r.wallMs / median(today!.wall)).toFixed(2)}× in wall time\n`,
    );
  }
