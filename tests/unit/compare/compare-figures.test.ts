import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type CandidateFigure,
  type FigureToJudge,
  isOverlapping,
  isSameFigure,
  judgeFigure,
  locateFigureInSentence,
  verdictOf,
} from '../../../lib/compare/compare-figures';
import { comparisonTime, DAY_MS, parseDay } from '../../../lib/compare/time';
import type { Metric, Scope, Side } from '../../../lib/types';

const day = (s: string) => {
  const t = parseDay(s);
  if (t === null) throw new Error(`bad day ${s}`);
  return t;
};

function candidate(
  outlet: string,
  metric: Metric,
  low: number | null,
  high: number | null,
  date: string,
  period: string | null = null,
): CandidateFigure {
  return {
    outlet,
    scope: 'total',
    published: date,
    figure: `${low}-${high}`,
    metric,
    qualifier: low === high ? 'exact' : low === null ? 'atMost' : high === null ? 'atLeast' : 'range',
    low,
    high,
    attribution: null,
    period,
    url: `https://${outlet}.example/${metric}/${low}/${high}/${date}`,
    title: `${outlet} story`,
    sentence: null,
    figureInSentence: null,
    time: comparisonTime(period, date) ?? NaN,
  };
}

const fig = (outlet: string, metric: Metric, low: number | null, high: number | null, date = '2025-01-13'): FigureToJudge => ({
  outlet,
  metric,
  low,
  high,
  time: day(date),
});

describe('parseDay / comparisonTime', () => {
  test.each([
    ['2025-01-13', Date.UTC(2025, 0, 13)],
    ['2024-12', Date.UTC(2024, 11, 15)],
    ['2025-02-30', null],
    ['2025-1-3', null],
    ['January 2025', null],
    ['', null],
  ])('parseDay(%j)', (s, want) => expect(parseDay(s)).toBe(want));

  test('the period wins over the publication date; a bad period falls back', () => {
    expect(comparisonTime('2024-12', '2025-01-13')).toBe(Date.UTC(2024, 11, 15));
    expect(comparisonTime(null, '2025-01-13')).toBe(Date.UTC(2025, 0, 13));
    expect(comparisonTime('soon', '2025-01-13')).toBe(Date.UTC(2025, 0, 13));
    expect(comparisonTime(null, 'yesterday')).toBeNull();
  });
});

describe('verdictOf', () => {
  // [this figure's low, high], [others' low, high], verdict
  test.each<[string, [number | null, number | null], [number | null, number | null][], string]>([
    ['no other outlet', [300, 300], [], 'unique'],
    ['more than 3,000 vs around 300', [3000, null], [[300, 300]], 'conflicts'],
    ['around 300 vs more than 3,000', [300, 300], [[3000, null]], 'conflicts'],
    ['more than 10,000 vs around 10,000', [10000, null], [[10000, 10000]], 'differs'],
    ['10,000 vs more than 10,000', [10000, 10000], [[10000, null]], 'differs'],
    ['same point', [2, 2], [[2, 2]], 'agrees'],
    ['points within 10%', [2700, 2700], [[2900, 2900]], 'agrees'],
    ['points 10% apart exactly', [100, 100], [[110, 110]], 'agrees'],
    ['points 15% apart overlap after widening', [100, 100], [[115, 115]], 'differs'],
    ['points far apart', [100, 100], [[300, 300]], 'conflicts'],
    ['same lower bound', [300, null], [[300, null]], 'agrees'],
    ['same range', [11000, 12000], [[11000, 12000]], 'agrees'],
    ['range overlapping a point', [11000, 12000], [[12500, 12500]], 'differs'],
    ['up to 100 vs at least 200', [null, 100], [[200, null]], 'conflicts'],
    [
      'one agrees, one conflicts',
      [300, 300],
      [
        [300, 300],
        [3000, 3000],
      ],
      'conflicts',
    ],
    [
      'one agrees, one differs',
      [300, 300],
      [
        [300, 300],
        [300, null],
      ],
      'differs',
    ],
    ['wide point overlaps bound edge', [1000, 1000], [[null, 900]], 'differs'],
    ['just beyond the widened edge', [1000, 1000], [[null, 899]], 'conflicts'],
  ])('%s', (_name, [low, high], others, want) => {
    expect(
      verdictOf(
        { low, high },
        others.map(([l, h]) => ({ low: l, high: h })),
      ),
    ).toBe(want);
  });

  test('agrees implies every other figure is the same; conflicts implies a non-overlap', () => {
    const bound = fc.option(fc.integer({ min: 1, max: 20000 }), { nil: null });
    const figArb = fc.tuple(bound, bound).map(([a, b]) => ({ low: a, high: b }));
    fc.assert(
      fc.property(figArb, fc.array(figArb, { maxLength: 5 }), (f, others) => {
        const v = verdictOf(f, others);
        if (v === 'unique') expect(others).toHaveLength(0);
        if (v === 'agrees') expect(others.every((o) => isSameFigure(f, o))).toBe(true);
        if (v === 'conflicts') expect(others.some((o) => !isOverlapping(f, o))).toBe(true);
        if (v === 'differs') expect(others.every((o) => isOverlapping(f, o)) && others.some((o) => !isSameFigure(f, o))).toBe(true);
      }),
    );
  });
});

