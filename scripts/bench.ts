// `npm run bench`: one table of what Tallymark costs, against its targets.
// Extraction against compromise and a bare regex; the content script in
// Chromium; the store; the content script's size. Writes artifacts/bench.md.
// Parts not built yet print "n/a (not built yet)" instead of failing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { COMPROMISE_MAX_WORDS, measureExtraction, type Extract, type ExtractionRow } from './bench/extraction';
import { fmtInt, fmtKb, fmtMb, fmtMs, fmtX, passMiss, renderTable, type Row } from './bench/table';
import { countWords, loadBenchArticles, repeatToWords } from './bench/texts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const NA = 'n/a (not built yet)';

/** Imports `name` from a repo file, or null when the file does not exist yet. */
async function importIfPresent<T>(file: string, name: string): Promise<T | null> {
  const path = resolve(root, file);
  if (!existsSync(path)) return null;
  const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  return (mod[name] as T | undefined) ?? null;
}

function log(msg: string) {
  process.stderr.write(`bench: ${msg}\n`);
}

// --- extraction ---------------------------------------------------------

async function extractionRows(): Promise<{ rows: Row[]; origin: string }> {
  const source = loadBenchArticles(root);
  const extract = await importIfPresent<Extract>('lib/extract/extract-claims.ts', 'extractClaims');
  const texts = source.articles.map((a) => a.text);
  const first = source.articles[0]!;
  const published = '2025-01-13';
  const inputs: [string, string][] = [
    [`seed article ${first.name.replace(/_.*/, '')}`, first.text],
    ['10,000 words', repeatToWords(texts, 10_000)],
    ['100,000 words', repeatToWords(texts, 100_000)],
    ['1,000,000 words', repeatToWords(texts, 1_000_000)],
  ];
  const rows: Row[] = [];
  for (const [label, text] of inputs) {
    log(`extraction on ${label}…`);
    rows.push(extractionRow(await measureExtraction(label, text, extract, published)));
  }
  return { rows, origin: source.origin };
}

function extractionRow(r: ExtractionRow): Row {
  const single = r.words < 2_000;
  const size = single ? `${fmtInt(r.words)} words, ${fmtKb(r.bytes)}` : fmtKb(r.bytes);
  const cmpNote = r.compromise.onWords ? ` (on the first ${fmtInt(r.compromise.onWords)} words)` : '';
  const compromise = `compromise ${fmtMb(r.compromise.mbPerS)}${cmpNote}`;
  const bare = `bare regex ${fmtMb(r.bare.mbPerS)}`;
  if (!r.ours) {
    return { measure: `extraction, ${r.label} (${size})`, measured: `ours ${NA}; ${compromise}; ${bare}`, target: 'ours ≥ 100× compromise; bare ≤ 10× ours', result: 'n/a' };
  }
  const oursVsCmp = r.ours.mbPerS / r.compromise.mbPerS;
  const bareVsOurs = r.bare.mbPerS / r.ours.mbPerS;
  const ours = `ours ${fmtMb(r.ours.mbPerS)}, ${fmtMs(r.ours.ms)}${single ? ' per article' : ''}`;
  return {
    measure: `extraction, ${r.label} (${size})`,
    measured: `${ours}; ${compromise}; ${bare}; ours/compromise ${fmtX(oursVsCmp)}, bare/ours ${fmtX(bareVsOurs)}`,
    target: 'ours/compromise ≥ 100×; bare/ours ≤ 10×',
    result: passMiss(oursVsCmp >= 100, bareVsOurs <= 10),
  };
}

// --- the content script in Chromium ---------------------------------------

interface PageMeasurement {
  page: string;
  words: number;
  startToPaintedMs: number | null;
  painted: number;
  longestTaskMs: number;
  longTasks: number;
}

