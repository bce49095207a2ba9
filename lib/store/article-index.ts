// The article rows' small indexes (schema v10): one compound index gives each
// row's outlet and claim count, `[outletKey+n]`, and only bundled articles'
// rows carry the `bundled` mark. Read here, nowhere else.
import type { ArticleId } from '../types';
import type { TallymarkDb } from './db';

/** The index of outlets and claim counts. */
const OUTLET_N = '[outletKey+n]';

/** Every outlet key stored (each once, in order). */
export async function storedOutletKeys(db: TallymarkDb): Promise<string[]> {
  const keys = (await db.articles.orderBy(OUTLET_N).uniqueKeys()) as unknown as [string, number][];
  const out: string[] = [];
  for (const [outletKey] of keys) if (out[out.length - 1] !== outletKey) out.push(outletKey);
  return out;
}

/** The ids of an outlet's articles (its key as `toOutletKey` gives it). */
export function articlesOfOutlet(db: TallymarkDb, outletKey: string): Promise<ArticleId[]> {
  return db.articles
    .where(OUTLET_N)
    .between([outletKey, Number.NEGATIVE_INFINITY], [outletKey, Number.POSITIVE_INFINITY], true, true)
    .primaryKeys();
}

/** The ids of the bundled articles. */
export function bundledArticles(db: TallymarkDb): Promise<ArticleId[]> {
  return db.articles.where('bundled').equals(1).primaryKeys();
}

/** How many claims are stored: the sum of the rows' counts, read from the index's keys (no row read). */
export async function countClaims(db: TallymarkDb): Promise<number> {
  const keys = (await db.articles.orderBy(OUTLET_N).keys()) as unknown as [string, number][];
  let sum = 0;
  for (const k of keys) sum += k[1];
  return sum;
}
