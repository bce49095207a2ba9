// Tallymark without a browser (CLAIMS.md, "The command line"):
//   tsx scripts/cli.ts extract [--published YYYY-MM-DD] [--explain] FILE
//   tsx scripts/cli.ts check [--first-install] MANIFEST.json
// Standard output carries only JSON; errors go to standard error, exit 1 (2 for usage).
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createSelectors } from '../lib/anchor/selectors';
import { extractClaims, extractText, extractWithRefusals } from '../lib/extract/extract-claims';
import { explainFigures } from '../lib/extract/explain';
import { isIsoDay } from '../lib/compare/time';
import { createDb } from '../lib/store/db';
import { type BundledCorpus, loadBundled, parseBundled } from '../lib/store/bundled';
import { articleIdOf, ingestPage } from '../lib/store/ingest';
import { judgePage } from '../lib/store/judge';
import { checkHttpUrl, isRecord } from '../lib/store/validate';
import { type AnchoredClaim, type Claim, type ComparedFigure, type PageMeta, toArticleId, type VerdictReason } from '../lib/types';

const USAGE = 'usage: cli.ts extract [--published YYYY-MM-DD] [--explain] FILE | cli.ts check [--first-install] MANIFEST.json';

/** The bundled corpus the extension ships, as `check --first-install` reads it. */
const BUNDLED_FILE = resolve(import.meta.dirname ?? '.', '../public/bundled-corpus.json');

/** An error meant for the reader of the command line: printed as is. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** The article text of a file: a .html/.htm file is reduced as the content script does. */
export async function readArticleFile(path: string): Promise<string> {
  return (await readArticle(path)).text;
}

/** A file's article text, and for an HTML page the publication date it gives (null when none or not HTML). */
export async function readArticle(path: string): Promise<{ text: string; published: string | null }> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(e as Error).message}`);
  }
  if (!/\.x?html?$/i.test(path)) return { text: raw, published: null };
  return readHtmlArticle(raw, path);
}

async function readHtmlArticle(html: string, path: string): Promise<{ text: string; published: string | null }> {
  const { readHtmlArticle: read } = await import('./html-article');
  try {
    return read(html);
  } catch (e) {
    throw new CliError(`cannot read the article text of ${path}: ${(e as Error).message}`);
  }
}

/** The claim as CLAIMS.md prints it: its fields, nothing else. */
function publicClaim(c: Claim) {
  return {
    metric: c.metric,
    qualifier: c.qualifier,
    low: c.low,
    high: c.high,
    figure: c.figure,
    start: c.start,
    end: c.end,
    sentence: c.sentence,
    attribution: c.attribution,
    period: c.period,
    scope: c.scope,
  };
}

const publicCompared = (f: ComparedFigure) => ({
  outlet: f.outlet,
  published: f.published,
  figure: f.figure,
  metric: f.metric,
  low: f.low,
  high: f.high,
  attribution: f.attribution,
  scope: f.scope,
  url: f.url,
  period: f.period,
});

/** A verdict's reason as printed: its kind, the other metric, and the stored figure that shows it. */
const publicReason = (r: VerdictReason | null | undefined) =>
  r ? { kind: r.kind, ...(r.kind === 'otherMetric' ? { metric: r.metric } : {}), figure: publicCompared(r.figure) } : null;

async function extractCommand(args: string[]): Promise<void> {
  let published: string | undefined;
  let explain = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--explain') explain = true;
    else if (a === '--published') {
      const v = args[++i];
      if (v === undefined || !isIsoDay(v))
        throw new CliError(`--published needs a date written YYYY-MM-DD, got ${JSON.stringify(v ?? '')}`);
      published = v;
    } else if (a.startsWith('--')) {
      throw new CliError(`unknown option ${a}\n${USAGE}`, 2);
    } else files.push(a);
  }
  if (files.length !== 1) throw new CliError(`extract takes exactly one FILE\n${USAGE}`, 2);
  const file = files[0] as string;
  const article = await readArticle(file);
  // Without --published, an HTML page's own date (as the content script reads it) stands.
  const date = published ?? article.published ?? undefined;
  const options = date ? { published: date } : {};
  const { claims, stoppedAt, refused, fired } = explain
    ? extractWithRefusals(article.text, options)
    : { ...extractText(article.text, options), refused: undefined, fired: undefined };
  if (stoppedAt !== null)
    process.stderr.write(
      `extract: ${file}: read the first ${stoppedAt} of ${article.text.length} characters (the extractor's budget, READ_BUDGET_CHARS)\n`,
    );
  // --explain: every figure of the text, the claim it became and the rules that fired on it, or the rule that refused it.
  const trace = explain ? { figures: explainFigures(article.text, claims, refused, fired) } : {};
  process.stdout.write(`${JSON.stringify({ file, claims: claims.map(publicClaim), ...trace })}\n`);
}

interface ManifestEntry {
  file: string;
  outlet: string;
  url: string | null;
  published: string;
}

