// Peak memory of one extraction of the bench's 1,000,000-word text, in a
// process of its own (so nothing else the bench holds counts):
//   npx tsx scripts/bench/extraction-memory.ts [WORDS]
// Prints JSON: the process's resident set before extracting (runtime, code
// and the text) and its peak during the extraction, in MB.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../../lib/extract/extract-claims';
import { loadBenchArticles, repeatToWords } from './texts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const words = Number(process.argv[2] ?? 1_000_000);
const text = repeatToWords(
  loadBenchArticles(root).articles.map((a) => a.text),
  words,
);
// Load the extractor's code first: its first call on a short text.
extractClaims(text.slice(0, 2000), { published: '2025-01-13' });
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const baselineRssMb = mb(process.memoryUsage().rss);
const t0 = performance.now();
const claims = extractClaims(text, { published: '2025-01-13', budget: Infinity }).length;
const ms = performance.now() - t0;
process.stdout.write(
  `${JSON.stringify({ words, claims, ms: Math.round(ms), baselineRssMb, peakRssMb: mb(process.resourceUsage().maxRSS * 1024) })}\n`,
);
