// Where a run of the extractor goes, by stage, on the bench's 1,000,000-word
// text: the run cut after each stage in turn (`ExtractOptions.stopAfter`),
// all cuts alternating in one process (so the machine's load falls on all),
// and each stage's cost the difference between its cut and the one before.
// A cut run keeps no claims, so the stages after it see none: the costs are
// close to, not exactly, those of a whole run.
//   npx tsx scripts/bench/extraction-stages.ts [ROUNDS]
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTRACT_STAGES, type ExtractStage, extractClaims } from '../../lib/extract/extract-claims';
import { countBareNumbers } from './extraction';
import { loadBenchArticles, repeatToWords } from './texts';
import { median } from './timing';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rounds = Number(process.argv[2] ?? 7);
const text = repeatToWords(
  loadBenchArticles(root).articles.map((a) => a.text),
  1_000_000,
);
const published = '2025-01-13';

/** CPU time of `run` (user and system, ms). */
function cpuOf(run: () => unknown): number {
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const cuts: { name: string; run: () => unknown; cpu: number[] }[] = [
  { name: 'bare regex pass', run: () => countBareNumbers(text), cpu: [] },
  ...EXTRACT_STAGES.map((stage: ExtractStage) => ({
    name: stage,
    run: () => extractClaims(text, { published, budget: Infinity, stopAfter: stage }),
    cpu: [] as number[],
  })),
];
for (const c of cuts) c.run();
for (let i = 0; i < rounds; i++) for (const c of cuts) c.cpu.push(cpuOf(c.run));

const bare = median(cuts[0]!.cpu);
let before = 0;
process.stdout.write(`CPU time, median of ${rounds} rounds; the bare regex pass ${bare.toFixed(1)} ms\n`);
for (const c of cuts.slice(1)) {
  const ms = median(c.cpu);
  process.stdout.write(
    `${`up to ${c.name}`.padEnd(18)} ${ms.toFixed(1).padStart(6)} ms  (${(ms / bare).toFixed(1)}× the bare pass; this stage ${(ms - before).toFixed(1)} ms)\n`,
  );
  before = ms;
}
