// A store of version 9 (every article row in the `outletKey`, `source` and
// `n` indexes) upgraded to version 10 (one `[outletKey+n]` index, bundled
// rows marked `bundled`): the same rows but for the mark, the same counts,
// backup and answers, and the bundled corpus and outlets found as before.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { articlesOfOutlet, bundledArticles } from '../../../lib/store/article-index';
import { createBackupText } from '../../../lib/store/backup';
import { bundledRows } from '../../../lib/store/bundled';
import { storedArticlesOf } from '../../../lib/store/claim-sets';
import { bucketRowsOf, createDb, SCHEMA_V8, type StoredArticle, type TallymarkDb } from '../../../lib/store/db';
import { deleteBundled, deleteOutlet, getStats } from '../../../lib/store/maintenance';
import { generateRows } from '../../../scripts/bench-store';
import { answersOn, claim, closeAfterTest } from './helpers';

/** Generated articles (one without claims) and a bundled corpus we write ourselves. */
function rows() {
  const made = generateRows(240);
  made.articles.push({ ...made.articles[0]!, id: 'https://none.example/a' as never, url: 'https://none.example/a', readAt: 7 });
  const bundled = bundledRows(
    {
      format: 'tallymark-bundled',
      version: 'v-test',
      articles: [
        {
          url: null,
          outlet: made.articles[0]!.outlet,
          title: 'A bundled story',
          published: '2024-12-10',
          claims: [
            { metric: 'killed', qualifier: 'exact', low: 700, high: 700, figure: '700', attribution: null, period: null, scope: 'total' },
          ],
        },
        { url: 'https://bundled.example/b', outlet: 'Bundled Outlet', title: 'Another', published: '2024-11-02', claims: [] },
      ],
    },
    5,
  );
  return { articles: [...made.articles, ...bundled.articles], claims: [...made.claims, ...bundled.claims] };
}

const FIGURES = [
  claim('Seoul says 3,000 were killed.', '3,000', 'killed', 3000, 3000, { attribution: { side: 'kr', text: 'Seoul' } }),
  claim('Some 11,000 were sent.', '11,000', 'deployed', 11_000, 11_000),
];

test('a version-9 store upgrades to the indexes of version 10, its rows, counts, backup and answers as they were', async () => {
  const { articles, claims } = rows();
  // The rows as version 9 wrote them: no mark.
  const v9rows = storedArticlesOf(articles, claims).map(({ bundled: _b, ...row }): StoredArticle => row);
  const indexedDB = new IDBFactory();
  const v9 = new Dexie('upgrade-v10', { indexedDB, IDBKeyRange }) as TallymarkDb;
  closeAfterTest(v9);
  v9.version(9).stores(SCHEMA_V8);
  await v9.transaction('rw', v9.articles, v9.buckets, async () => {
    await v9.articles.bulkPut(v9rows);
    await v9.buckets.bulkPut(bucketRowsOf(claims));
  });
  const backup = await createBackupText(v9, new Date(0));
  const answers = await answersOn(v9, FIGURES);
  const bundledIds = (await v9.articles.where('source').equals('bundled').primaryKeys()).sort();
  const outlet = articles[0]!.outlet;
  const outletIds = (await v9.articles.where('outletKey').equals(outlet.toLowerCase()).primaryKeys()).sort();
  expect(bundledIds).toHaveLength(2);
  // A read article, the one without claims and a bundled one.
  expect(outletIds.length).toBeGreaterThanOrEqual(3);
  v9.close();

  const db = createDb('upgrade-v10', { indexedDB, IDBKeyRange });
  closeAfterTest(db);
  await db.open();
  expect(db.verno).toBe(10);
  // The same rows as today's code writes them, bundled ones marked.
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  expect(await db.articles.orderBy(':id').toArray()).toEqual(storedArticlesOf(articles, claims).sort(byId));
  expect((await db.articles.toArray()).filter((a) => a.bundled === 1).map((a) => a.id)).toEqual(bundledIds);
  expect((await bundledArticles(db)).sort()).toEqual(bundledIds);
  expect((await articlesOfOutlet(db, outlet.toLowerCase())).sort()).toEqual(outletIds);
  expect(await getStats(db)).toEqual({
    articles: articles.length,
    outlets: new Set(articles.map((a) => a.outletKey)).size,
    claims: claims.length,
    bundledArticles: 2,
    bundledClaims: 1,
  });
  expect(await createBackupText(db, new Date(0))).toBe(backup);
  expect(await answersOn(db, FIGURES)).toEqual(answers);
  expect(await deleteOutlet(db, outlet)).toMatchObject({ articles: outletIds.length });
  // The other bundled article went with its outlet.
  expect(await deleteBundled(db)).toEqual({ articles: 1, claims: 0 });
  expect(await bundledArticles(db)).toEqual([]);
});
