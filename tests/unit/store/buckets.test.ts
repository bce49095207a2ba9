// Buckets are updated article by article (replaceInBuckets): after any
// sequence of writes they are exactly the buckets rebuilt from every claim.
import { expect, test } from 'vitest';
import { bucketRowsOf, type TallymarkDb } from '../../../lib/store/db';
import { ingestPage } from '../../../lib/store/ingest';
import { deleteArticle, deleteOutlet } from '../../../lib/store/maintenance';
import { createBackupText, restoreBackup } from '../../../lib/store/backup';
import { claim, freshDb, page, storedClaims } from './helpers';

const KR = { side: 'kr', text: 'Seoul' } as const;

async function expectRebuilt(db: TallymarkDb): Promise<void> {
  const stored = await db.buckets.orderBy('[metric+time]').toArray();
  const rebuilt = bucketRowsOf(await storedClaims(db)).sort((a, b) =>
    a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : a.time - b.time,
  );
  expect(stored).toEqual(rebuilt);
}

test('after ingests, a page read again, deletes and a merging restore, the buckets are those rebuilt from the claims', async () => {
  const db = freshDb();
  const day = '2025-01-13';
  // Outlets whose ids sort around one another ("a", "a!" and "a/x" style), repeats, unnamed repeats of named figures.
  const pages = [
    page('Alpha', day, 'https://a.example/'),
    page('Alpha Two', day, 'https://a.example/x'),
    page('Beta', day, 'https://b.example/s'),
    page('Gamma', '2025-01-12', 'https://g.example/s'),
  ];
  const figures = [
    claim('Seoul says 300 were killed.', '300', 'killed', 300, 300, { attribution: KR }),
    claim('Again, 300 were killed.', '300', 'killed', 300, 300),
    claim('Some 11,000 were sent.', '11,000', 'deployed', 11_000, 11_000),
    claim('Some 11,000 were sent, we hear.', '11,000', 'deployed', 11_000, 11_000),
    claim('In December 100 were captured.', '100', 'captured', 100, 100, { period: '2024-12' }),
  ];
  for (const [i, p] of pages.entries()) await ingestPage(db, p, figures.slice(0, 2 + i));
  await expectRebuilt(db);
  await ingestPage(db, pages[1]!, [figures[4]!, figures[0]!]);
  await expectRebuilt(db);
  await ingestPage(db, pages[2]!, []);
  await expectRebuilt(db);
  await deleteArticle(db, 'https://a.example/');
  await expectRebuilt(db);

  const other = freshDb();
  await ingestPage(other, page('Beta', day, 'https://b.example/s'), figures.slice(1, 4), { now: Date.now() + 1000 });
  await ingestPage(other, page('Delta', day, 'https://d.example/s'), figures, { now: 1 });
  await restoreBackup(db, await createBackupText(other));
  await expectRebuilt(db);
  await deleteOutlet(db, 'gamma');
  await expectRebuilt(db);
});