describe('judgeFigure', () => {
  test('only other outlets with the same metric count (outlet names ignore case)', () => {
    const got = judgeFigure(fig('Alpha', 'killed', 300, 300), [
      candidate('alpha ', 'killed', 3000, 3000, '2025-01-13'),
      candidate('Beta', 'wounded', 3000, 3000, '2025-01-13'),
    ]);
    expect(got.verdict).toBe('unique');
    expect(got.compared).toEqual([]);
  });

  test('the 14-day window is inclusive; outside it figures are earlier or later, sorted by time', () => {
    const got = judgeFigure(fig('Alpha', 'killed', 300, 300, '2025-01-15'), [
      candidate('Beta', 'killed', 100, null, '2024-12-20'),
      candidate('Gamma', 'killed', 3000, 3000, '2025-01-01'),
      candidate('Delta', 'killed', 200, null, '2024-11-02'),
      candidate('Eps', 'killed', 500, 500, '2025-01-30'),
      candidate('Zeta', 'killed', 600, 600, '2025-01-29'),
    ]);
    expect(got.compared.map((c) => c.outlet)).toEqual(['Gamma', 'Zeta']);
    // 3,000 two weeks before: not the same briefing, so another source's (naming no one) current figure.
    expect(got.verdict).toBe('disputed');
    expect(got.earlier.map((c) => c.outlet)).toEqual(['Delta', 'Beta']);
    expect(got.later.map((c) => c.outlet)).toEqual(['Eps']);
  });

  test('a month-only period counts as its 15th day', () => {
    const december = candidate('Beta', 'casualties', 3000, 3000, '2025-01-13', '2024-12');
    expect(december.time).toBe(Date.UTC(2024, 11, 15));
    const got = judgeFigure(fig('Alpha', 'casualties', 1000, 1000, '2024-12-23'), [december]);
    expect(got.verdict).toBe('disputed');
    expect(judgeFigure(fig('Alpha', 'casualties', 1000, 1000, '2024-12-18'), [december]).verdict).toBe('conflicts');
    expect(got.compared[0]?.period).toBe('2024-12');
  });

  test('a figure an article repeats is listed once, and compared figures carry their details', () => {
    const a = candidate('Beta', 'captured', 2, 2, '2025-01-13');
    const got = judgeFigure(fig('Alpha', 'captured', 2, 2), [a, { ...a }]);
    expect(got.verdict).toBe('agrees');
    expect(got.compared).toHaveLength(1);
    expect(got.compared[0]).toMatchObject({ outlet: 'Beta', published: '2025-01-13', low: 2, high: 2, url: a.url, title: 'Beta story' });
    expect(got.compared[0]).not.toHaveProperty('time');
  });
});

