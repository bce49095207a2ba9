// The popover's sentences, one per verdict, built from the data.
import { describe, expect, test } from 'vitest';
import { navigationKey, pageAnnouncement } from '../../../lib/present/announce';
import { RELATION_WORDS, relationOf } from '../../../lib/present/relation';
import { groupBySource } from '../../../lib/present/sources';
import { type StoryFigure, attributionSentence, leadSentence, reasonSentence } from '../../../lib/present/verdict-story';
import type { ClaimVerdict, ComparedFigure, Side } from '../../../lib/types';

const other = (
  outlet: string,
  side: Side | null,
  low: number | null,
  high: number | null,
  extra: Partial<ComparedFigure> = {},
): ComparedFigure => ({
  outlet,
  published: '2025-01-13',
  figure: String(low ?? high),
  metric: 'killed',
  qualifier: low === high ? 'approx' : low === null ? 'atMost' : 'atLeast',
  low,
  high,
  attribution: side ? { side, text: '' } : null,
  period: null,
  scope: 'total',
  url: null,
  title: '',
  sentence: null,
  figureInSentence: null,
  ...extra,
});

const fig = (low: number | null, high: number | null, side: Side | null, extra: Partial<StoryFigure> = {}): StoryFigure => ({
  metric: 'killed',
  qualifier: low === high ? 'exact' : high === null ? 'atLeast' : 'atMost',
  low,
  high,
  figure: String(low),
  attribution: side ? { side, text: 'the NIS' } : null,
  period: null,
  scope: 'total',
  ...extra,
});

const judged = (f: StoryFigure, v: Partial<ClaimVerdict>): StoryFigure & ClaimVerdict => ({
  verdict: 'unique',
  compared: [],
  earlier: [],
  later: [],
  ...f,
  ...v,
});

describe('leadSentence', () => {
  test('conflicts: the same briefing reported otherwise', () => {
    const c = judged(fig(3000, null, 'kr'), { verdict: 'conflicts', compared: [other('A', 'kr', 300, 300), other('B', 'kr', 300, 300)] });
    expect(leadSentence(c)).toBe('Other reports of the same Seoul briefing give about 300 deaths, not more than 3,000.');
    const unnamed = judged(fig(3000, null, null), { verdict: 'conflicts', compared: [other('A', null, 300, 300)] });
    expect(leadSentence(unnamed)).toBe('Other reports of the same days give about 300 deaths, not more than 3,000.');
  });

  test('disputed: who says what, with the other source’s latest count and its date', () => {
    const c = judged(fig(3800, 3800, 'ua', { metric: 'casualties' }), {
      verdict: 'disputed',
      compared: [
        other('A', 'kr', 1000, 1000, { published: '2024-12-19', metric: 'casualties' }),
        other('B', 'kr', 1100, 1100, { published: '2024-12-23', metric: 'casualties' }),
      ],
    });
    expect(leadSentence(c)).toBe('Kyiv says 3,800 casualties; Seoul’s latest count is about 1,100 (23 Dec 2024).');
  });

  test('outdated: the source had already said more', () => {
    const c = judged(fig(300, 300, 'kr'), { verdict: 'outdated', compared: [other('A', 'kr', 600, 600, { period: '2025-04' })] });
    expect(leadSentence(c)).toBe('Seoul had already said about 600 deaths by Apr 2025; this page gives 300.');
  });

  test('differs, agrees, still the latest count, and the scopes compared with nothing', () => {
    expect(leadSentence(judged(fig(10000, null, 'kr'), { verdict: 'differs', compared: [other('A', 'kr', 10000, 10000)] }))).toBe(
      '1 other outlet gives about 10,000 deaths; this page’s more than 10,000 overlaps with it, so it is no contradiction.',
    );
    expect(
      leadSentence(
        judged(fig(300, 300, 'kr'), { verdict: 'agrees', compared: [other('A', 'kr', 300, 300), other('B', 'kr', 300, 300)] }),
        '2025-01-14',
      ),
    ).toBe('2 other outlets give the same: 300 deaths.');
    expect(
      leadSentence(
        judged(fig(600, 600, 'kr'), { verdict: 'agrees', compared: [other('A', 'kr', 600, 600, { published: '2025-04-28' })] }),
        '2026-03-01',
      ),
    ).toBe('Still Seoul’s latest count: 600 deaths, as it said on 28 Apr 2025.');
    expect(leadSentence(judged(fig(2000, 2000, 'kr', { scope: 'increment' }), {}))).toMatch(/^An addition to an earlier count/);
    expect(leadSentence(judged(fig(40, 40, 'ua', { scope: 'episode' }), {}))).toMatch(/^One battle/);
    expect(leadSentence(judged(fig(5000, 5000, 'kr', { scope: 'part' }), {}))).toMatch(/^Part of a force/);
  });
});

