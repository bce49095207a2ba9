// The bundled corpus: facts only (no sentence, no article text) from real
// reporting (the reference figures) and the seed articles, loaded into the
// store on install and when its version changes.
import { comparisonTime } from '../compare/time';
import { type ArticleId, toArticleId, toClaimId } from '../types';
import { type ArticleRow, type ClaimRow, indexFieldsOf, type TallymarkDb, toOutletKey } from './db';
import { replaceInBuckets } from './buckets';
import { bundledArticles } from './article-index';
import { claimsOfArticles, storedArticlesOf } from './claim-sets';
import { guardQuota } from './errors';
import { articleIdOf } from './ingest';
import { getBundledVersion, isBundledRemoved } from './settings';
import { checkDay, checkFacts, checkHttpUrl, checkString, isRecord, MAX_LENGTH, ValidationError } from './validate';

export const BUNDLED_FORMAT = 'tallymark-bundled';

export type BundledFact = ReturnType<typeof checkFacts>;

export interface BundledArticle {
  url: string | null;
  /** Where the article is filed: its site (registrable domain) when it has an address. */
  outlet: string;
  /** The outlet's own name, when `outlet` is its site. */
  outletClaimed?: string;
  title: string;
  published: string;
  claims: BundledFact[];
}

export interface BundledCorpus {
  format: typeof BUNDLED_FORMAT;
  /** Content hash of `articles`: a changed corpus has a new version. */
  version: string;
  articles: BundledArticle[];
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable key, not a security hash. */
export function hashKey(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A bundled article's id: its canonical URL, or `bundled:<hash>` of outlet, date and title when it has none. */
export function bundledArticleId(a: Pick<BundledArticle, 'url' | 'outlet' | 'published' | 'title'>): ArticleId {
  return articleIdOf(a) ?? toArticleId(`bundled:${hashKey(`${a.outlet}\n${a.published}\n${a.title}`)}`);
}

/** Checks a bundled corpus file's JSON; throws naming what is wrong. */
export function parseBundled(json: unknown): BundledCorpus {
  if (!isRecord(json) || json.format !== BUNDLED_FORMAT)
    throw new ValidationError(`bundled corpus: "format" should be "${BUNDLED_FORMAT}"`);
  const version = checkString(json.version, 'bundled corpus.version', 200);
  if (!Array.isArray(json.articles)) throw new ValidationError('bundled corpus: expected "articles"');
  const articles = json.articles.map((a: unknown, i): BundledArticle => {
    const where = `bundled corpus.articles[${i}]`;
    if (!isRecord(a) || !Array.isArray(a.claims)) throw new ValidationError(`${where}: expected an article with claims`);
    return {
      url: a.url === null ? null : checkHttpUrl(a.url, `${where}.url`),
      outlet: checkString(a.outlet, `${where}.outlet`, MAX_LENGTH.outlet),
      ...(a.outletClaimed !== undefined
        ? { outletClaimed: checkString(a.outletClaimed, `${where}.outletClaimed`, MAX_LENGTH.outlet) }
        : {}),
      title: checkString(a.title, `${where}.title`, MAX_LENGTH.title),
      published: checkDay(a.published, `${where}.published`),
      claims: a.claims.map((c: unknown, j) => {
        if (!isRecord(c)) throw new ValidationError(`${where}.claims[${j}]: expected a claim`);
        return checkFacts(c, `${where}.claims[${j}]`);
      }),
    };
  });
  return { format: BUNDLED_FORMAT, version, articles };
}

/** The store rows of a bundled corpus (articles the reader stored themselves are left out by `loadBundled`). */
export function bundledRows(corpus: BundledCorpus, readAt: number): { articles: ArticleRow[]; claims: ClaimRow[] } {
  const articles: ArticleRow[] = [];
  const claims: ClaimRow[] = [];
  for (const a of corpus.articles) {
    const id = bundledArticleId(a);
    const url = a.url === null ? null : id;
    const outletKey = toOutletKey(a.outlet);
    const claimed = a.outletClaimed ? { outletClaimed: a.outletClaimed } : {};
    articles.push({
      id,
      url,
      outlet: a.outlet,
      outletKey,
      ...claimed,
      title: a.title,
      published: a.published,
      publishedGuessed: false,
      readAt,
      source: 'bundled',
    });
    a.claims.forEach((c, index) => {
      const time = comparisonTime(c.period, a.published);
      if (time === null) return;
      claims.push({
        id: toClaimId(id, index),
        articleId: id,
        index,
        ...c,
        ...indexFieldsOf(c),
        start: null,
        end: null,
        sentence: null,
        quote: null,
        position: null,
        outlet: a.outlet,
        outletKey,
        ...claimed,
        published: a.published,
        url,
        title: a.title,
        source: 'bundled',
        time,
      });
    });
  }
  return { articles, claims };
}

export interface LoadBundledResult {
  /** False when skipped: same version already loaded, or removed by the reader. */
  loaded: boolean;
  articles: number;
  claims: number;
}

/**
 * Loads the bundled corpus, replacing an older bundled version, in one
 * transaction. Skipped when this version is already loaded or the reader
 * removed the corpus, unless `force` (the reader asked for it back). Articles
 * the reader has read themselves (same id, not bundled) are kept as they are.
 */
export async function loadBundled(
  db: TallymarkDb,
  corpus: BundledCorpus,
  opts: { force?: boolean; now?: number } = {},
): Promise<LoadBundledResult> {
  const skip = { loaded: false, articles: 0, claims: 0 };
  if (!opts.force && ((await isBundledRemoved(db)) || (await getBundledVersion(db)) === corpus.version)) return skip;
  const rows = bundledRows(corpus, opts.now ?? Date.now());
  return guardQuota(() =>
    db.transaction('rw', db.articles, db.buckets, db.settings, async () => {
      const old = await bundledArticles(db);
      const oldClaims = await claimsOfArticles(db, old);
      await db.articles.bulkDelete(old);
      const existing = await db.articles.bulkGet(rows.articles.map((a) => a.id));
      const keep = new Set(rows.articles.filter((_, i) => !existing[i]).map((a) => a.id));
      const articles = rows.articles.filter((a) => keep.has(a.id));
      const claims = rows.claims.filter((c) => keep.has(c.articleId));
      await db.articles.bulkPut(storedArticlesOf(articles, claims));
      await replaceInBuckets(db, old, oldClaims, claims);
      await db.settings.put({ key: 'bundledVersion', value: corpus.version });
      if (opts.force) await db.settings.put({ key: 'bundledRemoved', value: false });
      return { loaded: true, articles: articles.length, claims: claims.length };
    }),
  );
}
