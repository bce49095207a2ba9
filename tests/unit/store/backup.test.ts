import { describe, expect, test, vi } from 'vitest';
import { BACKUP_LIMITS, createBackup, createBackupText, parseBackup, restoreBackup } from '../../../lib/store/backup';
import { articleOfStored, decodeBucket, type TallymarkDb } from '../../../lib/store/db';
import { StoreFullError } from '../../../lib/store/errors';
import { ingestPage } from '../../../lib/store/ingest';
import { loadBundled } from '../../../lib/store/bundled';
import { toArticleId } from '../../../lib/types';
import { claim, freshDbForTest, page, storedClaims } from './helpers';
import { storedArticlesOf } from '../../../lib/store/claim-sets';

const open = freshDbForTest;

async function filledDb(): Promise<TallymarkDb> {
  const db = open();
  await ingestPage(
    db,
    page('Alpha', '2025-01-13'),
    [
      claim('Our made-up source said 300 soldiers died.', '300', 'killed', 300, 300, { attribution: { side: 'kr', text: 'source' } }),
      claim('In December about 1,000 were hurt.', 'about 1,000', 'wounded', 1000, 1000, { qualifier: 'approx', period: '2024-12' }),
    ],
    { now: 1_700_000_000_000 },
  );
  await ingestPage(db, page('Beta', '2025-01-14'), [claim('Up to 12,000 troops were sent.', 'Up to 12,000', 'deployed', null, 12000)], {
    now: 1_700_000_100_000,
  });
  await loadBundled(
    db,
    {
      format: 'tallymark-bundled',
      version: 'v-test',
      articles: [
        {
          url: null,
          outlet: 'Gamma',
          title: 'Gamma on 2025-01-10',
          published: '2025-01-10',
          claims: [
            { metric: 'captured', qualifier: 'exact', low: 2, high: 2, figure: 'two', attribution: null, period: null, scope: 'total' },
          ],
        },
      ],
    },
    { now: 1_700_000_200_000 },
  );
  return db;
}

async function snapshot(db: TallymarkDb) {
  const [stored, claims, buckets] = await Promise.all([db.articles.orderBy('id').toArray(), storedClaims(db), db.buckets.toArray()]);
  const articles = stored.map(articleOfStored);
  // Buckets are derived: compared as sets of entries per key.
  const entries = buckets.map((b) => [
    b.metric,
    b.time,
    decodeBucket(b)
      .map((e) => JSON.stringify(e))
      .sort(),
  ]);
  return { articles, claims, buckets: entries };
}

