import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../../lib/extract/extract-claims';
import { mentionsTroops } from '../../../lib/extract/quick-check';
import { formatNumber } from '../../../lib/text/numbers';

// Fragments our generator glues into article-like texts, so that claims do occur.
const FRAGMENTS = [
  'North Korean soldiers',
  'troops',
  'Pyongyang has sent',
  'were killed',
  'have been wounded',
  'captured',
  'more than',
  'about',
  'up to',
  'between',
  'and',
  'to',
  'Seoul said',
  'according to Kyiv',
  'In December,',
  'last week',
  ', he said.',
  '"',
  '(NIS)',
  'a dozen',
  'two',
  'three thousand',
  'eleven-thousand',
  '15-hundred',
  '12k',
  '3,000+',
  '~300',
  '.',
  '\n',
  ':',
  'VideoTwo',
  'km2',
  '%',
  '$',
  'one of the',
  'Comments (48)',
  '–',
  '-',
];
const figure = fc.oneof(
  fc.integer({ min: 0, max: 2e6 }).map(formatNumber),
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.constantFrom('1.5 million', '2.5 thousand', '10-12,000', '11,000–12,000'),
);
const articleLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), figure, fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => `North Korea ${parts.join(' ')}`);

const checkOffsets = (text: string) => {
  for (const c of extractClaims(text, { published: '2025-01-13' })) {
    expect(text.slice(c.start, c.end)).toBe(c.figure);
    expect(c.sentence).toContain(c.figure);
    expect(c.sentence.includes('\n')).toBe(false);
    if (c.low !== null && c.high !== null) expect(c.low).toBeLessThanOrEqual(c.high);
  }
};

describe('extractClaims never throws', () => {
  test('on any string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => Array.isArray(extractClaims(s))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => Array.isArray(extractClaims(`North Korea ${s}`))),
      { numRuns: 300 },
    );
    // fast-check builds its table of every code point on first use: seconds on a busy machine, none of it ours.
  }, 120_000);

  test('on huge digit runs and separators', () => {
    const digits = fc.stringMatching(/^[0-9][0-9,.\u00a0 -]{0,400}$/);
    fc.assert(
      fc.property(digits, (d) => Array.isArray(extractClaims(`North Korean troops: ${d} soldiers were killed.`))),
      { numRuns: 200 },
    );
    expect(Array.isArray(extractClaims(`North Korea sent ${'9'.repeat(5000)} troops`))).toBe(true);
  });

  test('on non-strings at run time', () => {
    expect(extractClaims(undefined as unknown as string)).toEqual([]);
    expect(extractClaims(null as unknown as string, { published: 'not a date' })).toEqual([]);
  });
});

describe('offsets always point at the figure', () => {
  test('article-like texts', () => {
    fc.assert(
      fc.property(articleLike, (t) => {
        checkOffsets(t);
      }),
      { numRuns: 400 },
    );
  });
});

describe('mentionsTroops', () => {
  test.each([
    ['Two North Korean soldiers were captured.', true],
    ['The DPRK denied it.', true],
    ['Pyongyang kept silent.', true],
    ['Kim Jong-un visited the front.', true],
    ['N. Korea sends troops', true],
    ['Ukraine says Russia lost 1,000 soldiers.', false],
    ['South Korea and Japan held talks.', false],
  ])('%s → %s', (text, want) => {
    expect(mentionsTroops(text)).toBe(want);
  });

  test('is implied by any claim', () => {
    fc.assert(
      fc.property(articleLike, (t) => extractClaims(t).length === 0 || mentionsTroops(t)),
      { numRuns: 200 },
    );
  });
});
