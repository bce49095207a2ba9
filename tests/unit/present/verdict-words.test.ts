import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  describeAmount,
  describeAttribution,
  describeMovement,
  describeSource,
  describeVerdict,
  formatDay,
  safeHttpUrl,
  splitSentence,
} from '../../../lib/present/verdict-words';
import type { ComparedFigure, Qualifier } from '../../../lib/types';

const other = (
  outlet: string,
  qualifier: Qualifier,
  low: number | null,
  high: number | null,
  extra: Partial<ComparedFigure> = {},
): ComparedFigure => ({
  outlet,
  scope: 'total',
  published: '2025-01-13',
  figure: describeAmount({ low, high, qualifier }),
  metric: 'killed',
  qualifier,
  low,
  high,
  attribution: { side: 'kr', text: 'the spy agency' },
  period: null,
  url: 'https://example.org/a',
  title: 'A report',
  sentence: null,
  figureInSentence: null,
  ...extra,
});

const onPage = { metric: 'killed' as const, qualifier: 'atLeast' as const, low: 3000, high: null, figure: 'more than 3,000' };

describe('describeAmount', () => {
  test.each([
    [{ low: 300, high: 300, qualifier: 'approx' as const }, 'about 300'],
    [{ low: 300, high: 300, qualifier: 'exact' as const }, '300'],
    [{ low: 3000, high: null, qualifier: 'atLeast' as const }, 'more than 3,000'],
    [{ low: null, high: 12000, qualifier: 'atMost' as const }, 'up to 12,000'],
    [{ low: 11000, high: 12000, qualifier: 'range' as const }, '11,000 to 12,000'],
    [{ low: null, high: null, qualifier: 'exact' as const }, 'an unknown number'],
  ])('%o → %s', (f, words) => expect(describeAmount(f)).toBe(words));
});

describe('describeVerdict', () => {
  test('conflicts: counts the outlets that contradict, names their figure and the page’s', () => {
    const compared = [
      other('TRT World', 'approx', 300, 300),
      other('dayfr.com', 'exact', 300, 300),
      other('Site C', 'approx', 300, 300),
      other('TRT World', 'atLeast', 3000, null),
    ];
    expect(describeVerdict({ ...onPage, verdict: 'conflicts', compared, earlier: [], later: [] })).toBe(
      '3 other outlets report about 300 deaths; this page says more than 3,000.',
    );
  });

  test('conflicts with one outlet is singular', () => {
    const compared = [other('TRT World', 'approx', 300, 300)];
    expect(describeVerdict({ ...onPage, verdict: 'conflicts', compared, earlier: [], later: [] })).toBe(
      '1 other outlet reports about 300 deaths; this page says more than 3,000.',
    );
  });

  test('differs names the other bound', () => {
    const fig = { metric: 'deployed' as const, qualifier: 'atLeast' as const, low: 10000, high: null, figure: 'over 10,000' };
    const compared = [other('Paper', 'approx', 10000, 10000, { metric: 'deployed' })];
    expect(describeVerdict({ ...fig, verdict: 'differs', compared, earlier: [], later: [] })).toBe(
      '1 other outlet reports about 10,000 troops deployed; this page says more than 10,000. The figures overlap.',
    );
  });

  test('agrees and unique', () => {
    const fig = { metric: 'captured' as const, qualifier: 'exact' as const, low: 2, high: 2, figure: 'two' };
    const compared = [other('A', 'exact', 2, 2, { metric: 'captured' }), other('B', 'exact', 2, 2, { metric: 'captured' })];
    expect(describeVerdict({ ...fig, verdict: 'agrees', compared, earlier: [], later: [] })).toBe(
      '2 other outlets report the same: 2 captured.',
    );
    expect(describeVerdict({ ...fig, verdict: 'unique', compared: [], earlier: [], later: [] })).toBe(
      'No other outlet you have read reports captured for this time; this page says 2.',
    );
  });
});

describe('sources and movement', () => {
  test('formatDay', () => {
    expect(formatDay('2025-01-13')).toBe('13 Jan 2025');
    expect(formatDay('2024-12')).toBe('Dec 2024');
    expect(formatDay('soon')).toBe('soon');
  });

  test('describeAttribution and describeSource', () => {
    expect(describeAttribution(null)).toBe('No source named');
    expect(describeAttribution({ side: 'ua', text: 'Zelensky' })).toBe('Ukraine: Zelensky');
    expect(describeAttribution({ side: 'other', text: 'a think tank' })).toBe('a think tank');
    expect(describeSource(other('X', 'exact', 1, 1, { period: '2024-12' }))).toBe(
      '13 Jan 2025 · figure for Dec 2024 · South Korea: the spy agency',
    );
  });

  test('describeMovement lists earlier and later reporting in time order around the page', () => {
    const claim = {
      ...onPage,
      verdict: 'conflicts' as const,
      compared: [],
      earlier: [other('B', 'atLeast', 100, null, { published: '2024-12-23' }), other('A', 'exact', 50, 50, { published: '2024-11-20' })],
      later: [other('C', 'approx', 4000, 4000, { published: '2025-03-01' })],
    };
    expect(describeMovement(claim)).toBe(
      '50 (20 Nov 2024) → more than 100 (23 Dec 2024) → this page: more than 3,000 → about 4,000 (1 Mar 2025)',
    );
    expect(describeMovement({ ...claim, earlier: [], later: [] })).toBeNull();
  });
});

describe('splitSentence', () => {
  test('marks the figure', () => {
    expect(splitSentence('They said 300 died.', { start: 10, end: 13 })).toEqual([
      { text: 'They said ', mark: false },
      { text: '300', mark: true },
      { text: ' died.', mark: false },
    ]);
  });
  test('bad offsets give the plain sentence; no sentence gives nothing', () => {
    expect(splitSentence('Abc', { start: 2, end: 9 })).toEqual([{ text: 'Abc', mark: false }]);
    expect(splitSentence(null, null)).toEqual([]);
  });
  test('the parts always rebuild the sentence (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -3, max: 30 }), fc.integer({ min: -3, max: 30 }), (s, a, b) => {
        const parts = splitSentence(s, { start: a, end: b });
        expect(parts.map((p) => p.text).join('')).toBe(s);
        expect(parts.filter((p) => p.mark).length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('safeHttpUrl', () => {
  test.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org/', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['data:text/html,hi', null],
    ['/relative', null],
    ['', null],
    [null, null],
  ])('%s → %s', (url, want) => expect(safeHttpUrl(url)).toBe(want));
});
