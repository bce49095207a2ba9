// A store of version 2 (one row per claim, in `claims`) upgraded to claims
// stored by article (versions 3 and 4): every claim is still there, the old
// table is gone, and the store answers as one written by today's code.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { createBackupText } from '../../../lib/store/backup';
import { countClaims } from '../../../lib/store/claim-sets';
import { bucketRowsOf, createDb, SCHEMA_V1, SCHEMA_V2, type TallymarkDb } from '../../../lib/store/db';
import { ingestPage, toRows } from '../../../lib/store/ingest';
import type { AnchoredClaim, PageMeta } from '../../../lib/types';
import { answersOn, claim, page, storedClaims } from './helpers';

const KR = { side: 'kr', text: "Seoul's spy agency" } as const;
const UA = { side: 'ua', text: 'Kyiv' } as const;

/** Pages we write ourselves, with named and unnamed figures, a period, a joint attribution, a repeat. */
const PAGES: { page: PageMeta; claims: AnchoredClaim[] }[] = [
  {
    page: page('Alpha', '2025-01-02'),
    claims: [
      claim('Seoul says 300 were killed.', '300', 'killed', 300, 300, { attribution: KR }),
      claim('About 11,000 were sent.', '11,000', 'deployed', 11_000, 11_000, { attribution: KR }),
      claim('Some 300 were killed, we hear.', '300', 'killed', 300, 300),
    ],
  },
  {
    page: page('Beta', '2024-12-01'),
    claims: [
      claim('At least 1,000 were killed or wounded.', '1,000', 'casualties', 1000, null, { attribution: UA }),
      claim('In November 100 were captured.', '100', 'captured', 100, 100, { attribution: KR, period: '2024-11' }),
    ],
  },
  {
    page: page('Gamma', '2024-12-20'),
    claims: [
      claim('Seoul and Kyiv say 3,000 were killed or wounded.', '3,000', 'casualties', 3000, 3000, {
        attribution: { side: 'kr', text: 'Seoul and Kyiv' },
      }),
      claim('Seoul says 500 were killed.', '500', 'killed', 500, 500, { attribution: KR }),
    ],
  },
];

/** A store of version 2 as version 2 wrote it: articles, one row per claim, buckets. */
async function writeV2(indexedDB: IDBFactory): Promise<void> {
  const v2 = new Dexie('upgrade-v2-to-v4', { indexedDB, IDBKeyRange });
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2);
  const all = PAGES.map((p, i) => toRows(p.page.url as never, p.page, p.claims, 'browser', 1000 + i));
  await v2.transaction('rw', ['articles', 'claims', 'buckets'], async () => {
    for (const { article, claims } of all) {
      await v2.table('articles').put(article);
      await v2.table('claims').bulkPut(claims);
    }
    await v2.table('buckets').bulkPut(bucketRowsOf(all.flatMap((r) => r.claims)));
  });
  v2.close();
}

const FIGURES = [
  claim('Seoul now says 600 were killed.', '600', 'killed', 600, 600, { attribution: KR }),
  claim('Kyiv says 2,000 were killed or wounded.', '2,000', 'casualties', 2000, 2000, { attribution: UA }),
  claim('Seoul says 50 were captured.', '50', 'captured', 50, 50, { attribution: KR }),
];

const answers = (db: TallymarkDb) => answersOn(db, FIGURES);

test('a version-2 store upgrades to claims stored by article losing nothing, and answers as a store written today', async () => {
  const indexedDB = new IDBFactory();
  await writeV2(indexedDB);
  const db = createDb('upgrade-v2-to-v4', { indexedDB, IDBKeyRange });
  await db.open();
  expect(db.verno).toBe(10);
  expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'buckets', 'settings']);

  const want = PAGES.flatMap((p, i) => toRows(p.page.url as never, p.page, p.claims, 'browser', 1000 + i).claims);
  want.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  expect(want.some((c) => c.also?.includes('ua'))).toBe(true);
  expect(await storedClaims(db)).toEqual(want);
  expect(await countClaims(db)).toBe(7);
  expect(await db.articles.filter((a) => a.n > 0).count()).toBe(3);

  // The same pages ingested by today's code into a new store.
  const today = createDb('today', { indexedDB: new IDBFactory(), IDBKeyRange });
  for (const [i, p] of PAGES.entries()) await ingestPage(today, p.page, p.claims, { now: 1000 + i });
  expect(await storedClaims(today)).toEqual(want);
  const got = await answers(db);
  expect(got).toEqual(await answers(today));
  // The source indexes answer after the upgrade: Seoul's current killed total, and earlier ones.
  expect(got.sources.find((s) => s.side === 'kr' && s.metric === 'killed')?.current.figure).toBe('300');
  expect(got.verdicts.map((v) => v.verdict)).not.toEqual(['unique', 'unique', 'unique']);
  expect(await createBackupText(db, new Date(0))).toBe(await createBackupText(today, new Date(0)));
});
