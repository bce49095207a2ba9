// A restore into an empty store checks the claims while it writes the
// articles before them (lib/store/restore.ts): what it leaves must be what
// checking all first and writing after gives, and nothing on a bad claim.
import { describe, expect, test, vi } from 'vitest';
import { createBackupText, parseBackup, restoreBackup } from '../../../lib/store/backup';
import { storedArticlesOf } from '../../../lib/store/claim-sets';
import { bucketRowsOf, decodeBucket, type TallymarkDb } from '../../../lib/store/db';
import { ingestPage } from '../../../lib/store/ingest';
import { generateRows } from '../../../scripts/bench-store';
import { claim, freshDbForTest, page } from './helpers';

const open = freshDbForTest;

/** A store of generated claims (some articles without any) and its backup text. */
async function source(claims: number) {
  const rows = generateRows(claims);
  rows.articles.push({ ...rows.articles[0]!, id: 'https://none.example/a' as never, url: 'https://none.example/a', readAt: 7 });
  const db = open();
  await db.transaction('rw', db.articles, db.buckets, async () => {
    await db.articles.bulkPut(storedArticlesOf(rows.articles, rows.claims));
    await db.buckets.bulkPut(bucketRowsOf(rows.claims));
  });
  return { db, text: await createBackupText(db, new Date(1_700_000_000_000)) };
}

/** Every row of both tables, as stored. */
const dump = async (db: TallymarkDb) => ({
  articles: await db.articles.orderBy(':id').toArray(),
  buckets: await db.buckets.toArray(),
});

describe('restore into an empty store, checked while written', () => {
  test('gives the rows of the store backed up, with claims in the file in any order, in chunks of any size', async () => {
    const { db, text } = await source(1234);
    const want = await dump(db);
    const json = JSON.parse(text);
    // Claims interleaved from both ends: an article is complete only late in the file.
    const shuffled = {
      ...json,
      claims: json.claims.map((_: unknown, i: number) => json.claims[i % 2 ? json.claims.length - 1 - (i >> 1) : i >> 1]),
    };
    for (const [file, chunk] of [
      [text, 5000],
      [text, 97],
      [JSON.stringify(shuffled), 97],
      [JSON.stringify(shuffled), 1],
    ] as const) {
      const copy = open();
      expect(await restoreBackup(copy, file, chunk)).toEqual({ articles: json.articles.length, claims: 1234, skipped: 0 });
      expect(await dump(copy)).toEqual(want);
    }
  }, 60_000);

  test('a bad claim after chunks already written leaves the store empty, with the message of a full check', async () => {
    const { text } = await source(1234);
    const json = JSON.parse(text);
    json.claims[1100].low = 'many';
    const bad = JSON.stringify(json);
    const message = (() => {
      try {
        parseBackup(bad);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('parseBackup took a bad file');
    })();
    expect(message).toMatch(/^claims\[1100\]\.low/);
    const copy = open();
    await expect(restoreBackup(copy, bad, 100)).rejects.toThrow(message);
    expect(await copy.articles.count()).toBe(0);
    expect(await copy.buckets.count()).toBe(0);
  }, 60_000);

  test('a store written to after it was found empty is merged into, as any store', async () => {
    const { db, text } = await source(50);
    const copy = open();
    // A figure of a metric and day the backup has too: its bucket is one the restore writes.
    const json = JSON.parse(text);
    const first = json.claims[0];
    const day = json.articles.find((a: { id: string }) => a.id === first.articleId).published;
    await ingestPage(copy, page('Delta', day), [claim('Five were counted.', 'Five', first.metric, 5, 5)]);
    // As if Delta were stored between the look before the transaction and the transaction.
    const spy = vi.spyOn(copy.articles, 'count').mockResolvedValueOnce(0);
    await restoreBackup(copy, text);
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
    expect(await copy.articles.count()).toBe((await db.articles.count()) + 1);
    const figures = (await copy.buckets.toArray()).flatMap(decodeBucket);
    expect(figures.filter((f) => f.outletKey === 'delta')).toHaveLength(1);
    expect(figures).toHaveLength((await db.buckets.toArray()).flatMap(decodeBucket).length + 1);
  });
});
