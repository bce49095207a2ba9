// The whole store as one versioned JSON file, and back (merging).
import { comparisonTime } from '../compare/time';
import { type ArticleId, type ArticleSource, type ClaimId, toArticleId, toClaimId } from '../types';
import {
  type ArticleRow,
  articleOfStored,
  bucketRowsOf,
  type ClaimRow,
  indexFieldsOf,
  type StoredArticle,
  type TallymarkDb,
  toOutletKey,
} from './db';
import { rebuildAllBuckets, replaceInBuckets } from './buckets';
import { type BackupClaim, claimsByArticle, claimsOfSet, storedArticleOf } from './claim-sets';
import { guardQuota } from './errors';
import {
  checkDay,
  checkFacts,
  checkHttpUrl,
  checkNullableOffset,
  checkNullableString,
  checkPosition,
  checkQuote,
  checkString,
  isRecord,
  MAX_LENGTH,
  ValidationError,
} from './validate';

export const BACKUP_FORMAT = 'tallymark-backup';
export const BACKUP_VERSION = 1;
/** Limits of a backup file: larger ones are refused before anything is written. */
export const BACKUP_LIMITS = { chars: 400_000_000, articles: 200_000, claims: 2_000_000 } as const;

/** An article in a backup: the stored row minus what is derived from it. */
export type BackupArticle = Omit<ArticleRow, 'outletKey'>;
export type { BackupClaim } from './claim-sets';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 time of the backup. */
  exportedAt: string;
  articles: BackupArticle[];
  claims: BackupClaim[];
}

export interface RestoreResult {
  /** Articles written (new, or newer than the stored copy). */
  articles: number;
  claims: number;
  /** Articles left out because the store holds a copy read later. */
  skipped: number;
}

/** Rows read, written or checked at a time: large stores go in chunks, so no step holds every row in two forms at once. */
export const BACKUP_CHUNK = 5000;

/** An article as a backup holds it (its own fields, without `outletKey`). */
function articleOfRow(row: StoredArticle): BackupArticle {
  const { outletKey: _k, ...a } = articleOfStored(row);
  return a;
}

/** The store's articles in primary-key (id) order, a chunk at a time, inside the caller's transaction. */
async function forEachChunk(db: TallymarkDb, each: (rows: StoredArticle[]) => void, chunk = BACKUP_SET_CHUNK): Promise<void> {
  let last: ArticleId | undefined;
  for (;;) {
    const rows = await (last === undefined ? db.articles.orderBy(':id') : db.articles.where(':id').above(last)).limit(chunk).toArray();
    if (rows.length === 0) return;
    each(rows);
    last = rows[rows.length - 1]!.id;
  }
}

/** Articles read at a time by a backup (each row holds one article's claims). */
const BACKUP_SET_CHUNK = 1000;

/** The whole store as a backup object (`JSON.stringify` it to save); articles and claims by article id, then index. */
export async function createBackup(db: TallymarkDb, now = new Date()): Promise<Backup> {
  const claims: BackupClaim[] = [];
  const articles: BackupArticle[] = [];
  await db.transaction('r', db.articles, () =>
    forEachChunk(db, (rows) => {
      for (const row of rows) {
        articles.push(articleOfRow(row));
        for (const c of JSON.parse(row.text) as BackupClaim[]) claims.push(c);
      }
    }),
  );
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), articles, claims };
}

/**
 * The whole store as backup JSON text (the same text as `JSON.stringify(createBackup())`),
 * read in one transaction a chunk of articles at a time (`chunk` articles and
 * their claims): only the text is held whole. The rows were checked when stored: they are written, not checked again.
 */
