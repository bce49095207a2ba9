// The whole store as one versioned JSON file, and back (merging).
import { comparisonTime } from '../compare/time';
import { type ArticleId, type ArticleSource, type ClaimId, toArticleId, toClaimId } from '../types';
import { type ArticleRow, bucketRowsOf, type ClaimRow, indexFieldsOf, type TallymarkDb, toOutletKey } from './db';
import { bucketKeysOf, refreshBuckets } from './buckets';
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
/** A claim in a backup: the stored row minus what is copied from its article or derived. */
export type BackupClaim = Omit<ClaimRow, 'outlet' | 'outletKey' | 'published' | 'url' | 'title' | 'source' | 'time' | 'side' | 'floor'>;

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

/** The whole store as a backup object (`JSON.stringify` it to save). */
export async function createBackup(db: TallymarkDb, now = new Date()): Promise<Backup> {
  const [articles, claims] = await db.transaction('r', db.articles, db.claims, () => Promise.all([db.articles.toArray(), db.claims.toArray()]));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    articles: articles.map(({ outletKey: _k, ...a }) => a),
    claims: claims.map(({ outlet: _o, outletKey: _k, published: _p, url: _u, title: _t, source: _s, time: _time, side: _side, floor: _floor, ...c }) => c),
  };
}

/** The whole store as backup JSON text. */
export async function createBackupText(db: TallymarkDb, now = new Date()): Promise<string> {
  return JSON.stringify(await createBackup(db, now));
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
  const id = checkArticleId(x.id, `${where}.id`);
  const url = x.url === null ? null : checkHttpUrl(x.url, `${where}.url`);
  const outlet = checkString(x.outlet, `${where}.outlet`, MAX_LENGTH.outlet);
  if (typeof x.readAt !== 'number' || !Number.isFinite(x.readAt) || x.readAt < 0) throw new ValidationError(`${where}.readAt: expected a time in ms`);
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
  };
}

function checkBackupClaim(x: unknown, i: number, articles: Map<string, ArticleRow>): ClaimRow {
  const where = `claims[${i}]`;
  if (!isRecord(x)) throw new ValidationError(`${where}: expected a claim object`);
  const articleId = checkString(x.articleId, `${where}.articleId`, MAX_LENGTH.id);
  const article = articles.get(articleId);
  if (!article) throw new ValidationError(`${where}.articleId: no article ${JSON.stringify(articleId.slice(0, 80))} in the file`);
  if (typeof x.index !== 'number' || !Number.isInteger(x.index) || x.index < 0) throw new ValidationError(`${where}.index: expected an integer ≥ 0`);
  const id: ClaimId = toClaimId(article.id, x.index);
  if (x.id !== id) throw new ValidationError(`${where}.id: expected ${JSON.stringify(id.slice(0, 80))}`);
  const facts = checkFacts(x, where);
  const time = comparisonTime(facts.period, article.published);
  if (time === null) throw new ValidationError(`${where}: no usable date`);
  return {
    id,
    articleId: article.id,
    index: x.index,
    ...facts,
    ...indexFieldsOf(facts),
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
}

/**
 * Reads and checks backup text completely; throws an Error naming the first
 * thing wrong (not JSON, truncated, wrong format or version, wrong types,
 * over-long strings, too many records, non-http(s) addresses).
 */
export function parseBackup(text: string): { articles: ArticleRow[]; claims: ClaimRow[] } {
  if (typeof text !== 'string') throw new ValidationError('The backup is not text.');
  if (text.length > BACKUP_LIMITS.chars) throw new ValidationError(`The backup is too large (${text.length} characters, at most ${BACKUP_LIMITS.chars}).`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ValidationError(`The backup is not valid JSON (a truncated or damaged file?): ${(e as Error).message}`);
  }
  if (!isRecord(json) || json.format !== BACKUP_FORMAT) throw new ValidationError(`Not a Tallymark backup: "format" should be "${BACKUP_FORMAT}".`);
  if (json.version !== BACKUP_VERSION) {
    throw new ValidationError(`Unsupported backup version ${JSON.stringify(json.version)}: this Tallymark reads version ${BACKUP_VERSION}.`);
  }
  if (!Array.isArray(json.articles) || !Array.isArray(json.claims)) throw new ValidationError('The backup needs "articles" and "claims" arrays.');
  if (json.articles.length > BACKUP_LIMITS.articles) throw new ValidationError(`Too many articles (${json.articles.length}, at most ${BACKUP_LIMITS.articles}).`);
  if (json.claims.length > BACKUP_LIMITS.claims) throw new ValidationError(`Too many claims (${json.claims.length}, at most ${BACKUP_LIMITS.claims}).`);
  const articles = new Map<string, ArticleRow>();
  json.articles.forEach((a: unknown, i) => {
    const row = checkArticle(a, i);
    if (articles.has(row.id)) throw new ValidationError(`articles[${i}].id: ${JSON.stringify(row.id.slice(0, 80))} appears twice`);
    articles.set(row.id, row);
  });
  const seen = new Set<string>();
  const claims = json.claims.map((c: unknown, i) => {
    const row = checkBackupClaim(c, i, articles);
    if (seen.has(row.id)) throw new ValidationError(`claims[${i}].id: appears twice`);
    seen.add(row.id);
    return row;
  });
  return { articles: [...articles.values()], claims };
}

/**
 * Merges a backup into the store in one transaction, after checking all of
 * it (`parseBackup`). An article the store already holds is replaced, with
 * its claims, only when the backup's copy was read at the same time or later.
 * On any error the store is exactly as it was.
 */
export async function restoreBackup(db: TallymarkDb, text: string): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  const claimsOf = new Map<string, ClaimRow[]>();
  for (const c of parsed.claims) {
    const list = claimsOf.get(c.articleId);
    if (list) list.push(c);
    else claimsOf.set(c.articleId, [c]);
  }
  return guardQuota(() =>
    db.transaction('rw', db.articles, db.claims, db.buckets, async () => {
      const existing = await db.articles.bulkGet(parsed.articles.map((a) => a.id));
      const take: ArticleRow[] = [];
      const replaced: ArticleId[] = [];
      parsed.articles.forEach((a, i) => {
        const old = existing[i];
        if (old && old.readAt > a.readAt) return;
        take.push(a);
        if (old) replaced.push(a.id);
      });
      const wasEmpty = (await db.claims.count()) === 0;
      const old = replaced.length ? await db.claims.where('articleId').anyOf(replaced).toArray() : [];
      await db.claims.bulkDelete(old.map((c) => c.id));
      const claims = take.flatMap((a) => claimsOf.get(a.id) ?? []);
      await db.articles.bulkPut(take);
      await db.claims.bulkPut(claims);
      // Into an empty store the buckets are those of the backup alone: no need to read the claims back.
      if (wasEmpty) await db.buckets.bulkPut(bucketRowsOf(claims));
      else await refreshBuckets(db, bucketKeysOf([...old, ...claims]));
      return { articles: take.length, claims: claims.length, skipped: parsed.articles.length - take.length };
    }),
  );
}
