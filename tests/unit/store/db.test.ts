import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { articleOfStored, createDb, declareSchema, SCHEMA_V10, type TallymarkDb } from '../../../lib/store/db';
import { claimSetOf } from '../../../lib/store/claim-sets';
import { judgePage } from '../../../lib/store/judge';
import { storedClaims } from './helpers';

test('a database of the older, pre-version-1 shape opens, upgrades, and loses nothing', async () => {
  const indexedDB = new IDBFactory();
  // The older shape: fewer indexes, rows without the derived and copied fields.
  const old = new Dexie('upgrade-me', { indexedDB, IDBKeyRange });
  old.version(0.5).stores({ articles: 'id, outlet', claims: 'id, articleId, metric' });
  await old.table('articles').bulkPut([
    { id: 'https://alpha.example/a', outlet: ' Alpha ', title: 'A', published: '2025-01-13', readAt: 5 },
    { id: 'file:/tmp/x.txt', outlet: 'Local', title: 'X', published: '2025-01-10' },
  ]);
  await old.table('claims').bulkPut([
    {
      id: 'https://alpha.example/a#0',
      articleId: 'https://alpha.example/a',
      metric: 'killed',
      qualifier: 'exact',
      low: 300,
      high: 300,
      figure: '300',
      start: 3,
      end: 6,
      sentence: 'We say 300 died.',
    },
    {
      id: 'https://alpha.example/a#1',
      articleId: 'https://alpha.example/a',
      metric: 'killed',
      qualifier: 'atLeast',
      low: 100,
      high: null,
      figure: 'at least 100',
      period: '2024-12',
    },
    { id: 'file:/tmp/x.txt#0', articleId: 'file:/tmp/x.txt', metric: 'deployed', qualifier: 'exact', low: 10, high: 10, figure: 'ten' },
  ]);
  old.close();

  const db = createDb('upgrade-me', { indexedDB, IDBKeyRange });
  await db.open();
  expect(db.verno).toBe(10);
  const articles = (await db.articles.orderBy('id').toArray()).map(articleOfStored);
  expect(articles).toEqual([
    {
      id: 'file:/tmp/x.txt',
      url: null,
      outlet: 'Local',
      outletKey: 'local',
      title: 'X',
      published: '2025-01-10',
      publishedGuessed: false,
      readAt: 0,
      source: 'browser',
    },
    {
      id: 'https://alpha.example/a',
      url: 'https://alpha.example/a',
      outlet: ' Alpha ',
      outletKey: 'alpha',
      title: 'A',
      published: '2025-01-13',
      publishedGuessed: false,
      readAt: 5,
      source: 'browser',
    },
  ]);
  const claims = await storedClaims(db);
  expect(claims).toHaveLength(3);
  expect(claims[2]).toMatchObject({
    index: 1,
    outlet: ' Alpha ',
    outletKey: 'alpha',
    period: '2024-12',
    time: Date.UTC(2024, 11, 15),
    source: 'browser',
    sentence: null,
    quote: null,
  });
  expect(claims[1]).toMatchObject({
    index: 0,
    time: Date.UTC(2025, 0, 13),
    sentence: 'We say 300 died.',
    url: 'https://alpha.example/a',
    title: 'A',
  });
  // The new index answers.
  const verdicts = await judgePage(db, { url: null, outlet: 'Beta', title: '', published: '2025-01-12' }, [
    { metric: 'killed', low: 3000, high: 3000, period: null },
  ]);
  expect(verdicts[0]?.verdict).toBe('conflicts');
  expect(verdicts[0]?.earlier.map((f) => f.figure)).toEqual(['at least 100']);
  db.close();
});

test('version 11 is one .upgrade() away: a store of the current version opens under a v11 declaration intact', async () => {
  const indexedDB = new IDBFactory();
  const now = createDb('v11-ready', { indexedDB, IDBKeyRange });
  await now.articles.put({
    id: 'https://a.example/' as never,
    url: 'https://a.example/',
    outlet: 'A',
    outletKey: 'a',
    title: 't',
    published: '2025-01-01',
    publishedGuessed: false,
    readAt: 1,
    source: 'browser',
    ...claimSetOf([]),
  });
  now.close();
  const v11 = new Dexie('v11-ready', { indexedDB, IDBKeyRange }) as TallymarkDb;
  declareSchema(v11);
  v11
    .version(11)
    .stores({ articles: `${SCHEMA_V10.articles}, published` })
    .upgrade((tx) =>
      tx
        .table('articles')
        .toCollection()
        .modify((a: { title: string }) => {
          a.title = a.title.toUpperCase();
        }),
    );
  await v11.open();
  expect(v11.verno).toBe(11);
  expect(await v11.articles.where('published').equals('2025-01-01').first()).toMatchObject({ title: 'T', outlet: 'A' });
  v11.close();
});
