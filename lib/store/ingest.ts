import { comparisonTime } from '../compare/time';
import type { IngestResponse } from '../messages';
import { type AnchoredClaim, type ArticleId, type ArticleSource, type ClaimVerdict, type PageMeta, toArticleId, toClaimId } from '../types';
import { type ArticleRow, type ClaimRow, indexFieldsOf, type TallymarkDb, toOutletKey } from './db';
import { replaceInBuckets } from './buckets';
import { markClaimsUnchanged } from './bucket-cache';
import { claimsOfArticles, storedArticleOf } from './claim-sets';
import { guardQuota } from './errors';
import { judgePage } from './judge';
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
} from './validate';

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
    ...(x.outletClaimed !== undefined ? { outletClaimed: checkString(x.outletClaimed, 'page.outletClaimed', MAX_LENGTH.outlet) } : {}),
  };
}

/** Checks the claims a content script sends; over-long sentences are clipped around the figure. */
export function checkAnchoredClaims(x: unknown): AnchoredClaim[] {
  if (!Array.isArray(x)) throw new ValidationError('claims: expected an array');
  if (x.length > 1000) throw new ValidationError(`claims: too many (${x.length}, at most 1000)`);
  return x.map((raw: unknown, i) => checkAnchoredClaim(raw, `claims[${i}]`));
}

function checkAnchoredClaim(raw: unknown, where: string): AnchoredClaim {
  const c = isRecord(raw) && typeof raw.sentence === 'string' ? { ...raw, sentence: clipSentence(raw.sentence, raw.figure) } : raw;
  const claim = checkClaim(c, where);
  const r = c as Record<string, unknown>;
  return { ...claim, quote: checkQuote(r.quote, `${where}.quote`), position: checkPosition(r.position, `${where}.position`) };
}

/** A claim the background would not take, by its index in the claims sent, and why. */
export interface RefusedClaim {
  index: number;
  reason: string;
}

/**
 * Checks each claim on its own: one claim the store cannot take (an impossible
 * date, a bad bound) is refused and named, the others are kept in order. Only
 * a message that is not a list of at most 1000 claims is refused whole.
 */
