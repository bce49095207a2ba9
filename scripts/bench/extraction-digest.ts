// What the extractor says on every text we have, as one line per text, for
// comparing two versions byte for byte (a speed change must not change it):
//   npx tsx scripts/bench/extraction-digest.ts OUT.txt   (then diff two OUT files)
// Texts: ../shared/corpus (seeds, dev, holdouts) and tests/fixtures, each as
// written and in three variants (curly apostrophes and quotes, CRLF line ends,
// accented letters), under four publication dates; 2,000 fuzz strings; the
// bench's 1,000,000-word text. Each line: `extractWithRefusals` as JSON
// (claims, stoppedAt, refused and fired by figure).
import { createHash } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractWithRefusals } from '../../lib/extract/extract-claims';
import { readArticle } from '../cli';
import { fuzzString } from '../fuzz/strings';
import { createRandom } from '../random';
import { loadBenchArticles, repeatToWords } from './texts';

const root = resolve(import.meta.dirname ?? '.', '../..');
const out = process.argv[2];
if (!out) throw new Error('usage: extraction-digest.ts OUT.txt');

function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return filesUnder(p);
    return /\.(txt|html?)$/.test(n) && !/README/.test(n) ? [p] : [];
  });
}

const VARIANTS: [string, (t: string) => string][] = [
  ['as-is', (t) => t],
  ['curly', (t) => t.replace(/'/g, '’').replace(/"(\w)/g, '“$1').replace(/"/g, '”')],
  ['crlf', (t) => t.replace(/\n/g, '\r\n')],
  [
    'accents',
    (t) =>
      t
        .replace(/e(?=[rs]\b)/g, 'é')
        .replace(/\bKorea/g, 'KORÉA')
        .replace(/o(?=n\b)/g, 'ö'),
  ],
];
const DATES = [null, '2024-11-05', '2025-01-13', '2025-09-30'];

const lines: string[] = [];
const record = (name: string, text: string, published: string | null, budget?: number) => {
  const r = extractWithRefusals(text, { published, budget });
  const json = JSON.stringify({ claims: r.claims, stoppedAt: r.stoppedAt, refused: [...r.refused], fired: [...r.fired] });
  lines.push(`${name} ${published} ${createHash('sha256').update(json).digest('hex').slice(0, 16)} ${r.claims.length}`);
  return json;
};

const files = [...filesUnder(resolve(root, '../shared/corpus')), ...filesUnder(resolve(root, 'tests/fixtures'))];
let full = '';
for (const f of files) {
  const a = await readArticle(f);
  for (const [v, fn] of VARIANTS)
    for (const d of [a.published, ...DATES]) full += record(`${f.slice(root.length - 8)}:${v}`, fn(a.text), d);
}
const r = createRandom(7);
for (let i = 0; i < 2000; i++) record(`fuzz#${i}`, fuzzString(r, i), '2025-01-13');
const big = repeatToWords(
  loadBenchArticles(root).articles.map((a) => a.text),
  1_000_000,
);
full += record('bench-1M', big, '2025-01-13', Number.POSITIVE_INFINITY);
full += record('bench-1M-budget', big, null);
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(
  `${files.length} files, ${lines.length} runs, total digest ${createHash('sha256').update(full).digest('hex').slice(0, 16)}\n`,
);
