// Builds public/bundled-corpus.json: our extractor run over the seed articles
// of a gold manifest, keeping facts only (no sentence, no article text).
//   npm run build:bundled [-- MANIFEST.json [OUT.json]]
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { extractClaims } from '../lib/extract/extract-claims';
import { BUNDLED_FORMAT, type BundledArticle, type BundledCorpus, type BundledFact, parseBundled } from '../lib/store/bundled';
import { readArticleFile, readManifest } from './cli';

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
    const key = JSON.stringify([c.metric, c.low, c.high, c.period, c.attribution?.side ?? null]);
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push(fact);
  }
  return facts;
}

/** The bundled corpus of a manifest's articles; its version is a hash of its content. */
export async function buildBundled(manifestPath: string): Promise<BundledCorpus> {
  const entries = await readManifest(manifestPath);
  const base = dirname(resolve(manifestPath));
  const articles: BundledArticle[] = [];
  for (const e of entries) {
    const text = await readArticleFile(resolve(base, e.file));
    // The title is ours (outlet and date): no words of the article are kept.
    articles.push({ url: e.url, outlet: e.outlet, title: `${e.outlet}, ${e.published}`, published: e.published, claims: toFacts(text, e.published) });
  }
  const version = createHash('sha256').update(JSON.stringify(articles)).digest('hex').slice(0, 16);
  return parseBundled({ format: BUNDLED_FORMAT, version, articles });
}

async function main(): Promise<void> {
  const [manifest = DEFAULT_MANIFEST, out = DEFAULT_OUT] = process.argv.slice(2);
  const corpus = await buildBundled(manifest);
  await writeFile(out, `${JSON.stringify(corpus, null, 1)}\n`);
  const claims = corpus.articles.reduce((n, a) => n + a.claims.length, 0);
  process.stderr.write(`${out}: ${corpus.articles.length} articles, ${claims} facts, version ${corpus.version}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  main().catch((e: unknown) => {
    process.stderr.write(`build-bundled: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
