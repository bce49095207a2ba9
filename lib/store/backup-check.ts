// Reading and checking a backup file (the format of lib/store/backup.ts):
// the file is parsed and its head and articles checked at once, its claims a
// range at a time, so a restore can check some while it writes others.
import { comparisonTime } from '../compare/time';
import { type ArticleId, type ArticleSource, type ClaimId, toArticleId, toClaimId } from '../types';
import { type ArticleRow, type ClaimRow, indexFieldsOf, toOutletKey } from './db';
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

/** A backup file read and its head and articles checked; its claims as parsed, not yet checked. */
export interface BackupFile {
  /** The checked articles by id, in the file's order. */
  articles: Map<string, ArticleRow>;
  /** The parsed claims (each let go once checked). */
  claims: unknown[];
}

/**
 * Parses backup text and checks all but its claims; throws an Error naming
 * the first thing wrong (not JSON, truncated, wrong format or version, wrong
 * types, over-long strings, too many records, non-http(s) addresses).
 */
export function readBackupFile(text: string): BackupFile {
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
  return { articles, claims: json.claims as unknown[] };
}

/**
 * Checks the claims of `file` a range at a time, ranges in order from the
 * first (`check(from, to)` gives the rows of claims `from` to `to` − 1 or
 * throws naming the first thing wrong, as one pass over all would).
 */
export function claimChecker(file: BackupFile): (from: number, to: number) => ClaimRow[] {
  const seen = new Set<string>();
  const times: TimeMemo = new Map();
  const raw = file.claims;
  return (from, to) => {
    const claims: ClaimRow[] = new Array(to - from);
    for (let i = from; i < to; i++) {
      const row = checkBackupClaim(raw[i], i, file.articles, times);
      if (seen.has(row.id)) throw new ValidationError(`claims[${i}].id: appears twice`);
      seen.add(row.id);
      claims[i - from] = row;
      // The parsed object is not needed once checked: let it go, so the claims are not held twice.
      raw[i] = null;
    }
    return claims;
  };
}

/**
 * Reads and checks backup text completely; throws an Error naming the first
 * thing wrong (see `readBackupFile`).
 */
export function parseBackup(text: string): { articles: ArticleRow[]; claims: ClaimRow[] } {
  const file = readBackupFile(text);
  const claims = claimChecker(file)(0, file.claims.length);
  return { articles: [...file.articles.values()], claims };
}

/** How many claims the file gives each article id (as it spells them; a claim without a string id counts for none). */
export function claimCountsOf(file: BackupFile): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of file.claims) {
    const id = isRecord(c) ? c.articleId : undefined;
    if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
