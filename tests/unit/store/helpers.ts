import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { createSelectors } from '../../../lib/anchor/selectors';
import { claimsOfArticles, claimsOfSets } from '../../../lib/store/claim-sets';
import { type ClaimRow, createDb, type TallymarkDb } from '../../../lib/store/db';
import { judgePage } from '../../../lib/store/judge';
import { getSources } from '../../../lib/store/sources';
import type { AnchoredClaim, ArticleId, Attribution, Metric, PageMeta, Qualifier } from '../../../lib/types';

let n = 0;
/** A fresh, empty store on its own fake IndexedDB. */
export function freshDb(): TallymarkDb {
  return createDb(`test-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** The stores a test opened, closed after it (one hook for every test file that imports these helpers). */
const opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

/** `d`, closed after the test that opened it. */
export function closeAfterTest<T extends { close(): void }>(d: T): T {
  opened.push(d);
  return d;
}

/** A fresh, empty store, closed after the test. */
export const freshDbForTest = (): TallymarkDb => closeAfterTest(freshDb());

/** A claim in a sentence we write ourselves; the figure is found in the sentence. */
export function claim(
  sentence: string,
  figure: string,
  metric: Metric,
  low: number | null,
  high: number | null,
  extra: { qualifier?: Qualifier; attribution?: Attribution | null; period?: string | null } = {},
): AnchoredClaim {
  const start = sentence.indexOf(figure);
  if (start < 0) throw new Error(`${figure} not in ${sentence}`);
  const end = start + figure.length;
  return {
    metric,
    scope: 'total',
    qualifier: extra.qualifier ?? (low === high ? 'exact' : high === null ? 'atLeast' : low === null ? 'atMost' : 'range'),
    low,
    high,
    figure,
    start,
    end,
    sentence,
    attribution: extra.attribution ?? null,
    period: extra.period ?? null,
    ...createSelectors(sentence, start, end),
  };
}

export function page(
  outlet: string,
  published: string,
  url: string | null = `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/story`,
  title = `${outlet} story`,
): PageMeta {
  return { url, outlet, title, published };
}

/** Every stored claim row, by claim id (what `claims.orderBy('id')` gave before claims were stored by article). */
export async function storedClaims(db: TallymarkDb): Promise<ClaimRow[]> {
  const rows = claimsOfSets(await db.articles.toArray());
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The stored claim rows of one article, by index. */
export const claimsOf = (db: TallymarkDb, articleId: string): Promise<ClaimRow[]> => claimsOfArticles(db, [articleId as ArticleId]);

/** What an upgraded store answers a page of 20 January 2025 with `figures`: its verdicts (no bucket cache) and its sources. */
export async function answersOn(db: TallymarkDb, figures: AnchoredClaim[]) {
  return {
    verdicts: await judgePage(db, page('Reader', '2025-01-20'), figures, { bucketCache: false }),
    sources: await getSources(db, Date.UTC(2025, 0, 20)),
  };
}