describe('backup and restore', () => {
  test('backup → restore into an empty store gives the same store, every field', async () => {
    const db = await filledDb();
    const text = await createBackupText(db, new Date('2025-02-01T00:00:00Z'));
    const json = JSON.parse(text);
    expect(json).toMatchObject({ format: 'tallymark-backup', version: 1, exportedAt: '2025-02-01T00:00:00.000Z' });
    expect(json.articles).toHaveLength(3);
    expect(json.claims).toHaveLength(4);
    const empty = open();
    expect(await restoreBackup(empty, text)).toEqual({ articles: 3, claims: 4, skipped: 0 });
    expect(await snapshot(empty)).toEqual(await snapshot(db));
  });

  test('restore merges: other articles stay, a newer stored copy wins over an older backup copy', async () => {
    const db = await filledDb();
    const text = await createBackupText(db);
    const other = open();
    await ingestPage(other, page('Delta', '2025-01-13'), [claim('Five were captured.', 'Five', 'captured', 5, 5)]);
    // Alpha read again later, with one claim only.
    await ingestPage(other, page('Alpha', '2025-01-13'), [claim('Nine died.', 'Nine', 'killed', 9, 9)], { now: 1_800_000_000_000 });
    const result = await restoreBackup(other, text);
    expect(result).toEqual({ articles: 2, claims: 2, skipped: 1 });
    const s = await snapshot(other);
    expect(s.articles.map((a) => a.outlet).sort()).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma']);
    expect(s.claims.filter((c) => c.outlet === 'Alpha').map((c) => c.figure)).toEqual(['Nine']);
  });

  test('restoring the same backup twice changes nothing the second time', async () => {
    const db = await filledDb();
    const text = await createBackupText(db);
    await restoreBackup(db, text);
    const before = await snapshot(db);
    await restoreBackup(db, text);
    expect(await snapshot(db)).toEqual(before);
  });

  type Mutate = (b: Record<string, any>) => unknown;
  const bad: [string, Mutate | string, RegExp][] = [
    ['malformed JSON', '{"format": "tallymark-backup", oops', /not valid JSON/],
    ['a truncated file', (b) => JSON.stringify(b).slice(0, 200), /not valid JSON/],
    ['not a backup at all', () => '[1, 2, 3]', /Not a Tallymark backup/],
    ['a wrong format', (b) => ({ ...b, format: 'something-else' }), /Not a Tallymark backup/],
    ['a future version', (b) => ({ ...b, version: 2 }), /Unsupported backup version 2/],
    ['articles not an array', (b) => ({ ...b, articles: {} }), /"articles" and "claims" arrays/],
    [
      'a wrong type',
      (b) => {
        b.claims[0].low = '300';
      },
      /claims\[0\]\.low: expected a number/,
    ],
    [
      'an unknown metric',
      (b) => {
        b.claims[1].metric = 'eaten';
      },
      /claims\[1\]\.metric/,
    ],
    [
      'a huge string',
      (b) => {
        b.claims[0].sentence = 'x'.repeat(100_000);
      },
      /claims\[0\]\.sentence: too long/,
    ],
    [
      'a huge outlet name',
      (b) => {
        b.articles[0].outlet = 'y'.repeat(10_000);
      },
      /articles\[0\]\.outlet: too long/,
    ],
    [
      'a javascript: URL',
      (b) => {
        b.articles[0].url = 'javascript:alert(1)';
      },
      /articles\[0\]\.url: only http\(s\)/,
    ],
    [
      'a data: id',
      (b) => {
        b.articles[0].id = 'data:text/html,hi';
      },
      /articles\[0\]\.id: only http\(s\)/,
    ],
    [
      'a claim of no article',
      (b) => {
        b.claims[0].articleId = 'https://nowhere.example/';
      },
      /no article/,
    ],
    [
      'a claim id that does not match',
      (b) => {
        b.claims[0].id = 'https://x.example/#9';
      },
      /claims\[0\]\.id/,
    ],
    [
      'a bad date',
      (b) => {
        b.articles[0].published = '2025-02-30';
      },
      /articles\[0\]\.published/,
    ],
    [
      'low above high',
      (b) => {
        b.claims[0].low = 5000;
        b.claims[0].high = 10;
      },
      /low 5000 is above high 10/,
    ],
    [
      'too many records',
      (b) => {
        b.claims = Array.from({ length: BACKUP_LIMITS.claims + 1 }, () => 0);
      },
      /Too many claims/,
    ],
  ];
  test.each(bad)('refuses %s with a clear message, the store unchanged', async (_name, change, message) => {
    const db = await filledDb();
    const backup = await createBackup(db);
    let text: string;
    if (typeof change === 'string') text = change;
    else {
      const copy = structuredClone(backup) as Record<string, any>;
      const out = change(copy);
      text = typeof out === 'string' ? out : JSON.stringify(out ?? copy);
    }
    // Something else in the backup would be new to the store, so a half-done merge would show.
    await db.articles.delete(toArticleId('https://beta.example/story'));
    const before = await snapshot(db);
    await expect(restoreBackup(db, text)).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
  });

  test('a full disk during restore surfaces as StoreFullError and writes nothing', async () => {
    const source = await filledDb();
    const text = await createBackupText(source);
    const db = open();
    await ingestPage(db, page('Delta', '2025-01-13'), [claim('Five were captured.', 'Five', 'captured', 5, 5)]);
    const before = await snapshot(db);
    const spy = vi.spyOn(db.articles, 'bulkPut').mockImplementation(() => {
      throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
    });
    await expect(restoreBackup(db, text)).rejects.toBeInstanceOf(StoreFullError);
    spy.mockRestore();
    expect(await snapshot(db)).toEqual(before);
  });

  test('parseBackup recomputes what is derived instead of trusting the file', async () => {
    const db = await filledDb();
    const backup = await createBackup(db);
    const tampered = { ...backup, claims: backup.claims.map((c) => ({ ...c, time: 0, outlet: 'Forged' })) };
    const { claims } = parseBackup(JSON.stringify(tampered));
    expect(claims.every((c) => c.outlet !== 'Forged' && c.time > 0)).toBe(true);
  });
});

describe('backup and restore of a store larger than a chunk', () => {
  test('the chunked backup text is the JSON of the backup; restored into an empty store, then again over itself, the store is the same', async () => {
    const { generateRows } = await import('../../../scripts/bench-store');
    const { bucketRowsOf } = await import('../../../lib/store/db');
    const chunk = 400;
    const rows = generateRows(chunk * 2 + 150);
    const db = open();
    await db.transaction('rw', db.articles, db.buckets, async () => {
      await db.articles.bulkPut(storedArticlesOf(rows.articles, rows.claims));
      await db.buckets.bulkPut(bucketRowsOf(rows.claims));
    });
    const now = new Date(1_700_000_000_000);
    const text = await createBackupText(db, now, chunk);
    expect(text).toBe(JSON.stringify(await createBackup(db, now)));
    const copy = open();
    expect(await restoreBackup(copy, text, chunk)).toEqual({ articles: rows.articles.length, claims: rows.claims.length, skipped: 0 });
    const want = await snapshot(db);
    expect(await snapshot(copy)).toEqual(want);
    expect(await restoreBackup(copy, text, chunk)).toEqual({ articles: rows.articles.length, claims: rows.claims.length, skipped: 0 });
    expect(await snapshot(copy)).toEqual(want);
  }, 60_000);
});
