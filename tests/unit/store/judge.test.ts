import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { judgeFigure } from '../../../lib/compare/compare-figures';
import type { TallymarkDb } from '../../../lib/store/db';
import { ingestPage } from '../../../lib/store/ingest';
import { judgePage, toCandidate } from '../../../lib/store/judge';
import { deleteOutlet } from '../../../lib/store/maintenance';
import { comparisonTime } from '../../../lib/compare/time';
import type { Metric } from '../../../lib/types';
import { claim, freshDb, page } from './helpers';

let db: TallymarkDb;
afterEach(() => db?.close());

const OUTLETS = ['Alpha', 'Beta', 'Gamma', 'Delta'];
const METRICS: Metric[] = ['killed', 'deployed'];
const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const bound = fc.constantFrom(null, 100, 105, 120, 300, 3000);
const figureArb = fc.record({ metric: fc.constantFrom(...METRICS), low: bound, high: bound }).map((f) =>
  f.low !== null && f.high !== null && f.low > f.high ? { ...f, low: f.high, high: f.low } : f);
const articleArb = fc.record({ outlet: fc.constantFrom(...OUTLETS), day: fc.integer({ min: 0, max: 60 }), figures: fc.array(figureArb, { minLength: 1, maxLength: 4 }) });

/** A sentence we write for a figure. */
const sentenceFor = (i: number) => `Figure number ${i} of our own was 42 soldiers.`;

describe('judgePage (from buckets) gives what the reference rules give on the whole store', () => {
  test('verdicts and compared figures, uncapped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(articleArb, { minLength: 1, maxLength: 8 }), articleArb, async (stored, mine) => {
        db = freshDb();
        for (const [n, a] of stored.entries()) {
          await ingestPage(db, page(a.outlet, day(a.day), `https://${a.outlet.toLowerCase()}.example/${n}`), a.figures.map((f, i) => claim(sentenceFor(i), '42', f.metric, f.low, f.high)));
        }
        const all = (await db.claims.toArray()).map(toCandidate);
        const p = page(mine.outlet, day(mine.day), null);
        const got = await judgePage(db, p, mine.figures.map((f) => ({ ...f, period: null })), { maxCompared: Infinity, maxEarlierLater: Infinity });
        mine.figures.forEach((f, i) => {
          const want = judgeFigure({ outlet: mine.outlet, metric: f.metric, low: f.low, high: f.high, time: comparisonTime(null, p.published) as number }, all);
          const v = got[i]!;
          expect(v.verdict).toBe(want.verdict);
          const key = (x: { url: string | null; low: number | null; high: number | null }) => `${x.url}|${x.low}|${x.high}`;
          expect(v.compared.map(key).sort()).toEqual(want.compared.map(key).sort());
          expect(v.comparedCount).toBe(want.compared.length);
          // Earlier / later: the nearest ones of the reference, as many as were read.
          expect(want.earlier.map(key)).toEqual(expect.arrayContaining(v.earlier.map(key)));
          expect(want.later.map(key)).toEqual(expect.arrayContaining(v.later.map(key)));
        });
        db.close();
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('judgePage', () => {
  test('lists at most maxCompared figures, the conflicting ones first, and counts them all', async () => {
    db = freshDb();
    for (let i = 0; i < 6; i++) {
      await ingestPage(db, page(`Agree ${i}`, '2025-01-10', `https://agree${i}.example/a`), [claim('Some 300 died.', '300', 'killed', 300, 300)]);
    }
    await ingestPage(db, page('Conflict', '2025-01-12', 'https://conflict.example/a'), [claim('Some 3,000 died.', '3,000', 'killed', 3000, 3000)]);
    const [v] = await judgePage(db, page('Mine', '2025-01-13', null), [{ metric: 'killed', low: 300, high: 300, period: null }], { maxCompared: 3 });
    expect(v?.verdict).toBe('conflicts');
    expect(v?.comparedCount).toBe(7);
    expect(v?.compared).toHaveLength(3);
    expect(v?.compared.map((f) => f.outlet)).toContain('Conflict');
  });

  test('buckets follow deletions', async () => {
    db = freshDb();
    await ingestPage(db, page('Alpha', '2025-01-13'), [claim('Some 300 died.', '300', 'killed', 300, 300)]);
    const figure = [{ metric: 'killed' as const, low: 3000, high: 3000, period: null }];
    expect((await judgePage(db, page('Beta', '2025-01-13', null), figure))[0]?.verdict).toBe('conflicts');
    await deleteOutlet(db, 'Alpha');
    expect((await judgePage(db, page('Beta', '2025-01-13', null), figure))[0]?.verdict).toBe('unique');
    expect(await db.buckets.count()).toBe(0);
  });
});
