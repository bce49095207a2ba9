import type { ClaimVerdict, PageMeta } from '../types';
import type { ArticleRow, ClaimRow, TallymarkDb } from './db';
import { claimsOfSet } from './claim-sets';
import { judgePage } from './judge';

/** A stored claim as exported: its fields (text offsets, sentence and selectors null for the bundled corpus) and its verdict. */
export type ExportedClaim = Omit<ClaimRow, 'outletKey' | 'time' | 'articleId' | 'id'> & ClaimVerdict;

/** One stored article for "export everything": what it says about itself, no text (the store keeps none), its judged claims. */
export interface ExportedArticle {
  page: PageMeta;
  source: ArticleRow['source'];
  readAt: number;
  text: null;
  claims: ExportedClaim[];
}

const toPage = (a: ArticleRow): PageMeta => ({
  url: a.url,
  outlet: a.outlet,
  ...(a.outletClaimed ? { outletClaimed: a.outletClaimed } : {}),
  title: a.title,
  published: a.published,
  publishedGuessed: a.publishedGuessed,
});

/**
 * Every stored article, most recently read first, each claim judged against
 * the other outlets in the store as it is now.
 */
export async function exportAll(db: TallymarkDb): Promise<{ articles: ExportedArticle[] }> {
  // Most recently read first, ties by id from the highest (as the `readAt` index gave them before version 7).
  const articles = (await db.articles.toArray()).sort((x, y) => y.readAt - x.readAt || (x.id < y.id ? 1 : x.id > y.id ? -1 : 0));
  const out: ExportedArticle[] = [];
  for (const a of articles) {
    const rows = claimsOfSet(a);
    const page = toPage(a);
    const verdicts = await judgePage(db, page, rows);
    out.push({
      page,
      source: a.source,
      readAt: a.readAt,
      text: null,
      claims: rows.map(({ outletKey: _k, time: _t, articleId: _a, id: _id, ...c }, i) => ({ ...c, ...(verdicts[i] as ClaimVerdict) })),
    });
  }
  return { articles: out };
}