export function checkEachClaim(x: unknown, published: string): { claims: AnchoredClaim[]; kept: number[]; refused: RefusedClaim[] } {
  if (!Array.isArray(x)) throw new ValidationError('claims: expected an array');
  if (x.length > 1000) throw new ValidationError(`claims: too many (${x.length}, at most 1000)`);
  const claims: AnchoredClaim[] = [];
  const kept: number[] = [];
  const refused: RefusedClaim[] = [];
  x.forEach((raw: unknown, index) => {
    try {
      const claim = checkAnchoredClaim(raw, `claims[${index}]`);
      if (comparisonTime(claim.period, published) === null) throw new ValidationError(`claims[${index}]: no usable date`);
      claims.push(claim);
      kept.push(index);
    } catch (e) {
      refused.push({ index, reason: e instanceof Error ? e.message : String(e) });
    }
  });
  return { claims, kept, refused };
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
    ...(page.outletClaimed ? { outletClaimed: page.outletClaimed } : {}),
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
      ...indexFieldsOf(c),
      quote: c.quote,
      position: c.position,
      outlet: page.outlet,
      outletKey,
      ...(page.outletClaimed ? { outletClaimed: page.outletClaimed } : {}),
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
 * Replaces an article and its claims in one transaction (one row: the article
 * holds its claims): a page read again loses its old claims. The same page
 * read again with the same figures keeps its buckets as they are, and its row
 * is written marked as holding the same claims, so the buckets' cache stays
 * warm. A quota error becomes `StoreFullError`, with nothing written.
 */
export function putArticle(db: TallymarkDb, article: ArticleRow, claims: readonly ClaimRow[]): Promise<void> {
  return guardQuota(() =>
    db.transaction('rw', db.articles, db.buckets, async () => {
      const old = await claimsOfArticles(db, [article.id]);
      const row = storedArticleOf(article, claims);
      if (sameRows(old, claims)) {
        await db.articles.put(markClaimsUnchanged(row));
        return;
      }
      await db.articles.put(row);
      await replaceInBuckets(db, [article.id], old, claims);
    }),
  );
}

/** A row as text, its keys (at every depth) in order: equal rows give equal texts. */
const canonical = (row: object): string =>
  JSON.stringify(row, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );

/** Whether two sets of claim rows are the same rows (in any order). */
function sameRows(a: readonly ClaimRow[], b: readonly ClaimRow[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(a.map((r) => [r.id, r]));
  return b.every((r) => {
    const other = byId.get(r.id);
    return other !== undefined && canonical(other) === canonical(r);
  });
}

/** The verdict given in the place of a refused claim (`IngestResponse.refused` names it). */
const REFUSED_VERDICT = { verdict: 'unique', compared: [], earlier: [], later: [] } as const;

/** A page judged, and its write under way. */
export interface StagedIngest {
  /** The verdicts, as `ingestPage` answers them (`stored`: the write was issued). */
  answer: IngestResponse;
  /** Settles when the page is written (at once when it is not to be); rejects as `ingestPage` would (`StoreFullError`, nothing written). */
  written: Promise<void>;
}

/**
 * Stores a page that was read (unless `opts.store` is false) and answers a
 * verdict for each of its claims against other outlets, in order. Reading the
 * same URL again replaces that page's claims. A page without URL is stored
 * only under `opts.articleId`. The page and the list are validated first
 * (throws `ValidationError`); each claim is then checked on its own, and a
 * claim the store cannot take is left out (stored and judged without it),
 * named in `refused`, its verdict a placeholder.
 */
export async function ingestPage(
  db: TallymarkDb,
  page: PageMeta,
  claims: readonly AnchoredClaim[],
  opts: IngestOptions = {},
): Promise<IngestResponse> {
  const staged = await judgeThenStore(db, page, claims, opts);
  await staged.written;
  return staged.answer;
}

/**
 * `ingestPage` judging first and writing after: the verdicts do not wait for
 * the write (which would also drop the buckets judging reads from the bucket
 * cache). The same verdicts as storing first: judging leaves out the page's own
 * outlet, and here the article itself too (an older copy of it filed under
 * another outlet is replaced by the write). The write is issued before this
 * resolves; `written` says how it ended.
 */
export async function judgeThenStore(
  db: TallymarkDb,
  page: PageMeta,
  claims: readonly AnchoredClaim[],
  opts: IngestOptions = {},
): Promise<StagedIngest> {
  const checkedPage = checkPage(page);
  const each = checkEachClaim(claims, checkedPage.published);
  const checkedClaims = each.claims;
  const id = opts.articleId ?? articleIdOf(checkedPage);
  const store = opts.store !== false && id !== null;
  const rows = store ? toRows(id, checkedPage, checkedClaims, opts.source ?? 'browser', opts.now ?? Date.now()) : null;
  const judged = await judgePage(db, checkedPage, checkedClaims, id !== null ? { excludeArticles: new Set([id]) } : {});
  const written = rows ? putArticle(db, rows.article, rows.claims) : Promise.resolve();
  // Handled here too, so that a failed write the caller has not awaited yet is not an unhandled rejection.
  written.catch(() => undefined);
  let verdicts = judged;
  if (each.refused.length > 0) {
    verdicts = claims.map((): ClaimVerdict => ({ ...REFUSED_VERDICT, compared: [], earlier: [], later: [] }));
    for (const [i, at] of each.kept.entries()) verdicts[at] = judged[i] as ClaimVerdict;
  }
  const refused = each.refused.length > 0 ? { refused: each.refused } : {};
  const notStoredReason =
    opts.store === false ? (opts.notStoredReason ?? 'Not stored.') : id === null ? 'A local file is not stored.' : undefined;
  const answer: IngestResponse = store
    ? { verdicts, stored: true, ...refused }
    : { verdicts, stored: false, ...refused, ...(notStoredReason ? { notStoredReason } : {}) };
  return { answer, written };
}
