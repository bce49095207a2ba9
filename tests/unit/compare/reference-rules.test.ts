// lib/compare against the reference verdict rules of ../shared/tools/score.mjs,
// on random sets of figures. The reference code is read from score.mjs in place
// (its rules section, which needs only the gold object), so the two cannot drift.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type CandidateFigure, judgeFigure } from '../../../lib/compare/compare-figures';
import { comparisonTime } from '../../../lib/compare/time';
import { decideVerdict, type RuleFigure } from '../../../lib/compare/verdict';
import type { Metric, Scope, Side } from '../../../lib/types';

const SCORE = resolve(__dirname, '../../../../shared/tools/score.mjs');

interface GoldClaim {
  claim: [Metric, number | null, number | null];
  sides: Side[];
  scope: Scope;
  period?: string;
}
interface GoldArticle {
  file: string;
  outlet: string;
  published: string;
  claims: GoldClaim[];
}
interface GoldFigure {
  outlet: string;
  file: string;
  metric: Metric;
  low: number | null;
  high: number | null;
  sides: Side[];
  scope: Scope;
  time: number;
}
type Reference = (gold: { articles: GoldArticle[] }) => { referenceVerdict: (f: GoldFigure) => string; goldFigures: GoldFigure[] };

/** The rules section of score.mjs as a function of the gold object. */
function loadReference(): Reference | null {
  if (!existsSync(SCORE)) return null;
  const src = readFileSync(SCORE, 'utf8');
  const from = src.indexOf('const DAY = 86400000;');
  const to = src.indexOf('export { referenceVerdict, goldFigures };');
  if (from < 0 || to < 0) throw new Error('score.mjs: the reference rules section was not found');
  return new Function('gold', `${src.slice(from, to)}\nreturn { referenceVerdict, goldFigures };`) as Reference;
}
const reference = loadReference();

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const bound = fc.constantFrom(null, 90, 100, 105, 110, 120, 300, 330, 600, 3000);
const claimArb = fc
  .record({
    metric: fc.constantFrom<Metric>('killed', 'casualties', 'deployed'),
    low: bound,
    high: bound,
    side: fc.constantFrom<Side | null>(null, null, 'kr', 'kr', 'ua', 'us'),
    // Now and then a figure names a second side with it ("Ukrainian and South Korean estimates").
    second: fc.constantFrom<Side | null>(null, null, null, null, null, 'kr', 'ua'),
    scope: fc.constantFrom<Scope>('total', 'total', 'total', 'plan', 'increment', 'episode', 'part'),
    period: fc.option(fc.oneof(fc.integer({ min: 0, max: 90 }).map(day), fc.constantFrom('2025-01', '2025-02')), {
      nil: undefined,
      freq: 4,
    }),
  })
  .map((c) => (c.low !== null && c.high !== null && c.low > c.high ? { ...c, low: c.high, high: c.low } : c));
/** The sides a random figure names: its side, and a second one when it has one and it differs. */
const sidesOf = (c: { side: Side | null; second: Side | null }): Side[] =>
  c.side === null ? [] : c.second && c.second !== c.side ? [c.side, c.second] : [c.side];
/** Names the extractor's lexicon reads as each side, for attribution texts. */
const NAMES: Partial<Record<Side, string>> = { kr: 'Seoul', ua: 'Kyiv', us: 'Washington' };
const articleArb = fc.record({
  outlet: fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'eps'),
  day: fc.integer({ min: 0, max: 90 }),
  claims: fc.array(claimArb, { minLength: 1, maxLength: 4 }),
});

describe.skipIf(!reference)('decideVerdict gives what score.mjs gives (skipped when ../shared/tools is absent)', () => {
  test('on random sets of figures from several outlets, sources, scopes and dates', () => {
    fc.assert(
      fc.property(fc.array(articleArb, { minLength: 1, maxLength: 12 }), (arts) => {
        const gold = {
          articles: arts.map(
            (a, i): GoldArticle => ({
              file: `f${i}`,
              outlet: a.outlet,
              published: day(a.day),
              claims: a.claims.map((c) => ({
                claim: [c.metric, c.low, c.high],
                sides: sidesOf(c),
                scope: c.scope,
                ...(c.period ? { period: c.period } : {}),
              })),
            }),
          ),
        };
        const ref = (reference as Reference)(gold);
        const figures: (RuleFigure & { file: string })[] = gold.articles.flatMap((a) =>
          a.claims.map((c) => ({
            file: a.file,
            outletKey: a.outlet,
            metric: c.claim[0],
            low: c.claim[1],
            high: c.claim[2],
            side: c.sides[0] ?? null,
            ...(c.sides.length > 1 ? { also: c.sides.slice(1) } : {}),
            scope: c.scope,
            time: comparisonTime(c.period ?? null, a.published) as number,
          })),
        );
        // The same figures as stored candidates, for judgeFigure.
        const candidates: CandidateFigure[] = figures.map((f, i) => ({
          outlet: f.outletKey,
          published: day(0),
          figure: String(f.low ?? f.high),
          metric: f.metric,
          qualifier: 'exact',
          low: f.low,
          high: f.high,
          attribution: f.side ? { side: f.side, text: [f.side, ...(f.also ?? [])].map((x) => NAMES[x]).join(' and ') } : null,
          period: null,
          scope: f.scope,
          url: `https://x.example/${f.file}/${i}`,
          title: f.file,
          sentence: null,
          figureInSentence: null,
          time: f.time,
          articleId: `${f.file}#${i}`,
          also: f.also ?? [],
        }));
        ref.goldFigures.forEach((g, i) => {
          const mine = figures[i] as RuleFigure;
          const want = ref.referenceVerdict(g);
          expect(decideVerdict(mine, figures).verdict, JSON.stringify({ g, gold })).toBe(want);
          expect(
            judgeFigure(
              {
                outlet: mine.outletKey,
                metric: mine.metric,
                low: mine.low,
                high: mine.high,
                time: mine.time,
                side: mine.side,
                also: mine.also ?? [],
                scope: mine.scope,
              },
              candidates,
            ).verdict,
          ).toBe(want);
        });
      }),
      { numRuns: 600 },
    );
  });

  test('every verdict turns up in these random sets (the property is not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(articleArb, { minLength: 2, maxLength: 12 }), (arts) => {
        const figures: RuleFigure[] = arts.flatMap((a) =>
          a.claims.map((c) => ({
            outletKey: a.outlet,
            metric: c.metric,
            low: c.low,
            high: c.high,
            side: sidesOf(c)[0] ?? null,
            also: sidesOf(c).slice(1),
            scope: c.scope,
            time: comparisonTime(c.period ?? null, day(a.day)) as number,
          })),
        );
        for (const f of figures) seen.add(decideVerdict(f, figures).verdict);
      }),
      { numRuns: 300, seed: 7 },
    );
    expect([...seen].sort()).toEqual(['agrees', 'conflicts', 'differs', 'disputed', 'outdated', 'unique']);
  });
});