test.each([
  ['They said 300 died, then 300 more.', '300', '', { start: 10, end: 13 }],
  ['They said 300 died, then 300 more.', '300', 'Story. They said 300 died, then ', { start: 25, end: 28 }],
  ['They said 300 died, then 300 more.', '300', 'Story. They said ', { start: 10, end: 13 }],
  ['No figure here.', '300', '', null],
])('locateFigureInSentence(%j, %j, %j)', (s, f, hint, want) => {
  expect(locateFigureInSentence(s, f, hint)).toEqual(want);
});

// The hand-labelled verdicts of the gold file, with all its articles' claims as the store.
const GOLD = resolve(__dirname, '../../../../shared/corpus/seeds.gold.json');
interface GoldFile {
  articles: {
    file: string;
    outlet: string;
    published: string;
    claims: { claim: [Metric, number | null, number | null]; period?: string; sides?: Side[]; scope?: Scope }[];
  }[];
  verdicts?: { examples: { file: string; claim: [Metric, number | null, number | null]; verdict: string }[] };
}
describe.skipIf(!existsSync(GOLD))("the gold file's hand-labelled verdicts (skipped when ../shared/corpus is absent)", () => {
  const gold = (existsSync(GOLD) ? JSON.parse(readFileSync(GOLD, 'utf8')) : { articles: [] }) as GoldFile;
  const store = gold.articles.flatMap((a) =>
    a.claims.map((c) => {
      // One side per figure here: the first the gold accepts.
      const side = c.sides?.[0] ?? null;
      return {
        ...candidate(a.outlet, c.claim[0], c.claim[1], c.claim[2], a.published, c.period ?? null),
        attribution: side ? { side, text: side } : null,
        scope: c.scope ?? 'total',
        url: a.file,
        file: a.file,
      };
    }),
  );
  test.each(gold.verdicts?.examples ?? [])('$file $claim → $verdict', (ex) => {
    const self = store.find((s) => s.file === ex.file && s.metric === ex.claim[0] && s.low === ex.claim[1] && s.high === ex.claim[2]);
    expect(self).toBeDefined();
    if (!self) return;
    expect(judgeFigure({ ...self, side: self.attribution?.side ?? null }, store).verdict).toBe(ex.verdict);
  });
  test('there are examples of the verdicts between articles of one time', () => {
    expect(new Set(gold.verdicts?.examples.map((e) => e.verdict))).toEqual(
      new Set(['conflicts', 'disputed', 'differs', 'agrees', 'unique']),
    );
  });
});

test('DAY_MS is one day', () => expect(DAY_MS).toBe(24 * 3600 * 1000));

