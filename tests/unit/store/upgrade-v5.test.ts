// A store of version 5 (source keys of four fields, `[metric, 'total', side,
// time or floor]`) upgraded to version 6 (two numbers, `[source, time or
// floor]`): every row's keys are written again, none of the old shape is left,
// and the store answers as one written by today's code.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { createBackupText } from '../../../lib/store/backup';
import { claimSetOf, claimsOfArticles, countClaims, headOf, sourceCode } from '../../../lib/store/claim-sets';
import { bucketRowsOf, type ClaimRow, createDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, type TallymarkDb } from '../../../lib/store/db';
import { ingestPage, toRows } from '../../../lib/store/ingest';
import { GROWING_METRICS, widenFigure } from '../../../lib/compare/verdict';
import type { AnchoredClaim, PageMeta } from '../../../lib/types';
import { answersOn, claim, page, storedClaims } from './helpers';

const KR = { side: 'kr', text: "Seoul's spy agency" } as const;
const UA = { side: 'ua', text: 'Kyiv' } as const;

/** Pages we write ourselves: named and unnamed figures, a period, a joint attribution, a range, a repeat. */
const PAGES: { page: PageMeta; claims: AnchoredClaim[] }[] = [
  {
    page: page('Alpha', '2025-01-02'),
    claims: [
      claim('Seoul says 300 were killed.', '300', 'killed', 300, 300, { attribution: KR }),
      claim('About 11,000 were sent.', '11,000', 'deployed', 11_000, 11_000, { attribution: KR }),
      claim('Some 300 were killed, we hear.', '300', 'killed', 300, 300),
      claim('Seoul says 300 were killed, again.', '300', 'killed', 300, 300, { attribution: KR }),
    ],
  },
  {
    page: page('Beta', '2024-12-01'),
    claims: [
      claim('At least 1,000 were killed or wounded.', '1,000', 'casualties', 1000, null, { attribution: UA }),
      claim('In November 100 were captured.', '100', 'captured', 100, 100, { attribution: KR, period: '2024-11' }),
      claim('Between 200 and 400 were wounded, Kyiv says.', '200 and 400', 'wounded', 200, 400, { attribution: UA }),
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

/** The source keys as version 5 wrote them (a copy of its rules, kept here as that version had them). */
function v5Keys(claims: readonly ClaimRow[]): { src: unknown[]; flr: unknown[] } {
  const src: unknown[] = [];
  const flr: unknown[] = [];
  const seen = new Set<string>();
  for (const c of [...claims].sort((a, b) => a.index - b.index)) {
    const side = c.attribution?.side ?? '';
    if (!side || (c.scope ?? 'total') !== 'total') continue;
    const s = `s|${c.metric}|${side}|${c.time}`;
    if (!seen.has(s)) {
      seen.add(s);
      src.push([c.metric, 'total', side, c.time]);
    }
    const floor = c.low === null ? undefined : widenFigure(c)[0];
    const f = `f|${c.metric}|${side}|${floor}`;
    if (floor !== undefined && GROWING_METRICS.has(c.metric) && !seen.has(f)) {
      seen.add(f);
      flr.push([c.metric, 'total', side, floor]);
    }
  }
  return { src, flr };
}

/** A set row as version 5 wrote it. */
const v5Set = (id: string, claims: readonly ClaimRow[]) => ({
  id,
  head: headOf(claims[0] as ClaimRow),
  ...claimSetOf(claims),
  ...v5Keys(claims),
});

/** An article read with no figures in it (no set row), and the claims of an article whose row is missing (a set alone). */
const BARE = toRows('https://bare.example/story' as never, page('Bare', '2025-01-05', 'https://bare.example/story'), [], 'browser', 999);
const LONE = toRows(
  'https://lone.example/story' as never,
  page('Lone', '2024-12-10', 'https://lone.example/story'),
  [claim('Seoul says 700 were killed.', '700', 'killed', 700, 700, { attribution: KR })],
  'browser',
  998,
);

/** A store of version 5 as version 5 wrote it: articles, one set row per article with four-field keys, buckets (and a bare article, a set alone). */
async function writeV5(indexedDB: IDBFactory, name: string): Promise<void> {
  const v5 = new Dexie(name, { indexedDB, IDBKeyRange });
  v5.version(1).stores(SCHEMA_V1);
  v5.version(2).stores(SCHEMA_V2);
  v5.version(3).stores(SCHEMA_V3);
  v5.version(4).stores(SCHEMA_V4);
  v5.version(5).stores(SCHEMA_V4);
  const all = PAGES.map((p, i) => toRows(p.page.url as never, p.page, p.claims, 'browser', 1000 + i));
  await v5.transaction('rw', ['articles', 'claimSets', 'buckets'], async () => {
    for (const { article, claims } of all) {
      await v5.table('articles').put(article);
      await v5.table('claimSets').put(v5Set(article.id, claims));
    }
    await v5.table('articles').put(BARE.article);
    await v5.table('claimSets').put(v5Set(LONE.article.id, LONE.claims));
    await v5.table('buckets').bulkPut(bucketRowsOf(all.flatMap((r) => r.claims)));
  });
  // Written as version 5 wrote them: four fields a key, found by a four-field range.
  expect(
    await v5.table('claimSets').where('src').between(['killed', 'total', 'kr', -Infinity], ['killed', 'total', 'kr', Infinity]).count(),
  ).toBe(3);
  v5.close();
}

const FIGURES = [
  claim('Seoul now says 600 were killed.', '600', 'killed', 600, 600, { attribution: KR }),
  claim('Seoul now says 250 were killed.', '250', 'killed', 250, 250, { attribution: KR }),
  claim('Kyiv says 2,000 were killed or wounded.', '2,000', 'casualties', 2000, 2000, { attribution: UA }),
  claim('Kyiv says 150 were wounded.', '150', 'wounded', 150, 150, { attribution: UA }),
  claim('Seoul says 50 were captured.', '50', 'captured', 50, 50, { attribution: KR }),
];

const answers = (db: TallymarkDb) => answersOn(db, FIGURES);

test('a version-5 store upgrades to articles holding their claims under two-number source keys, none of the old shape left, and answers as a store written today', async () => {
  const indexedDB = new IDBFactory();
  await writeV5(indexedDB, 'upgrade-v5');
  const db = createDb('upgrade-v5', { indexedDB, IDBKeyRange });
  await db.open();
  expect(db.verno).toBe(10);
  expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'buckets', 'settings']);

  // The article without claims holds an empty set; the claims without an article got one made of what they copied.
  expect(await db.articles.get(BARE.article.id)).toMatchObject({ ...BARE.article, n: 0, text: '[]', src: [], flr: [] });
  expect(await db.articles.get(LONE.article.id)).toMatchObject({ outlet: 'Lone', published: '2024-12-10', readAt: 0, n: 1 });
  expect((await claimsOfArticles(db, [LONE.article.id])).map((c) => c.figure)).toEqual(['700']);
  await db.articles.bulkDelete([BARE.article.id, LONE.article.id]);

  const today = createDb('today-v8', { indexedDB: new IDBFactory(), IDBKeyRange });
  for (const [i, p] of PAGES.entries()) await ingestPage(today, p.page, p.claims, { now: 1000 + i });
  expect(await storedClaims(db)).toEqual(await storedClaims(today));
  expect(await countClaims(db)).toBe(9);
  expect(await db.articles.toArray()).toEqual(await today.articles.toArray());

  // Every row's keys are today's, and the four-field keys are gone from both indexes.
  const rows = await db.articles.orderBy(':id').toArray();
  const killedKr = sourceCode('killed', 'kr');
  expect(rows.flatMap((r) => r.src)).toContainEqual([killedKr, Date.UTC(2025, 0, 2)]);
  const fourFields = (index: 'src' | 'flr') =>
    db.articles.where(index).between(['killed', 'total', 'kr', -Infinity], ['killed', 'total', 'kr', Infinity]).count();
  expect(await fourFields('src')).toBe(0);
  expect(await fourFields('flr')).toBe(0);
  expect(await db.articles.where('src').between([killedKr, -Infinity], [killedKr, Infinity]).count()).toBe(2);

  const got = await answers(db);
  expect(got).toEqual(await answers(today));
  // The source indexes answer after the upgrade: Seoul's current killed total, its earlier one, and a higher earlier count.
  expect(got.sources.find((s) => s.side === 'kr' && s.metric === 'killed')?.current.figure).toBe('300');
  expect(got.verdicts.map((v) => v.verdict)).not.toEqual(FIGURES.map(() => 'unique'));
  expect(await createBackupText(db, new Date(0))).toBe(await createBackupText(today, new Date(0)));
  db.close();
  today.close();
});
