// Hostile backup files: together with backup.test.ts's 17 kinds, 43 kinds of
// bad file, each refused with a clear message and the store unchanged; no
// prototype pollution; a byte-order mark accepted; and concurrent ingests
// racing restores lose nothing.
import { describe, expect, test } from 'vitest';
import { BACKUP_LIMITS, createBackup, createBackupText, restoreBackup } from '../../../lib/store/backup';
import { decodeBucket, type TallymarkDb } from '../../../lib/store/db';
import { ingestPage } from '../../../lib/store/ingest';
import { claim, freshDbForTest, page, storedClaims } from './helpers';
import { countClaims } from '../../../lib/store/claim-sets';

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
  await ingestPage(
    db,
    { ...page('Beta', '2025-01-14'), outletClaimed: 'The Beta' },
    [claim('Up to 12,000 troops were sent.', 'Up to 12,000', 'deployed', null, 12000)],
    { now: 1_700_000_100_000 },
  );
  return db;
}

async function snapshot(db: TallymarkDb) {
  const [articles, claims, buckets] = await Promise.all([db.articles.orderBy('id').toArray(), storedClaims(db), db.buckets.toArray()]);
  return {
    articles,
    claims,
    buckets: buckets.map((b) => [
      b.metric,
      b.time,
      decodeBucket(b)
        .map((e) => JSON.stringify(e))
        .sort(),
    ]),
  };
}

type Mutate = (b: Record<string, any>) => unknown;
/** 26 more kinds of bad file (backup.test.ts has 17). Text mutations return a string. */
const bad: [string, Mutate, RegExp][] = [
  ['an empty file', () => '', /not valid JSON/],
  ['JSON null', () => 'null', /Not a Tallymark backup/],
  ['a JSON string', () => '"tallymark-backup"', /Not a Tallymark backup/],
  [
    'no format',
    (b) => {
      delete b.format;
    },
    /Not a Tallymark backup/,
  ],
  ['the version as a string', (b) => ({ ...b, version: '1' }), /Unsupported backup version "1"/],
  ['version 0', (b) => ({ ...b, version: 0 }), /Unsupported backup version 0/],
  ['claims null', (b) => ({ ...b, claims: null }), /"articles" and "claims" arrays/],
  [
    'an article that is a number',
    (b) => {
      b.articles[0] = 42;
    },
    /articles\[0\]: expected an article object/,
  ],
  [
    'a claim that is a string',
    (b) => {
      b.claims[0] = 'x';
    },
    /claims\[0\]: expected a claim object/,
  ],
  ['a __proto__ key at the top', (b) => JSON.stringify(b).replace('{', '{"__proto__":{"polluted":"yes"},'), /"__proto__" key/],
  [
    'a __proto__ key in an article',
    (b) => JSON.stringify(b).replace('"articles":[{', '"articles":[{"__proto__":{"polluted":"yes"},'),
    /articles\[0\]: a "__proto__" key/,
  ],
  [
    'a __proto__ key in a claim',
    (b) => JSON.stringify(b).replace('"claims":[{', '"claims":[{"__proto__":{"polluted":"yes"},'),
    /claims\[0\]: a "__proto__" key/,
  ],
  [
    'an escaped __proto__ key in an attribution',
    (b) => JSON.stringify(b).replace('"attribution":{', '"attribution":{"\\u005f_proto__":{"polluted":"yes"},'),
    /attribution: a "__proto__" key/,
  ],
  [
    'a constructor.prototype key in a claim',
    (b) => {
      b.claims[0].constructor = { prototype: { polluted: 'yes' } };
    },
    /claims\[0\]: a "constructor" key/,
  ],
  [
    'a file: URL',
    (b) => {
      b.articles[0].url = 'file:///etc/passwd';
    },
    /articles\[0\]\.url: only http\(s\)/,
  ],
  [
    'a data: URL',
    (b) => {
      b.articles[0].url = 'data:text/html,<script>alert(1)</script>';
    },
    /articles\[0\]\.url: only http\(s\)/,
  ],
  [
    'a vbscript: id',
    (b) => {
      b.articles[0].id = 'vbscript:msgbox(1)';
    },
    /articles\[0\]\.id: only http\(s\)/,
  ],
  [
    'a negative readAt',
    (b) => {
      b.articles[0].readAt = -1;
    },
    /readAt: expected a time/,
  ],
  ['an infinite readAt (1e400)', (b) => JSON.stringify(b).replace(/"readAt":\d+/, '"readAt":1e400'), /readAt: expected a time/],
  [
    'a negative figure',
    (b) => {
      b.claims[0].low = -5;
    },
    /claims\[0\]\.low: expected a number from 0/,
  ],
  [
    'an infinite figure (1e400)',
    (b) => JSON.stringify(b).replace(/"high":300/, '"high":1e400'),
    /claims\[0\]\.high: expected a number from 0/,
  ],
  [
    'a figure past a billion',
    (b) => {
      b.claims[0].high = 1e12;
    },
    /claims\[0\]\.high: expected a number from 0/,
  ],
  [
    'a fractional index',
    (b) => {
      b.claims[0].index = 0.5;
    },
    /claims\[0\]\.index: expected an integer/,
  ],
  [
    'an impossible period',
    (b) => {
      b.claims[1].period = '2025-02-30';
    },
    /claims\[1\]\.period/,
  ],
  [
    'a month 13',
    (b) => {
      b.claims[1].period = '2025-13';
    },
    /claims\[1\]\.period/,
  ],
  [
    'an unknown source',
    (b) => {
      b.articles[0].source = 'evil';
    },
    /articles\[0\]\.source/,
  ],
  [
    'an attribution side from nowhere',
    (b) => {
      b.claims[0].attribution = { side: 'mars', text: 'x' };
    },
    /claims\[0\]\.attribution\.side/,
  ],
  [
    'a position ending before it starts',
    (b) => {
      b.claims[0].position = { type: 'TextPositionSelector', start: 9, end: 2 };
    },
    /end before start/,
  ],
  [
    'an article twice',
    (b) => {
      b.articles.push({ ...b.articles[0] });
    },
    /appears twice/,
  ],
  [
    'too many articles',
    (b) => {
      b.articles = Array.from({ length: BACKUP_LIMITS.articles + 1 }, () => 0);
    },
    /Too many articles/,
  ],
];

