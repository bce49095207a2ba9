// The reader's control over what is kept: counts, and deleting an article, an
// outlet, the bundled corpus, or everything. Each deletion is one transaction.
import type { StoreStats } from '../messages';
import { type ArticleId, toArticleId } from '../types';
import { type TallymarkDb, toOutletKey } from './db';
import { replaceInBuckets } from './buckets';
import { articlesOfOutlet, bundledArticles, countClaims, storedOutletKeys } from './article-index';
import { claimsOfArticles } from './claim-sets';
import { articleIdOf } from './ingest';

/** Counts shown in the popup: articles, distinct outlets, claims, and how many of each came bundled. */
export async function getStats(db: TallymarkDb): Promise<StoreStats> {
  return db.transaction('r', db.articles, async () => {
    const [articles, outlets, claims, bundled] = await Promise.all([
      db.articles.count(),
      storedOutletKeys(db),
      countClaims(db),
      bundledArticles(db),
    ]);
    const bundledClaims = (await claimsOfArticles(db, bundled)).length;
    return { articles, outlets: outlets.length, claims, bundledArticles: bundled.length, bundledClaims };
  });
}

async function deleteArticles(db: TallymarkDb, ids: ArticleId[]): Promise<{ articles: number; claims: number }> {
  if (ids.length === 0) return { articles: 0, claims: 0 };
  const rows = await claimsOfArticles(db, ids);
  await db.articles.bulkDelete(ids);
  await replaceInBuckets(db, ids, rows, []);
  return { articles: ids.length, claims: rows.length };
}

/** Deletes one article (by its address as stored, or its id) and its claims; answers what was deleted. */
export async function deleteArticle(db: TallymarkDb, urlOrId: string): Promise<{ articles: number; claims: number }> {
  let id = toArticleId(urlOrId);
  try {
    id = articleIdOf({ url: urlOrId }) ?? id;
  } catch {
    // Not a URL: a synthetic id such as "bundled:…".
  }
  return db.transaction('rw', db.articles, db.buckets, async () => {
    const exists = await db.articles.get(id);
    return deleteArticles(db, exists ? [id] : []);
  });
}

/** Deletes every article of an outlet (name compared ignoring case) and their claims. */
export async function deleteOutlet(db: TallymarkDb, outlet: string): Promise<{ articles: number; claims: number }> {
  return db.transaction('rw', db.articles, db.buckets, async () => {
    const ids = await articlesOfOutlet(db, toOutletKey(outlet));
    return deleteArticles(db, ids);
  });
}

/** Deletes the bundled corpus and remembers not to load it again. */
export async function deleteBundled(db: TallymarkDb): Promise<{ articles: number; claims: number }> {
  return db.transaction('rw', db.articles, db.buckets, db.settings, async () => {
    const ids = await bundledArticles(db);
    const done = await deleteArticles(db, ids);
    await db.settings.put({ key: 'bundledRemoved', value: true });
    return done;
  });
}

/** Deletes every article and claim (the bundled corpus too, which stays removed). Pause settings stay. */
export async function deleteAll(db: TallymarkDb): Promise<{ articles: number; claims: number }> {
  return db.transaction('rw', db.articles, db.buckets, db.settings, async () => {
    const [articles, claims] = await Promise.all([db.articles.count(), countClaims(db)]);
    await Promise.all([db.articles.clear(), db.buckets.clear()]);
    await db.settings.put({ key: 'bundledRemoved', value: true });
    return { articles, claims };
  });
}