export async function createBackupText(db: TallymarkDb, now = new Date(), chunk = BACKUP_SET_CHUNK): Promise<string> {
  const parts: string[] = [];
  const articles: BackupArticle[] = [];
  await db.transaction('r', db.articles, () =>
    forEachChunk(
      db,
      (rows) => {
        for (const row of rows) {
          articles.push(articleOfRow(row));
          // Each row's text is its claims' JSON array, as stored: joined, never parsed.
          if (row.text.length > 2) parts.push(row.text.slice(1, -1));
        }
      },
      chunk,
    ),
  );
  const head = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), articles });
  return `${head.slice(0, -1)},"claims":[${parts.join(',')}]}`;
}

const SOURCES: readonly ArticleSource[] = ['browser', 'bundled', 'imported'];

function checkArticleId(x: unknown, where: string): ArticleId {
  const s = checkString(x, where, MAX_LENGTH.id);
  if (/^(bundled|file):./.test(s)) return toArticleId(s);
  return toArticleId(checkHttpUrl(s, where));
}

function checkArticle(x: unknown, i: number): ArticleRow {
  const where = `articles[${i}]`;
  if (!isRecord(x)) throw new ValidationError(`${where}: expected an article object`);
  refuseForbiddenKeys(x, where);
  const id = checkArticleId(x.id, `${where}.id`);
  const url = x.url === null ? null : checkHttpUrl(x.url, `${where}.url`);
  const outlet = checkString(x.outlet, `${where}.outlet`, MAX_LENGTH.outlet);
  if (typeof x.readAt !== 'number' || !Number.isFinite(x.readAt) || x.readAt < 0)
    throw new ValidationError(`${where}.readAt: expected a time in ms`);
  if (typeof x.publishedGuessed !== 'boolean') throw new ValidationError(`${where}.publishedGuessed: expected true or false`);
  if (typeof x.source !== 'string' || !SOURCES.includes(x.source as ArticleSource)) {
    throw new ValidationError(`${where}.source: expected one of ${SOURCES.join(', ')}`);
  }
  return {
    id,
    url,
    outlet,
    outletKey: toOutletKey(outlet),
    title: checkString(x.title, `${where}.title`, MAX_LENGTH.title),
    published: checkDay(x.published, `${where}.published`),
    publishedGuessed: x.publishedGuessed,
    readAt: x.readAt,
    source: x.source as ArticleSource,
    ...(x.outletClaimed !== undefined ? { outletClaimed: checkString(x.outletClaimed, `${where}.outletClaimed`, MAX_LENGTH.outlet) } : {}),
  };
}

/** Keys a backup never has; one of them is a file made to pollute prototypes, refused. */
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

function refuseForbiddenKeys(x: unknown, where: string): void {
  if (typeof x !== 'object' || x === null) return;
  for (const key of FORBIDDEN_KEYS) {
    if (Object.hasOwn(x, key)) throw new ValidationError(`${where}: a "${key}" key has no place in a backup`);
  }
}

/** Comparison times by period and publication date, computed once per pair in a file. */
type TimeMemo = Map<string, number | null>;

