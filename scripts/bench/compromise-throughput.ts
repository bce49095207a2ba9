// compromise's numbers() timed in a Node process of its own, for the
// extraction rows of `npm run bench`:
//   tsx scripts/bench/compromise-throughput.ts TEXT_FILE OPTIONS_JSON
// prints one line of JSON, the medians of scripts/bench/timing.ts. Only
// loading compromise (never calling it) into the process that times our
// extractor made ours take about 1.6× the CPU time on the 1,000,000-word
// text (seven paired runs at 17:37 to 17:41 UTC, 2026-11-26: 178 to 215 ms
// without, 291 to 366 ms with), so the two never share a process; the bare
// regex pass is timed beside ours, as before.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { timeMedian, type TimeOptions } from './timing';

/** Runs compromise as a developer would reach for it: every number in the text. */
export function compromiseNumbers(text: string): number {
  return nlp(text).numbers().json().length;
}

async function main(): Promise<void> {
  const [file, optionsJson] = process.argv.slice(2);
  if (!file || !optionsJson) throw new Error('usage: compromise-throughput.ts TEXT_FILE OPTIONS_JSON');
  const text = readFileSync(file, 'utf8');
  // A short run first, as compromise had in the bench's process (its lexicon built, its code compiled) before a long text.
  compromiseNumbers(text.slice(0, 5000));
  const timing = await timeMedian(() => compromiseNumbers(text), JSON.parse(optionsJson) as TimeOptions);
  process.stdout.write(`${JSON.stringify(timing)}\n`);
}

await main();