async function pageRows(): Promise<Row[]> {
  const measurePage = await importIfPresent<(o: { runs?: number; liveWords?: number }) => Promise<PageMeasurement[]>>(
    'scripts/measure-page.ts',
    'measurePage',
  );
  const rows: Row[] = [];
  const seedMainThread = 'seed article 000: content script’s own main-thread time';
  const seedPaint = 'seed article 000: content script start → highlights painted';
  const liveTask = 'live blog, 100,000 words: longest main-thread task while Tallymark works';
  if (!measurePage) {
    return [
      { measure: seedMainThread, measured: NA, target: '< 5 ms', result: 'n/a' },
      { measure: seedPaint, measured: NA, target: '< 100 ms', result: 'n/a' },
      { measure: liveTask, measured: NA, target: 'none > 50 ms', result: 'n/a' },
    ];
  }
  const { measureContentMainThread } = await import('./bench/content-main-thread');
  log('  CPU profile of the content script on seed article 000…');
  const own = await measureContentMainThread('/seed/000', 5);
  rows.push({ measure: seedMainThread, measured: `${fmtMs(own.ms)} (V8 CPU profile, median of ${own.runs} loads)`, target: '< 5 ms', result: passMiss(own.ms < 5) });
  log('  measurePage() on seed article 000 and the 100,000-word live blog…');
  const [seed, live] = await measurePage({ runs: 5, liveWords: 100_000 });
  const paintText = (m: PageMeasurement | undefined) =>
    m?.startToPaintedMs == null ? 'never painted' : `${fmtMs(m.startToPaintedMs)} (${m.painted} ranges painted)`;
  rows.push({ measure: seedPaint, measured: `${paintText(seed)}, median of 5 loads`, target: '< 100 ms', result: seed?.startToPaintedMs == null ? 'miss' : passMiss(seed.startToPaintedMs < 100) });
  const tasks = live ? (live.longTasks ? `${fmtMs(live.longestTaskMs)} (${live.longTasks} tasks > 50 ms)` : 'no task > 50 ms') : 'not measured';
  rows.push({ measure: liveTask, measured: `${tasks}; start → painted ${paintText(live)}`, target: 'none > 50 ms', result: live ? passMiss(live.longTasks === 0) : 'miss' });
  return rows;
}

// --- the store -----------------------------------------------------------

interface StoreBenchRow {
  measure: string;
  claims: number;
  medianMs: number;
  runs: number;
}

async function storeRows(): Promise<Row[]> {
  const benchStore = await importIfPresent<() => Promise<StoreBenchRow[]>>('scripts/bench-store.ts', 'benchStore');
  if (!benchStore) {
    return [{ measure: 'store: a page’s verdicts, 100,000 claims stored', measured: NA, target: '< 20 ms', result: 'n/a' }];
  }
  const rows = await benchStore();
  return rows.map((r) => {
    const verdicts = /verdicts/.test(r.measure);
    const target = verdicts && r.claims >= 100_000 ? '< 20 ms' : '';
    return {
      measure: r.measure,
      measured: `${fmtMs(r.medianMs)} (median of ${r.runs})`,
      target,
      result: target ? passMiss(r.medianMs < 20) : '',
    };
  });
}

// --- the bundle ------------------------------------------------------------

function bundleRow(): Row {
  const file = resolve(root, '.output/chrome-mv3/content-scripts/content.js');
  const measure = 'content script bundle (content-scripts/content.js), gzipped';
  if (!existsSync(file)) return { measure, measured: NA, target: '< 60 KB', result: 'n/a' };
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  return { measure, measured: `${fmtKb(gz)} (${fmtKb(raw.length)} raw)`, target: '< 60 KB', result: passMiss(gz < 60 * 1024) };
}

// --- the run ---------------------------------------------------------------

function chromiumVersion(): string {
  const bin = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
  try {
    return execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Chromium not found';
  }
}

async function main() {
  if (!args.has('--no-build')) {
    log('building the extension (wxt build)…');
    execFileSync(resolve(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const { rows: extraction, origin } = await extractionRows();
  log('the content script in Chromium…');
  const page = await pageRows();
  log('the store…');
  const store = await storeRows();
  const rows = [...extraction, ...page, ...store, bundleRow()];

  const cpu = cpus();
  const machine = `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.versions.node}, ${chromiumVersion()}`;
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const notes = [
    `Texts: ${origin}, repeated to the word count. Medians of several runs after a warm-up.`,
    `compromise: \`nlp(text).numbers().json()\`; above ${fmtInt(COMPROMISE_MAX_WORDS)} words it is measured on the first ${fmtInt(COMPROMISE_MAX_WORDS)} (it runs at about 0.1 MB/s).`,
    'Bare regex: one pass of a regular expression for digits and number words, counting matches: a floor no extractor can beat.',
    'MB/s: UTF-8 bytes of the text per second.',
    'Content script: Debian\'s Chromium, headless, the built extension in a fresh profile, pages served from 127.0.0.1. Own main-thread time: samples (every 50 µs) whose stack holds a frame of the content script, from the page load to the highlights painted plus 0.5 s. Long tasks: a `longtask` observer, tasks overlapping the content script\'s start to its last paint.',
    'Store: fake-indexeddb in Node (our queries and Dexie\'s work, not a browser\'s disk); a page of 20 figures judged against stores of generated claims.',
  ];
  const md = [`Benchmarks, ${date}, ${machine}.`, '', renderTable(rows), '', ...notes.map((n) => `- ${n}`), ''].join('\n');
  process.stdout.write(md);
  mkdirSync(resolve(root, 'artifacts'), { recursive: true });
  writeFileSync(resolve(root, 'artifacts/bench.md'), md);
  log('written to artifacts/bench.md');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