describe('reasons, attribution, grouping, relations, announcement', () => {
  test('reasonSentence words the engine’s reason; none without one', () => {
    const f = other('TRT', 'kr', 3000, 3000, { metric: 'casualties' });
    expect(
      reasonSentence(
        judged(fig(3000, null, 'kr'), { verdict: 'conflicts', reason: { kind: 'otherMetric', metric: 'casualties', figure: f } }),
      ),
    ).toBe('About 3,000 is Seoul’s count of killed and wounded together, not of the dead (TRT, 13 Jan 2025).');
    expect(
      reasonSentence(
        judged(fig(100, null, 'kr'), {
          verdict: 'disputed',
          reason: { kind: 'earlierCount', figure: other('X', 'kr', 100, null, { published: '2024-12-23' }) },
        }),
      ),
    ).toBe('More than 100 is Seoul’s earlier count, from 23 Dec 2024 (X); it has moved since.');
    expect(reasonSentence(judged(fig(1, 1, null), { verdict: 'conflicts', reason: null }))).toBeNull();
  });

  test('attributionSentence', () => {
    expect(attributionSentence({ side: 'kr', text: 'lawmaker Lee Seong-kweun' })).toBe(
      'This page attributes it to Seoul (“lawmaker Lee Seong-kweun”).',
    );
    expect(attributionSentence({ side: 'other', text: 'the ISW' })).toBe('This page attributes it to the ISW.');
    expect(attributionSentence(null)).toBe('This page does not say whose figure it is.');
  });

  test('groupBySource: Seoul before Kyiv before the unnamed; the current figure and its outlets first', () => {
    const groups = groupBySource([
      other('Old', 'kr', 100, null, { published: '2024-12-23' }),
      other('Un', null, 5, 5),
      other('K', 'ua', 3000, 3000),
      other('A', 'kr', 300, 300),
      other('B', 'kr', 300, 300),
    ]);
    expect(groups.map((g) => g.name)).toEqual(['Seoul', 'Kyiv', 'Unnamed']);
    expect(groups[0]!.current.low).toBe(300);
    expect(groups[0]!.currentOutlets).toEqual(['A', 'B']);
    expect(groups[0]!.figures.map((f) => f.outlet)).toEqual(['A', 'B', 'Old']);
  });

  test('relations in words', () => {
    expect(RELATION_WORDS[relationOf({ low: 300, high: 300 }, { low: 300, high: 300 })]).toBe('same figure as this page');
    expect(relationOf({ low: 10000, high: null }, { low: 10000, high: 10000 })).toBe('overlaps');
    expect(relationOf({ low: 3000, high: null }, { low: 300, high: 300 })).toBe('apart');
  });

  test('the page announcement and the keys', () => {
    expect(pageAnnouncement(['conflicts', 'disputed', 'agrees', 'unique'])).toBe(
      'Tallymark checked 4 figures on this page: 2 contradicted by other reports, 1 more compared. Alt+Shift+Period opens the next highlighted figure, Alt+Shift+Comma the previous; Escape closes it.',
    );
    expect(pageAnnouncement([])).toBeNull();
    const key = (code: string, alt = true, shift = true) =>
      navigationKey({ altKey: alt, shiftKey: shift, ctrlKey: false, metaKey: false, code });
    expect([key('Period'), key('Comma'), key('Period', false), key('KeyA')]).toEqual([1, -1, null, null]);
  });
});

describe('one full stop', () => {
  test('endSentence adds a full stop only where none ends the sentence', async () => {
    const { endSentence } = await import('../../../lib/present/verdict-story');
    expect(endSentence('Seoul said so')).toBe('Seoul said so.');
    expect(endSentence('… said the Lawmaker.”')).toBe('… said the Lawmaker.”');
    expect(endSentence('Really?')).toBe('Really?');
    expect(attributionSentence({ side: 'kr', text: 'a Lawmaker.' })).toBe('This page attributes it to Seoul (“a Lawmaker”).');
  });
});

describe('whoSaysWhat', () => {
  test('one row per source in order; the page’s repeated amount once; each page figure’s stand', async () => {
    const { whoSaysWhat } = await import('../../../lib/present/who-says-what');
    const page = (figure: string, low: number, high: number | null) =>
      ({
        ...fig(low, high, 'kr'),
        figure,
        start: 0,
        end: 1,
        sentence: '',
        quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 1 },
        verdict: 'conflicts',
        compared: [],
        earlier: [],
        later: [],
      }) as never;
    const blocks = whoSaysWhat(
      [
        { side: 'ua', metric: 'killed', current: other('K', 'ua', 3800, 3800), outlets: 2, history: [] },
        { side: 'kr', metric: 'killed', current: other('S', 'kr', 300, 300), outlets: 3, history: [] },
      ],
      [page('300', 300, 300), page('300', 300, 300), page('more than 3,000', 3000, null)],
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.rows.map((r) => r.name)).toEqual(['Seoul', 'Kyiv']);
    expect(blocks[0]!.pageClaims.map((p) => p.index)).toEqual([0, 2]);
    expect(blocks[0]!.rows[0]!.page.map((p) => p.relation)).toEqual(['same', 'apart']);
    expect(blocks[0]!.rows[1]!.page.map((p) => p.relation)).toEqual(['apart', 'overlaps']);
  });
});

describe('movesOf', () => {
  test('a source’s earlier counts as moves: repeats dropped, oldest first, the current count not repeated', async () => {
    const { movesOf } = await import('../../../lib/present/who-says-what');
    const h = [
      other('B', 'kr', 300, 300, { published: '2025-01-13' }),
      other('A', 'kr', 100, null, { published: '2024-12-23' }),
      other('C', 'kr', 300, 300, { published: '2025-01-14' }),
      other('D', 'kr', 600, 600, { published: '2025-04-28' }),
    ];
    expect(movesOf(h, { low: 600, high: 600 }).map((f) => f.outlet)).toEqual(['A', 'B']);
  });
});