/** Reads and checks a manifest; every problem is named with its place. */
export async function readManifest(path: string): Promise<ManifestEntry[]> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `no such manifest: ${path}` : `cannot read manifest ${path}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new CliError(`manifest ${path} is not valid JSON: ${(e as Error).message}`);
  }
  if (!isRecord(json) || !Array.isArray(json.articles)) throw new CliError(`manifest ${path}: expected {"articles": [...]}`);
  return json.articles.map((a: unknown, i): ManifestEntry => {
    const where = `manifest ${path}: articles[${i}]`;
    if (!isRecord(a)) throw new CliError(`${where}: expected an object`);
    if (typeof a.file !== 'string' || a.file === '') throw new CliError(`${where}.file: expected a file name`);
    if (typeof a.outlet !== 'string' || a.outlet.trim() === '') throw new CliError(`${where}.outlet: expected the outlet's name`);
    if (typeof a.published !== 'string' || !isIsoDay(a.published)) {
      throw new CliError(`${where}.published: expected a date written YYYY-MM-DD, got ${JSON.stringify(a.published ?? null)}`);
    }
    let url: string | null = null;
    if (a.url !== undefined && a.url !== null) {
      try {
        url = checkHttpUrl(a.url, `${where}.url`);
      } catch (e) {
        throw new CliError((e as Error).message);
      }
    }
    return { file: a.file, outlet: a.outlet, url, published: a.published };
  });
}

async function checkCommand(args: string[]): Promise<void> {
  const firstInstall = args[0] === '--first-install';
  const rest = firstInstall ? args.slice(1) : args;
  if (rest.length !== 1 || (rest[0] as string).startsWith('--')) throw new CliError(`check takes exactly one MANIFEST.json\n${USAGE}`, 2);
  const manifestPath = rest[0] as string;
  const entries = await readManifest(manifestPath);
  const base = dirname(resolve(manifestPath));
  const texts = await Promise.all(entries.map((e) => readArticleFile(resolve(base, e.file))));
  const bundled = firstInstall ? await readBundledFile(BUNDLED_FILE) : null;

  // A fresh, empty store, through the same code the extension uses.
  const db = createDb(`tallymark-cli-${process.pid}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const usedIds = new Set<string>();
  const read = entries.map((e, i) => {
    const text = texts[i] as string;
    const claims: AnchoredClaim[] = extractClaims(text, { published: e.published }).map((c) => ({
      ...c,
      ...createSelectors(text, c.start, c.end),
    }));
    const page: PageMeta = { url: e.url, outlet: e.outlet, title: basename(e.file), published: e.published };
    // Local files, and a URL the manifest repeats, are kept under the file's path.
    const key = e.url !== null && !usedIds.has(e.url) ? e.url : `file:${resolve(base, e.file)}`;
    usedIds.add(key);
    return { entry: e, page, claims, id: toArticleId(key) };
  });
  try {
    if (bundled) {
      // The first article a reader opens after installing: the bundled corpus alone.
      await loadBundled(db, bundled);
    } else {
      for (const r of read) await ingestPage(db, r.page, r.claims, { articleId: r.id, source: 'imported' });
    }
    // With every article in the store, each article's verdicts against the others.
    for (const r of read) {
      // A bundled copy of the article itself is not another outlet's reporting.
      const own = r.entry.url !== null ? articleIdOf({ url: r.entry.url }) : null;
      const verdicts = await judgePage(db, r.page, r.claims, {
        maxCompared: Infinity,
        maxEarlierLater: 20,
        maxTimeline: Infinity,
        timelineDays: Infinity,
        ...(bundled && own !== null ? { excludeArticles: new Set([own]) } : {}),
      });
      const claims = r.claims.map((c, i) => {
        const v = verdicts[i];
        if (!v) throw new Error('a claim was not judged');
        return {
          ...publicClaim(c),
          verdict: v.verdict,
          reason: publicReason(v.reason),
          compared: v.compared.map(publicCompared),
          timeline: (v.timeline ?? []).map(publicCompared),
          earlier: v.earlier.map(publicCompared),
          later: v.later.map(publicCompared),
        };
      });
      process.stdout.write(`${JSON.stringify({ file: r.entry.file, outlet: r.entry.outlet, claims })}\n`);
    }
  } finally {
    db.close();
  }
}

/** Reads and checks a bundled corpus file. */
async function readBundledFile(path: string): Promise<BundledCorpus> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read the bundled corpus ${path} (npm run build:bundled writes it): ${(e as Error).message}`);
  }
  try {
    return parseBundled(JSON.parse(text));
  } catch (e) {
    throw new CliError(`the bundled corpus ${path} is not valid: ${(e as Error).message}`);
  }
}

/** Runs one command line; resolves to the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'extract') await extractCommand(rest);
    else if (command === 'check') await checkCommand(rest);
    else throw new CliError(`unknown command ${JSON.stringify(command ?? '')}\n${USAGE}`, 2);
    return 0;
  } catch (e) {
    const message = e instanceof CliError ? e.message : `error: ${(e as Error).message ?? String(e)}`;
    process.stderr.write(`tallymark: ${message}\n`);
    return e instanceof CliError ? e.exitCode : 1;
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename ?? '');
if (isMain) {
  // A reader that stops early (| head) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