function checkBackupClaim(x: unknown, i: number, articles: Map<string, ArticleRow>, times: TimeMemo): ClaimRow {
  const where = `claims[${i}]`;
  if (!isRecord(x)) throw new ValidationError(`${where}: expected a claim object`);
  refuseForbiddenKeys(x, where);
  refuseForbiddenKeys(x.attribution, `${where}.attribution`);
  refuseForbiddenKeys(x.quote, `${where}.quote`);
  refuseForbiddenKeys(x.position, `${where}.position`);
  const articleId = checkString(x.articleId, `${where}.articleId`, MAX_LENGTH.id);
  const article = articles.get(articleId);
  if (!article) throw new ValidationError(`${where}.articleId: no article ${JSON.stringify(articleId.slice(0, 80))} in the file`);
  if (typeof x.index !== 'number' || !Number.isInteger(x.index) || x.index < 0)
    throw new ValidationError(`${where}.index: expected an integer ≥ 0`);
  const id: ClaimId = toClaimId(article.id, x.index);
  if (x.id !== id) throw new ValidationError(`${where}.id: expected ${JSON.stringify(id.slice(0, 80))}`);
  const facts = checkFacts(x, where);
  const memo = `${facts.period}|${article.published}`;
  let time = times.get(memo);
  if (time === undefined) times.set(memo, (time = comparisonTime(facts.period, article.published)));
  if (time === null) throw new ValidationError(`${where}: no usable date`);
  const fields = indexFieldsOf(facts);
  // Fields named, not spread: a spread object costs more than all the checks, once per claim restored.
  const row: ClaimRow = {
    id,
    articleId: article.id,
    index: x.index,
    metric: facts.metric,
    qualifier: facts.qualifier,
    low: facts.low,
    high: facts.high,
    figure: facts.figure,
    attribution: facts.attribution,
    period: facts.period,
    scope: facts.scope,
    side: fields.side,
    start: checkNullableOffset(x.start, `${where}.start`),
    end: checkNullableOffset(x.end, `${where}.end`),
    sentence: checkNullableString(x.sentence, `${where}.sentence`, MAX_LENGTH.sentence),
    quote: x.quote === null ? null : checkQuote(x.quote, `${where}.quote`),
    position: x.position === null ? null : checkPosition(x.position, `${where}.position`),
    outlet: article.outlet,
    outletKey: article.outletKey,
    published: article.published,
    url: article.url,
    title: article.title,
    source: article.source,
    time,
  };
  if (fields.floor !== undefined) row.floor = fields.floor;
  if (fields.also !== undefined) row.also = fields.also;
  if (article.outletClaimed) row.outletClaimed = article.outletClaimed;
  return row;
}

/**
 * Reads and checks backup text completely; throws an Error naming the first
 * thing wrong (not JSON, truncated, wrong format or version, wrong types,
 * over-long strings, too many records, non-http(s) addresses).
 */
export function parseBackup(text: string): { articles: ArticleRow[]; claims: ClaimRow[] } {
  if (typeof text !== 'string') throw new ValidationError('The backup is not text.');
  if (text.length > BACKUP_LIMITS.chars)
    throw new ValidationError(`The backup is too large (${text.length} characters, at most ${BACKUP_LIMITS.chars}).`);
  let json: unknown;
  try {
    // A file saved by an editor may start with a UTF-8 byte-order mark: not part of the JSON.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new ValidationError(`The backup is not valid JSON (a truncated or damaged file?): ${(e as Error).message}`);
  }
  if (!isRecord(json) || json.format !== BACKUP_FORMAT)
    throw new ValidationError(`Not a Tallymark backup: "format" should be "${BACKUP_FORMAT}".`);
  refuseForbiddenKeys(json, 'The backup');
  if (json.version !== BACKUP_VERSION) {
    throw new ValidationError(
      `Unsupported backup version ${JSON.stringify(json.version)}: this Tallymark reads version ${BACKUP_VERSION}.`,
    );
  }
  if (!Array.isArray(json.articles) || !Array.isArray(json.claims))
    throw new ValidationError('The backup needs "articles" and "claims" arrays.');
  if (json.articles.length > BACKUP_LIMITS.articles)
    throw new ValidationError(`Too many articles (${json.articles.length}, at most ${BACKUP_LIMITS.articles}).`);
  if (json.claims.length > BACKUP_LIMITS.claims)
    throw new ValidationError(`Too many claims (${json.claims.length}, at most ${BACKUP_LIMITS.claims}).`);
  const articles = new Map<string, ArticleRow>();
  json.articles.forEach((a: unknown, i) => {
    const row = checkArticle(a, i);
    if (articles.has(row.id)) throw new ValidationError(`articles[${i}].id: ${JSON.stringify(row.id.slice(0, 80))} appears twice`);
    articles.set(row.id, row);
  });
  const seen = new Set<string>();
  const raw = json.claims as unknown[];
  const claims: ClaimRow[] = new Array(raw.length);
  const times: TimeMemo = new Map();
  for (let i = 0; i < raw.length; i++) {
    const row = checkBackupClaim(raw[i], i, articles, times);
    if (seen.has(row.id)) throw new ValidationError(`claims[${i}].id: appears twice`);
    seen.add(row.id);
    claims[i] = row;
    // The parsed object is not needed once checked: let it go, so the claims are not held twice.
    raw[i] = null;
  }
  return { articles: [...articles.values()], claims };
}

