// Builds public/bundled-corpus.json: the reference figures of real reporting
// (../shared/corpus/reference.json) and our extractor run over the seed
// articles of a gold manifest, keeping facts only (no `evidence`, no sentence,
// no article text).
//   npm run build:bundled [-- [--reference REFERENCE.json] [MANIFEST.json [OUT.json]]]
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { siteOf } from '../lib/background/page-origin';
import { extractClaims } from '../lib/extract/extract-claims';
import { articleIdOf } from '../lib/store/ingest';
import { BUNDLED_FORMAT, type BundledArticle, type BundledCorpus, type BundledFact, parseBundled } from '../lib/store/bundled';
import { checkAttribution, checkFacts, checkHttpUrl, isRecord } from '../lib/store/validate';
import { readArticleFile, readManifest } from './cli';

const DEFAULT_REFERENCE = '../shared/corpus/reference.json';
const DEFAULT_MANIFEST = '../shared/corpus/seeds.gold.json';
const DEFAULT_OUT = 'public/bundled-corpus.json';

/** The facts of a text's claims, each distinct fact once, in the order first found. */
export function toFacts(text: string, published: string): BundledFact[] {
  const seen = new Set<string>();
  const facts: BundledFact[] = [];
  for (const c of extractClaims(text, { published })) {
    const fact: BundledFact = {
      metric: c.metric,
      qualifier: c.qualifier,
      scope: c.scope,
      low: c.low,
      high: c.high,
      figure: c.figure,
      attribution: c.attribution,
      period: c.period,
    };
    const key = JSON.stringify([c.metric, c.low, c.high, c.period, c.attribution?.side ?? null, c.scope]);
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push(fact);
  }
  return facts;
}

/**
 * Where an article with an address is filed, as the extension files a page it
 * reads: under its site (registrable domain), its own name kept as its claim.
 */
function fileUnderSite(a: BundledArticle): BundledArticle {
  const site = a.url === null ? null : siteOf(a.url);
  if (site === null || site === a.outlet.trim().toLowerCase()) return a;
  return { ...a, outlet: site, outletClaimed: a.outlet };
}

/** A "YYYY-MM" or "YYYY-MM-DD" date as a day (a month as its 15th, as comparisons read it). */
const asDay = (d: string) => (/^\d{4}-\d{2}$/.test(d) ? `${d}-15` : d);

/**
 * The reference figures as bundled articles, one per address: the article's
 * date is its publication date, else the latest date its figures describe;
 * a figure whose date (`asOf`) is not that day keeps it as its period. The
 * body that gave the figure (`source`) is kept as the attribution's text.
 */
export function referenceArticles(json: unknown): BundledArticle[] {
  if (!isRecord(json) || !Array.isArray(json.entries)) throw new Error('reference: expected {"entries": [...]}');
  const byUrl = new Map<string, { outlet: string; published: string | null; entries: Record<string, unknown>[] }>();
  json.entries.forEach((e: unknown, i) => {
    if (!isRecord(e) || typeof e.url !== 'string' || typeof e.outlet !== 'string' || typeof e.asOf !== 'string') {
      throw new Error(`reference.entries[${i}]: expected url, outlet and asOf`);
    }
    const url = checkHttpUrl(e.url, `reference.entries[${i}].url`);
    const a = byUrl.get(url) ?? { outlet: e.outlet, published: null, entries: [] };
    if (typeof e.published === 'string') a.published ??= e.published;
    a.entries.push(e);
    byUrl.set(url, a);
  });
  return [...byUrl].map(([url, a]) => {
    const published = asDay(
      a.published ??
        (a.entries
          .map((e) => e.asOf as string)
          .sort()
          .at(-1) as string),
    );
    const claims = a.entries.map((e, j): BundledFact => {
      const where = `reference ${url} [${j}]`;
      const facts = checkFacts({ ...e, attribution: null, period: null }, where);
      const asOf = e.asOf as string;
      return {
        ...facts,
        attribution:
          e.side === null || e.side === undefined
            ? null
            : checkAttribution(
                { side: e.side, text: typeof e.source === 'string' && e.source.trim() ? e.source.slice(0, 200) : String(e.side) },
                `${where}.attribution`,
              ),
        period: asOf === published ? null : asOf,
      };
    });
    return { url, outlet: a.outlet, title: `${a.outlet}, ${published}`, published, claims };
  });
}

/**
 * The bundled corpus: the reference figures, then the manifest's articles
 * (those whose address the reference does not already hold); its version is
 * a hash of its content.
 */
export async function buildBundled(manifestPath: string, referencePath: string | null): Promise<BundledCorpus> {
  const articles: BundledArticle[] = referencePath ? referenceArticles(JSON.parse(await readFile(referencePath, 'utf8'))) : [];
  const held = new Set(articles.map((a) => articleIdOf(a)));
  const entries = await readManifest(manifestPath);
  const base = dirname(resolve(manifestPath));
  for (const e of entries) {
    if (e.url !== null && held.has(articleIdOf(e))) continue;
    const text = await readArticleFile(resolve(base, e.file));
    // The title is ours (outlet and date): no words of the article are kept.
    articles.push({
      url: e.url,
      outlet: e.outlet,
      title: `${e.outlet}, ${e.published}`,
      published: e.published,
      claims: toFacts(text, e.published),
    });
  }
  const filed = articles.filter((a) => a.claims.length > 0).map(fileUnderSite);
  const version = createHash('sha256').update(JSON.stringify(filed)).digest('hex').slice(0, 16);
  return parseBundled({ format: BUNDLED_FORMAT, version, articles: filed });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let reference: string | null = DEFAULT_REFERENCE;
  const i = args.indexOf('--reference');
  if (i >= 0) {
    reference = args[i + 1] ?? null;
    args.splice(i, 2);
  }
  const [manifest = DEFAULT_MANIFEST, out = DEFAULT_OUT] = args;
  const corpus = await buildBundled(manifest, reference);
  // One article a line: small, and a change reads as a diff of the articles that changed.
  const lines = corpus.articles.map((a) => JSON.stringify(a));
  await writeFile(
    out,
    `{"format": ${JSON.stringify(corpus.format)}, "version": ${JSON.stringify(corpus.version)}, "articles": [\n${lines.join(',\n')}\n]}\n`,
  );
  const claims = corpus.articles.reduce((n, a) => n + a.claims.length, 0);
  process.stderr.write(`${out}: ${corpus.articles.length} articles, ${claims} facts, version ${corpus.version}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  main().catch((e: unknown) => {
    process.stderr.write(`build-bundled: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
