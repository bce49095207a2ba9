import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { judgeFigure } from '../../../lib/compare/compare-figures';
import type { TallymarkDb } from '../../../lib/store/db';
import { ingestPage } from '../../../lib/store/ingest';
import { judgePage, toCandidate } from '../../../lib/store/judge';
import { deleteOutlet } from '../../../lib/store/maintenance';
import { attributionsOfRepeats } from '../../../lib/compare/repeats';
import { otherSidesOf } from '../../../lib/compare/sides';
import { comparisonTime } from '../../../lib/compare/time';
import type { Metric, Scope, Side } from '../../../lib/types';
import { claim, freshDb, page, storedClaims } from './helpers';

let db: TallymarkDb;
afterEach(() => db?.close());

const OUTLETS = ['Alpha', 'Beta', 'Gamma', 'Delta'];
const METRICS: Metric[] = ['killed', 'deployed', 'casualties'];
const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const bound = fc.constantFrom(null, 100, 105, 120, 300, 330, 3000);
const figureArb = fc
  .record({
    metric: fc.constantFrom(...METRICS),
    low: bound,
    high: bound,
    side: fc.constantFrom<Side | null>(null, 'kr', 'kr', 'ua'),
    second: fc.constantFrom<Side | null>(null, null, null, 'kr', 'ua'),
    scope: fc.constantFrom<Scope>('total', 'total', 'total', 'plan', 'episode'),
  })
  .map((f) => (f.low !== null && f.high !== null && f.low > f.high ? { ...f, low: f.high, high: f.low } : f));
const articleArb = fc.record({
  outlet: fc.constantFrom(...OUTLETS),
  day: fc.integer({ min: 0, max: 120 }),
  figures: fc.array(figureArb, { minLength: 1, maxLength: 4 }),
});

/** A sentence we write for a figure. */
const sentenceFor = (i: number) => `Figure number ${i} of our own was 42 soldiers.`;
/** Names the extractor's lexicon reads as each side: a second side makes a joint attribution ("Seoul and Kyiv"). */
const NAMES: Partial<Record<Side, string>> = { kr: 'Seoul', ua: 'Kyiv' };
const attributionOf = (side: Side | null, second: Side | null = null) =>
  side ? { side, text: second && second !== side ? `${NAMES[side]} and ${NAMES[second]}` : (NAMES[side] as string) } : null;

