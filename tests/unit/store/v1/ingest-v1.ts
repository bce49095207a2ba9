// A copy of schema version 1's code path (lib/store at version 1), kept so
// tests can build a real version-1 store and upgrade it. Do not change.
// biome-ignore-all lint: a frozen copy
import { comparisonTime } from '../../../../lib/compare/time';
import type { IngestResponse } from '../../../../lib/messages';
import { type AnchoredClaim, type ArticleId, type ArticleSource, type PageMeta, toArticleId, toClaimId } from '../../../../lib/types';
import { type ArticleRow, type ClaimRow, type TallymarkDb, toOutletKey } from './db-v1';
import { bucketKeysOf, refreshBuckets } from './buckets-v1';
import { guardQuota } from '../../../../lib/store/errors';
import { judgePage } from './judge-v1';
import {
  checkClaim,
  checkDay,
  checkHttpUrl,
  checkPosition,
  checkQuote,
  checkString,
  isRecord,
  MAX_LENGTH,
  ValidationError,
} from '../../../../lib/store/validate';

/** The store key of a page: its canonical URL without the hash; null when it has none. */
export function articleIdOf(page: Pick<PageMeta, 'url'>): ArticleId | null {
  if (page.url === null) return null;
  const url = new URL(page.url);
  url.hash = '';
  return toArticleId(url.href);
}

export interface IngestOptions {
  /** Store the page (default true). When false the claims are only judged. */
  store?: boolean;
  /** Why the page is not stored, passed on to the reader. */
  notStoredReason?: string;
  /** Store under this id instead of the URL (local files, the bundled corpus). */
  articleId?: ArticleId;
  source?: ArticleSource;
  /** Time of reading, ms (default now). */
  now?: number;
}

/** Checks a page's metadata as it comes from a content script; throws naming what is wrong. */
export function checkPage(x: unknown): PageMeta {
  if (!isRecord(x)) throw new ValidationError('page: expected an object');
  return {
    url: x.url === null ? null : checkHttpUrl(x.url, 'page.url'),
    outlet: checkString(x.outlet, 'page.outlet', MAX_LENGTH.outlet),
    title: checkString(x.title, 'page.title', MAX_LENGTH.title),
    published: checkDay(x.published, 'page.published'),
    publishedGuessed: x.publishedGuessed === true,
  };
}

/** Checks the claims a content script sends; over-long sentences are clipped around the figure. */
export function checkAnchoredClaims(x: unknown): AnchoredClaim[] {
  if (!Array.isArray(x)) throw new ValidationError('claims: expected an array');
  if (x.length > 1000) throw new ValidationError(`claims: too many (${x.length}, at most 1000)`);
  return x.map((raw: unknown, i) => {
    const where = `claims[${i}]`;
    const c = isRecord(raw) && typeof raw.sentence === 'string' ? { ...raw, sentence: clipSentence(raw.sentence, raw.figure) } : raw;
    const claim = checkClaim(c, where);
    const r = c as Record<string, unknown>;
    return { ...claim, quote: checkQuote(r.quote, `${where}.quote`), position: checkPosition(r.position, `${where}.position`) };
  });
}

function clipSentence(sentence: string, figure: unknown): string {
  if (sentence.length <= MAX_LENGTH.sentence) return sentence;
  const at = typeof figure === 'string' ? Math.max(0, sentence.indexOf(figure)) : 0;
  const from = Math.max(0, Math.min(at - MAX_LENGTH.sentence / 2, sentence.length - MAX_LENGTH.sentence));
  return sentence.slice(from, from + MAX_LENGTH.sentence);
}

/** The stored rows of one page and its claims. */
export function toRows(
  id: ArticleId,
  page: PageMeta,
  claims: readonly AnchoredClaim[],
  source: ArticleSource,
  readAt: number,
): { article: ArticleRow; claims: ClaimRow[] } {
  const outletKey = toOutletKey(page.outlet);
  const article: ArticleRow = {
    id,
    url: page.url === null ? null : (articleIdOf(page) ?? null),
    outlet: page.outlet,
    outletKey,
    title: page.title,
    published: page.published,
    publishedGuessed: page.publishedGuessed ?? false,
    readAt,
    source,
  };
  const rows = claims.map((c, index): ClaimRow => {
    const time = comparisonTime(c.period, page.published);
    if (time === null) throw new ValidationError(`claims[${index}]: no usable date (published ${JSON.stringify(page.published)})`);
    return {
      id: toClaimId(id, index),
      articleId: id,
      index,
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
      quote: c.quote,
      position: c.position,
      outlet: page.outlet,
      outletKey,
      published: page.published,
      url: article.url,
      title: page.title,
      source,
      time,
    };
  });
  return { article, claims: rows };
}

/**
 * Replaces an article and its claims in one transaction: a page read again
 * loses its old claims. A quota error becomes `StoreFullError`, with nothing written.
 */
export function putArticle(db: TallymarkDb, article: ArticleRow, claims: readonly ClaimRow[]): Promise<void> {
  return guardQuota(() =>
    db.transaction('rw', db.articles, db.claims, db.buckets, async () => {
      const old = await db.claims.where('articleId').equals(article.id).toArray();
      await db.claims.where('articleId').equals(article.id).delete();
      await db.articles.put(article);
      await db.claims.bulkPut(claims as ClaimRow[]);
      await refreshBuckets(db, bucketKeysOf([...old, ...claims]));
    }),
  );
}

/**
 * Stores a page that was read (unless `opts.store` is false) and answers a
 * verdict for each of its claims against other outlets, in order. Reading the
 * same URL again replaces that page's claims. A page without URL is stored
 * only under `opts.articleId`. Inputs are validated first (throws `ValidationError`).
 */
export async function ingestPage(
  db: TallymarkDb,
  page: PageMeta,
  claims: readonly AnchoredClaim[],
  opts: IngestOptions = {},
): Promise<IngestResponse> {
  const checkedPage = checkPage(page);
  const checkedClaims = checkAnchoredClaims(claims);
  const id = opts.articleId ?? articleIdOf(checkedPage);
  let stored = false;
  let notStoredReason = opts.notStoredReason;
  if (opts.store === false) {
    notStoredReason ??= 'Not stored.';
  } else if (id === null) {
    notStoredReason = 'A local file is not stored.';
  } else {
    const rows = toRows(id, checkedPage, checkedClaims, opts.source ?? 'browser', opts.now ?? Date.now());
    await putArticle(db, rows.article, rows.claims);
    stored = true;
    notStoredReason = undefined;
  }
  const verdicts = await judgePage(db, checkedPage, checkedClaims);
  return stored ? { verdicts, stored } : { verdicts, stored, ...(notStoredReason ? { notStoredReason } : {}) };
}