/**
 * Merges a backup into the store in one transaction, after checking all of
 * it (`parseBackup`: the store stays readable while the file is checked, and
 * nothing is written unless all of it is good). An article the store already
 * holds is replaced, with its claims, only when the backup's copy was read at
 * the same time or later. Rows are written in chunks inside
 * the one transaction (`chunk` rows at a time). On any error the store is exactly as it was.
 */
export async function restoreBackup(db: TallymarkDb, text: string, chunk = BACKUP_CHUNK): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  return guardQuota(() =>
    db.transaction('rw', db.articles, db.buckets, async () => {
      // Into a store without articles (a new browser's) there is nothing to look up.
      const wasEmpty = (await db.articles.count()) === 0;
      const take: ArticleRow[] = [];
      const replaced: ArticleId[] = [];
      // The replaced articles' claims, when few (many: every bucket is rebuilt below).
      const oldClaims: ClaimRow[] = [];
      let rebuildAll = false;
      if (wasEmpty) take.push(...parsed.articles);
      else {
        const setChunk = Math.max(1, Math.ceil(chunk / 10));
        for (let i = 0; i < parsed.articles.length; i += setChunk) {
          const some = parsed.articles.slice(i, i + setChunk);
          const existing = await db.articles.bulkGet(some.map((a) => a.id));
          some.forEach((a, j) => {
            const old = existing[j];
            if (old && old.readAt > a.readAt) return;
            take.push(a);
            if (!old) return;
            replaced.push(a.id);
            if (!rebuildAll) for (const c of claimsOfSet(old)) oldClaims.push(c);
            if (oldClaims.length >= FULL_REBUILD_CLAIMS) rebuildAll = true;
          });
        }
      }
      const claims = take.length === parsed.articles.length ? parsed.claims : keepClaimsOf(parsed.claims, take);
      if (!wasEmpty && claims.length >= FULL_REBUILD_CLAIMS) rebuildAll = true;
      // Each chunk is written without waiting for the one before: the next chunk's rows are built while
      // IndexedDB (in another process) writes the last. A failure of any aborts the one transaction.
      // An article's row holds its claims: writing it replaces the claims it held.
      const writes: Promise<unknown>[] = [];
      const byArticle = claimsByArticle(claims);
      const setChunk = Math.max(1, Math.ceil(chunk / 5));
      for (let i = 0; i < take.length; i += setChunk) {
        writes.push(db.articles.bulkPut(take.slice(i, i + setChunk).map((a) => storedArticleOf(a, byArticle.get(a.id) ?? []))));
      }
      // Into an empty store the buckets are those of the backup alone: no need to read the claims back.
      if (wasEmpty) writes.push(db.buckets.bulkPut(bucketRowsOf(claims)));
      await Promise.all(writes);
      if (!wasEmpty && rebuildAll) await rebuildAllBuckets(db);
      else if (!wasEmpty) await replaceInBuckets(db, replaced, oldClaims, claims);
      return { articles: take.length, claims: claims.length, skipped: parsed.articles.length - take.length };
    }),
  );
}

/** Above this many claims restored into (or replaced in) a store that is not empty, every bucket is rebuilt from the claims. */
const FULL_REBUILD_CLAIMS = 20_000;

function keepClaimsOf(claims: readonly ClaimRow[], take: readonly ArticleRow[]): ClaimRow[] {
  const ids = new Set<string>(take.map((a) => a.id));
  return claims.filter((c) => ids.has(c.articleId));
}