describe('judgePage (from buckets and source indexes) gives what judgeFigure gives on the whole store', () => {
  test('verdicts, reasons, compared figures and the timeline, uncapped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(articleArb, { minLength: 1, maxLength: 10 }), articleArb, async (stored, mine) => {
        db = freshDb();
        for (const [n, a] of stored.entries()) {
          await ingestPage(
            db,
            page(a.outlet, day(a.day), `https://${a.outlet.toLowerCase()}.example/${n}`),
            a.figures.map((f, i) => ({
              ...claim(sentenceFor(i), '42', f.metric, f.low, f.high, { attribution: attributionOf(f.side, f.second) }),
              scope: f.scope,
            })),
          );
        }
        // judgeFigure breaks ties in time by the order given: the store's order (time, claim id).
        const rows = (await storedClaims(db)).sort((x, y) => x.time - y.time || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
        const all = rows.map(toCandidate);
        const p = page(mine.outlet, day(mine.day), null);
        const got = await judgePage(
          db,
          p,
          mine.figures.map((f) => ({ ...f, period: null, attribution: attributionOf(f.side, f.second) })),
          { maxCompared: Infinity, maxEarlierLater: Infinity, maxTimeline: Infinity, timelineDays: Infinity },
        );
        const attributions = attributionsOfRepeats(
          mine.figures.map((f) => ({ ...f, period: null, attribution: attributionOf(f.side, f.second) })),
        );
        mine.figures.forEach((f, i) => {
          const time = comparisonTime(null, p.published) as number;
          const a = attributions[i] ?? null;
          const want = judgeFigure(
            {
              outlet: mine.outlet,
              metric: f.metric,
              low: f.low,
              high: f.high,
              time,
              side: a?.side ?? null,
              also: otherSidesOf(a),
              scope: f.scope,
            },
            all,
          );
          const v = got[i]!;
          expect(v.verdict).toBe(want.verdict);
          const key = (x: { url: string | null; low: number | null; high: number | null }) => `${x.url}|${x.low}|${x.high}`;
          // For `outdated` any earlier, higher count of the source shows it: compare the rest.
          const comparable = (list: typeof v.compared) =>
            list.filter((c) => Math.abs((comparisonTime(c.period, c.published) as number) - time) <= 14 * 86_400_000);
          expect(comparable(v.compared).map(key).sort()).toEqual(comparable(want.compared).map(key).sort());
          expect(v.compared.length).toBe(want.compared.length);
          expect(v.comparedCount).toBe(want.compared.length);
          expect(v.reason?.kind ?? null).toBe(want.reason?.kind ?? null);
          if (v.reason) expect(key(v.reason.figure)).toBe(key(want.reason!.figure));
          expect((v.timeline ?? []).map(key).sort()).toEqual((want.timeline ?? []).map(key).sort());
          expect(v.earlier.map(key).sort()).toEqual(want.earlier.map(key).sort());
          expect(v.later.map(key).sort()).toEqual(want.later.map(key).sort());
        });
        db.close();
      }),
      {
        numRuns: 60,
        // An article that repeats a figure: its second copy, found by the source indexes, was once listed twice in the timeline.
        examples: [
          // An article that gives a figure twice, once as Seoul's and once as "Seoul and Kyiv"'s: judged for a
          // figure of Kyiv's, the source indexes gave the second copy beside the bucket's first (listed twice).
          [
            [
              {
                outlet: 'Alpha',
                day: 0,
                figures: [
                  {
                    metric: 'casualties' as const,
                    low: 300 as const,
                    high: 3000 as const,
                    side: 'kr' as const,
                    second: null,
                    scope: 'total' as const,
                  },
                  {
                    metric: 'casualties' as const,
                    low: 300 as const,
                    high: 3000 as const,
                    side: 'kr' as const,
                    second: 'ua' as const,
                    scope: 'total' as const,
                  },
                ],
              },
            ],
            {
              outlet: 'Gamma',
              day: 0,
              figures: [
                { metric: 'casualties' as const, low: null, high: null, side: 'ua' as const, second: null, scope: 'total' as const },
              ],
            },
          ],
          [
            [
              {
                outlet: 'Gamma',
                day: 0,
                figures: [0, 1].map(() => ({
                  metric: 'casualties' as const,
                  low: 120 as const,
                  high: 3000 as const,
                  side: 'kr' as const,
                  second: null,
                  scope: 'total' as const,
                })),
              },
            ],
            {
              outlet: 'Alpha',
              day: 15,
              figures: [
                { metric: 'casualties' as const, low: null, high: null, side: 'kr' as const, second: null, scope: 'total' as const },
              ],
            },
          ],
        ],
      },
    );
  }, 120_000);
});

describe('judgePage', () => {
  test('lists at most maxCompared figures, the conflicting ones first, and counts them all', async () => {
    db = freshDb();
    for (let i = 0; i < 6; i++) {
      await ingestPage(db, page(`Agree ${i}`, '2025-01-10', `https://agree${i}.example/a`), [
        claim('Some 300 died.', '300', 'killed', 300, 300),
      ]);
    }
    await ingestPage(db, page('Conflict', '2025-01-12', 'https://conflict.example/a'), [
      claim('Some 3,000 died.', '3,000', 'killed', 3000, 3000),
    ]);
    const [v] = await judgePage(db, page('Mine', '2025-01-13', null), [{ metric: 'killed', low: 300, high: 300, period: null }], {
      maxCompared: 3,
    });
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
