// Restoring a backup (lib/store/backup.ts) into the store, merging: all or
// nothing, in one transaction. Into an empty store the claims are checked
// while the rows before them are written; into one that holds articles, the
// whole file is checked first.
import type { ArticleId } from '../types';
import { type ArticleRow, bucketRowsOf, type ClaimRow, type TallymarkDb } from './db';
import { type BackupFile, claimChecker, claimCountsOf, readBackupFile } from './backup-check';
import { rebuildAllBuckets, replaceInBuckets } from './buckets';
import { claimsByArticle, claimsOfSet, storedArticleOf } from './claim-sets';
import { guardQuota } from './errors';

export interface RestoreResult {
  /** Articles written (new, or newer than the stored copy). */
  articles: number;
  claims: number;
  /** Articles left out because the store holds a copy read later. */
  skipped: number;
}

/** Rows read, written or checked at a time: large stores go in chunks, so no step holds every row in two forms at once. */
export const BACKUP_CHUNK = 5000;

/** Above this many claims restored into (or replaced in) a store that is not empty, every bucket is rebuilt from the claims. */
const FULL_REBUILD_CLAIMS = 20_000;

/** A write whose failure is read where it is awaited (the transaction's abort), not reported as unhandled before that. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

/**
 * Merges a backup into the store in one transaction: nothing is written
 * unless all of it is good, and on any error the store is exactly as it was.
 * The file is parsed and its articles checked before the transaction (the
 * store stays readable meanwhile); into an empty store its claims are checked
 * inside it, a chunk (`chunk` claims) while the articles complete before it
 * are written, so the checking overlaps IndexedDB's writing; into a store
 * that holds articles, all of it is checked first. An article the store
 * already holds is replaced, with its claims, only when the backup's copy was
 * read at the same time or later.
 */
export async function restoreBackup(db: TallymarkDb, text: string, chunk = BACKUP_CHUNK): Promise<RestoreResult> {
  const file = readBackupFile(text);
  const checkAll = () => claimChecker(file)(0, file.claims.length);
  if ((await db.articles.count()) !== 0) {
    const claims = checkAll();
    return guardQuota(() => db.transaction('rw', db.articles, db.buckets, () => mergeChecked(db, file, claims, chunk)));
  }
  return guardQuota(() =>
    db.transaction('rw', db.articles, db.buckets, async () => {
      // Written to since it was found empty: merged as into any store.
      if ((await db.articles.count()) !== 0) return mergeChecked(db, file, checkAll(), chunk);
      return writeWhileChecking(db, file, chunk);
    }),
  );
}

/**
 * Into an empty store, inside the caller's transaction: the claims are checked
 * a chunk at a time, and each article is written once all the claims the file
 * gives it are checked, while the next chunk is checked. A bad claim throws,
 * which aborts the transaction and every write in it.
 */
async function writeWhileChecking(db: TallymarkDb, file: BackupFile, chunk: number): Promise<RestoreResult> {
  const check = claimChecker(file);
  const expected = claimCountsOf(file);
  const byArticle = new Map<string, ClaimRow[]>();
  const all: ClaimRow[] = [];
  const setChunk = Math.max(1, Math.ceil(chunk / 5));
  let ready: ArticleRow[] = [];
  for (const a of file.articles.values()) if (!expected.has(a.id)) ready.push(a);
  const writes: Promise<unknown>[] = [];
  const write = (min: number) => {
    while (ready.length >= min && ready.length > 0) {
      const some = ready.length > setChunk ? ready.slice(0, setChunk) : ready;
      ready = ready.length > setChunk ? ready.slice(setChunk) : [];
      const rows = some.map((a) => storedArticleOf(a, byArticle.get(a.id) ?? []));
      for (const a of some) byArticle.delete(a.id);
      writes.push(quiet(db.articles.bulkPut(rows)));
    }
  };
  const n = file.claims.length;
  for (let from = 0; from < n; from += chunk) {
    for (const c of check(from, Math.min(n, from + chunk))) {
      all.push(c);
      let list = byArticle.get(c.articleId);
      if (!list) byArticle.set(c.articleId, (list = []));
      list.push(c);
      if (list.length === expected.get(c.articleId)) ready.push(file.articles.get(c.articleId) as ArticleRow);
    }
    write(setChunk);
    // At most two chunks in flight: IndexedDB writes one while the next is checked (the wait keeps the transaction active).
    if (writes.length > 1) await writes[writes.length - 2];
  }
  write(1);
  writes.push(quiet(db.buckets.bulkPut(bucketRowsOf(all))));
  await Promise.all(writes);
  return { articles: file.articles.size, claims: all.length, skipped: 0 };
}

/** Merges checked claims of a file into a store inside the caller's transaction (see `restoreBackup`). */
async function mergeChecked(db: TallymarkDb, file: BackupFile, parsed: readonly ClaimRow[], chunk: number): Promise<RestoreResult> {
  const articles = [...file.articles.values()];
  const take: ArticleRow[] = [];
  const replaced: ArticleId[] = [];
  // The replaced articles' claims, when few (many: every bucket is rebuilt below).
  const oldClaims: ClaimRow[] = [];
  let rebuildAll = false;
  const setChunk = Math.max(1, Math.ceil(chunk / 10));
  for (let i = 0; i < articles.length; i += setChunk) {
    const some = articles.slice(i, i + setChunk);
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
  const claims = take.length === articles.length ? parsed : keepClaimsOf(parsed, take);
  if (claims.length >= FULL_REBUILD_CLAIMS) rebuildAll = true;
  // Each chunk is written without waiting for the one before: the next chunk's rows are built while
  // IndexedDB (in another process) writes the last. A failure of any aborts the one transaction.
  // An article's row holds its claims: writing it replaces the claims it held.
  const writes: Promise<unknown>[] = [];
  const byArticle = claimsByArticle(claims);
  const putChunk = Math.max(1, Math.ceil(chunk / 5));
  for (let i = 0; i < take.length; i += putChunk) {
    writes.push(quiet(db.articles.bulkPut(take.slice(i, i + putChunk).map((a) => storedArticleOf(a, byArticle.get(a.id) ?? [])))));
  }
  await Promise.all(writes);
  if (rebuildAll) await rebuildAllBuckets(db);
  else await replaceInBuckets(db, replaced, oldClaims, claims);
  return { articles: take.length, claims: claims.length, skipped: articles.length - take.length };
}

function keepClaimsOf(claims: readonly ClaimRow[], take: readonly ArticleRow[]): ClaimRow[] {
  const ids = new Set<string>(take.map((a) => a.id));
  return claims.filter((c) => ids.has(c.articleId));
}
