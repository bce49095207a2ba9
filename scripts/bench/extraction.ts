// Extraction throughput: our extractor, compromise's numbers(), and a bare
// regular-expression pass, on the same texts in the same run (compromise in a
// process of its own: ./compromise-throughput.ts says why).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Timing, timeMedian, type TimeOptions } from './timing';
import { countWords, prefixWords } from './texts';

/** Digits (with separators) and number words: what any number finder must at least scan for. */
const BARE_NUMBERS =
  /\d+(?:[.,]\d+)*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred|thousand|million)\b/gi;

/** Counts the numbers a bare regular expression finds in `text`. */
export function countBareNumbers(text: string): number {
  let n = 0;
  BARE_NUMBERS.lastIndex = 0;
  while (BARE_NUMBERS.exec(text)) n++;
  return n;
}

const here = dirname(fileURLToPath(import.meta.url));

/** compromise's numbers() on `text`, timed with `opts` in a Node process of its own (./compromise-throughput.ts). */
function compromiseThroughput(text: string, opts: TimeOptions): Throughput {
  const dir = mkdtempSync(join(tmpdir(), 'tallymark-compromise-'));
  try {
    const file = join(dir, 'text.txt');
    writeFileSync(file, text);
    const out = execFileSync(
      resolve(here, '../../node_modules/.bin/tsx'),
      [resolve(here, 'compromise-throughput.ts'), file, JSON.stringify(opts)],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    const t = JSON.parse(out.trim().split('\n').at(-1)!) as Timing;
    return { ms: t.medianMs, cpuMs: t.medianCpuMs, mbPerS: mbPerS(bytesOf(text), t.medianMs), runs: t.runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type Extract = (text: string, options: { published: string }) => readonly unknown[];

export interface Throughput {
  ms: number;
  /** Median CPU time of one run (the process's, all threads): steadier than wall time on a loaded machine. */
  cpuMs: number;
  mbPerS: number;
  runs: number;
  /** Words the measure ran on, when fewer than the text's (a prefix). */
  onWords?: number;
}

export interface ExtractionRow {
  label: string;
  words: number;
  bytes: number;
  ours: Throughput;
  compromise: Throughput;
  bare: Throughput;
}

const mbPerS = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
const bytesOf = (text: string) => Buffer.byteLength(text, 'utf8');

async function throughput(text: string, run: (t: string) => unknown, opts: TimeOptions): Promise<Throughput> {
  const { medianMs, medianCpuMs, runs } = await timeMedian(() => run(text), opts);
  return { ms: medianMs, cpuMs: medianCpuMs, mbPerS: mbPerS(bytesOf(text), medianMs), runs };
}

/** Time budgets by text size: small texts get many runs, the largest a few. */
function optionsFor(words: number): TimeOptions {
  if (words <= 2_000) return { warmup: 3, budgetMs: 1500, minRuns: 5 };
  if (words <= 20_000) return { warmup: 1, budgetMs: 1500, minRuns: 3 };
  if (words <= 200_000) return { warmup: 1, budgetMs: 2000, minRuns: 3, maxRuns: 10 };
  return { warmup: 0, budgetMs: 0, minRuns: 3, maxRuns: 3 };
}

/** compromise runs at about 0.1 MB/s: above this many words it is measured on a prefix. */
export const COMPROMISE_MAX_WORDS = 100_000;

/** Measures one text with the three extractors. */
export async function measureExtraction(label: string, text: string, extract: Extract, published: string): Promise<ExtractionRow> {
  const words = countWords(text);
  const bytes = bytesOf(text);
  const opts = optionsFor(words);
  const ours = await throughput(text, (t) => extract(t, { published }), opts);
  const bare = await throughput(text, countBareNumbers, { ...opts, budgetMs: Math.max(opts.budgetMs ?? 0, 500) });
  let compromise: Throughput;
  if (words > COMPROMISE_MAX_WORDS) {
    const prefix = prefixWords(text, COMPROMISE_MAX_WORDS);
    compromise = { ...compromiseThroughput(prefix, { warmup: 0, minRuns: 1, maxRuns: 1 }), onWords: COMPROMISE_MAX_WORDS };
  } else {
    const heavy = words > 20_000;
    compromise = compromiseThroughput(text, heavy ? { warmup: 0, minRuns: 1, maxRuns: 2, budgetMs: 0 } : opts);
  }
  return { label, words, bytes, ours, compromise, bare };
}
