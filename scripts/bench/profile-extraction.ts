// A CPU profile of the extractor on the bench's 1,000,000-word text, for
// finding hot spots: `npx tsx --cpu-prof --cpu-prof-dir=artifacts/prof scripts/bench/profile-extraction.ts [WORDS]`,
// then open the .cpuprofile in Chrome's DevTools, or read the summary printed here
// (self time by function, the top 25).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../../lib/extract/extract-claims';
import { loadBenchArticles, repeatToWords } from './texts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const words = Number(process.argv[2] ?? 1_000_000);
const texts = loadBenchArticles(root).articles.map((a) => a.text);
const text = repeatToWords(texts, words);
extractClaims(text.slice(0, 50_000), { published: '2025-01-13' });
const times: number[] = [];
let claims = 0;
for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) {
  const t0 = performance.now();
  claims = extractClaims(text, { published: '2025-01-13', budget: Infinity }).length;
  times.push(performance.now() - t0);
}
const mb = Buffer.byteLength(text, 'utf8') / 1e6;
process.stdout.write(
  `${words} words, ${mb.toFixed(1)} MB: ${claims} claims; ${times.map((t) => t.toFixed(0)).join(', ')} ms; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
);