describe('hostile backup files', () => {
  test(`${bad.length} more kinds of bad file are listed (43 with backup.test.ts's 17)`, () => {
    expect(bad.length + 17).toBeGreaterThanOrEqual(43);
  });

  test.each(bad)('refuses %s with a clear message, the store unchanged, no prototype polluted', async (_name, change, message) => {
    const db = await filledDb();
    const copy = structuredClone(await createBackup(db)) as Record<string, any>;
    const out = change(copy);
    const text = typeof out === 'string' ? out : JSON.stringify(out ?? copy);
    await db.articles.delete('https://beta.example/story' as never);
    const before = await snapshot(db);
    await expect(restoreBackup(db, text)).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a backup that starts with a UTF-8 byte-order mark is read; the name a page gave itself survives the round trip', async () => {
    const source = await filledDb();
    const text = await createBackupText(source);
    const db = open();
    expect(await restoreBackup(db, `\uFEFF${text}`)).toEqual({ articles: 2, claims: 3, skipped: 0 });
    expect(await snapshot(db)).toEqual(await snapshot(source));
    expect((await db.articles.get('https://beta.example/story' as never))?.outletClaimed).toBe('The Beta');
  });

  test('20 rounds of 20 concurrent ingests racing a restore lose nothing', async () => {
    const db = open();
    const other = await filledDb();
    const text = await createBackupText(other);
    for (let round = 0; round < 20; round++) {
      const ingests = Array.from({ length: 20 }, (_, i) =>
        ingestPage(db, page(`Outlet ${round}-${i}`, '2025-01-13', `https://o${round}-${i}.example/a`), [
          claim('Our made-up wire said 300 soldiers died.', '300', 'killed', 300, 300),
          claim('About 11,000 troops were sent.', 'About 11,000', 'deployed', 11000, 11000, { qualifier: 'approx' }),
        ]),
      );
      await Promise.all([...ingests.slice(0, 10), restoreBackup(db, text), ...ingests.slice(10)]);
    }
    expect(await db.articles.count()).toBe(20 * 20 + 2);
    expect(await countClaims(db)).toBe(20 * 20 * 2 + 3);
    // The derived index agrees with the rows: every stored claim is in its bucket.
    const inBuckets = (await db.buckets.toArray()).reduce((n, b) => n + decodeBucket(b).length, 0);
    expect(inBuckets).toBe(20 * 20 * 2 + 3);
  }, 120_000);
});
