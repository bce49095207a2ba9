// Judging's source-index queries (a source's earlier counts) answered from the
// bucket cache until the claims change: the same verdicts as reading the store,
// before and after each write.
import { describe, expect, test } from 'vitest';
import { bucketCacheOf } from '../../../lib/store/bucket-cache';
import { ingestPage } from '../../../lib/store/ingest';
import { judgePage } from '../../../lib/store/judge';
import type { Attribution } from '../../../lib/types';
import { claim, freshDb, page } from './helpers';

const KYIV: Attribution = { side: 'ua', text: 'Kyiv' };
const SEOUL: Attribution = { side: 'kr', text: 'Seoul' };

describe("judging's source-index queries, cached", () => {
  test('the same verdicts as without the cache, before and after every write; answered from the cache when nothing changed', async () => {
    const db = freshDb();
    const cache = bucketCacheOf(db);
    expect(cache).toBeDefined();
    // A page of figures with sources: the source's earlier counts are looked up in the claims' source indexes.
    const mine = page('Mine', '2025-03-01');
    const figures = [
      claim('Kyiv said 300 North Korean soldiers were killed.', '300', 'killed', 300, 300, { attribution: KYIV }),
      claim('Seoul said 1,000 were wounded.', '1,000', 'wounded', 1000, 1000, { attribution: SEOUL }),
      claim('Kyiv said 11,000 were deployed.', '11,000', 'deployed', 11000, 11000, { attribution: KYIV }),
    ];
    const writes: (() => Promise<unknown>)[] = [
      () =>
        ingestPage(db, page('Early', '2025-01-05'), [
          claim('Kyiv said 250 were killed.', '250', 'killed', 250, 250, { attribution: KYIV }),
        ]),
      () =>
        ingestPage(db, page('Higher', '2025-01-20'), [
          claim('Kyiv said 3,000 were killed.', '3,000', 'killed', 3000, 3000, { attribution: KYIV }),
        ]),
      () =>
        ingestPage(db, page('Joint', '2025-01-25'), [
          claim('Kyiv and Seoul said 900 were wounded.', '900', 'wounded', 900, 900, {
            attribution: { side: 'ua', text: 'Kyiv and Seoul' },
          }),
        ]),
      () =>
        ingestPage(db, page('Higher', '2025-01-20'), [claim('Kyiv said 30 were killed.', '30', 'killed', 30, 30, { attribution: KYIV })]),
    ];
    let answeredFromCache = false;
    for (const write of [async () => undefined, ...writes]) {
      await write();
      const plain = await judgePage(db, mine, figures, { bucketCache: false });
      const first = await judgePage(db, mine, figures);
      const held = cache!.queryCount;
      const second = await judgePage(db, mine, figures);
      expect(first).toEqual(plain);
      expect(second).toEqual(plain);
      if (held > 0 && cache!.queryCount === held) answeredFromCache = true;
    }
    expect(answeredFromCache).toBe(true);
  });

  test('every write to the claims drops the answers held', async () => {
    const db = freshDb();
    const cache = bucketCacheOf(db)!;
    const fig = claim('Kyiv said 300 were killed.', '300', 'killed', 300, 300, { attribution: KYIV });
    await judgePage(db, page('Mine', '2025-03-01'), [fig]);
    expect(cache.queryCount).toBeGreaterThan(0);
    await ingestPage(db, page('Other', '2025-02-01'), [fig]);
    expect(cache.queryCount).toBe(0);
  });
});