describe('judgeFigure: sources, scopes, reasons and the timeline (CLAIMS.md)', () => {
  const by = (side: Side | null, c: CandidateFigure, scope: Scope = 'total'): CandidateFigure => ({
    ...c,
    attribution: side ? { side, text: side } : null,
    scope,
  });
  const mine = (
    side: Side | null,
    metric: Metric,
    low: number | null,
    high: number | null,
    date: string,
    scope: Scope = 'total',
  ): FigureToJudge => ({ ...fig('Mine', metric, low, high, date), side, scope });

  test('an increment, an episode and a part are compared with nothing', () => {
    const stored = [by('kr', candidate('Beta', 'deployed', 11000, 11000, '2025-01-13'))];
    for (const scope of ['increment', 'episode', 'part'] as const) {
      expect(judgeFigure(mine('kr', 'deployed', 2000, 2000, '2025-01-13', scope), stored).verdict).toBe('unique');
    }
    // …and a stored increment is no contradiction of a total.
    expect(
      judgeFigure(mine('kr', 'deployed', 11000, 11000, '2025-01-13'), [
        by('kr', candidate('Beta', 'deployed', 2000, 2000, '2025-01-13'), 'increment'),
      ]).verdict,
    ).toBe('unique');
  });

  test('a plan is compared with plans only', () => {
    const plan = by('kr', candidate('Beta', 'deployed', 5000, 5000, '2025-01-13'), 'plan');
    expect(judgeFigure(mine('kr', 'deployed', 11000, 11000, '2025-01-13'), [plan]).verdict).toBe('unique');
    expect(judgeFigure(mine('kr', 'deployed', 5000, 5000, '2025-01-12', 'plan'), [plan]).verdict).toBe('agrees');
  });

  test("Seoul's count against Kyiv's is disputed, not conflicting; Seoul against Seoul conflicts", () => {
    const kyiv = by('ua', candidate('Beta', 'casualties', 3000, null, '2025-01-13'));
    expect(judgeFigure(mine('kr', 'casualties', 1100, 1100, '2025-01-13'), [kyiv]).verdict).toBe('disputed');
    const seoul = by('kr', candidate('Beta', 'casualties', 3000, null, '2025-01-13'));
    expect(judgeFigure(mine('kr', 'casualties', 1100, 1100, '2025-01-13'), [seoul]).verdict).toBe('conflicts');
  });

  test('a source is answered by its current figure, not by what it said two weeks before', () => {
    const old = by('ua', candidate('Beta', 'killed', 100, 100, '2025-01-01'));
    const now = by('ua', candidate('Gamma', 'killed', 300, 300, '2025-01-12'));
    expect(judgeFigure(mine('kr', 'killed', 300, 300, '2025-01-13'), [old, now]).verdict).toBe('differs');
    expect(judgeFigure(mine('kr', 'killed', 300, 300, '2025-01-13'), [old]).verdict).toBe('disputed');
  });

  test("an older, lower count of a source is outdated, with Seoul's higher count in compared", () => {
    const april = by('kr', candidate('Beta', 'killed', 600, 600, '2025-04-30'));
    const got = judgeFigure(mine('kr', 'killed', 300, 300, '2025-09-10'), [april]);
    expect(got.verdict).toBe('outdated');
    expect(got.compared.map((c) => c.low)).toEqual([600]);
    // Deployed troops may shrink: never outdated.
    expect(
      judgeFigure(mine('kr', 'deployed', 300, 300, '2025-09-10'), [by('kr', candidate('Beta', 'deployed', 600, 600, '2025-04-30'))])
        .verdict,
    ).toBe('unique');
  });

  test("repeating a source's latest count, long after, agrees; the timeline lists every earlier total", () => {
    const dec = by('kr', candidate('Beta', 'killed', 100, null, '2024-12-20'));
    const jan = by('kr', candidate('Gamma', 'killed', 300, 300, '2025-01-13'));
    const apr = by('kr', candidate('Delta', 'killed', 600, 600, '2025-04-30'));
    const got = judgeFigure(mine('kr', 'killed', 600, 600, '2026-11-26'), [apr, jan, dec]);
    expect(got.verdict).toBe('agrees');
    expect(got.compared.map((c) => c.outlet)).toEqual(['Delta']);
    expect(got.timeline?.map((c) => c.outlet)).toEqual(['Beta', 'Gamma', 'Delta']);
    expect(judgeFigure(mine('ua', 'killed', 600, 600, '2026-11-26'), [apr]).verdict).toBe('unique');
  });

  test('reason: the figure is the same source’s count of another metric', () => {
    const killed = by('kr', candidate('Beta', 'killed', 300, 300, '2025-01-13'));
    const casualties = by('kr', candidate('Gamma', 'casualties', 3000, 3000, '2025-01-13'));
    const got = judgeFigure(mine('kr', 'killed', 3000, null, '2025-01-13'), [killed, casualties]);
    expect(got.verdict).toBe('conflicts');
    expect(got.reason).toMatchObject({ kind: 'otherMetric', metric: 'casualties', figure: { outlet: 'Gamma', low: 3000 } });
  });

  test('reason: the figure is an earlier count of the same source', () => {
    const dec = by('ua', candidate('Beta', 'casualties', 1000, 1000, '2024-12-20'));
    const jan = by('ua', candidate('Gamma', 'casualties', 3800, 3800, '2025-01-12'));
    const got = judgeFigure(mine('ua', 'casualties', 1000, 1000, '2025-01-13'), [dec, jan]);
    expect(got.verdict).toBe('conflicts');
    expect(got.reason).toMatchObject({ kind: 'earlierCount', figure: { outlet: 'Beta', low: 1000 } });
    // Nothing shown, nothing said.
    expect(judgeFigure(mine('ua', 'casualties', 1500, 1500, '2025-01-13'), [dec, jan]).reason).toBeNull();
  });
});
