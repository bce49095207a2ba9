import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createSelectors } from '../../../lib/anchor/selectors';
import { anchorQuote } from '../../../lib/export/anchor';
import { FIXTURE_CLAIMS, FIXTURE_TEXT, buildClaim } from './fixture';

const claim = (i: number) => {
  const c = FIXTURE_CLAIMS[i];
  if (!c) throw new Error(`no claim ${i}`);
  return c;
};

describe('anchorQuote', () => {
  test.each(FIXTURE_CLAIMS.map((c, i) => [i, c.figure] as const))('finds claim %i (%s) where it was', (i) => {
    const c = claim(i);
    expect(anchorQuote(FIXTURE_TEXT, c.quote, c.position)).toEqual({ start: c.start, end: c.end });
  });

  test('follows the figure when text was added before it', () => {
    const c = claim(2);
    const added = 'Updated with a correction from the newsroom. ';
    const moved = added + FIXTURE_TEXT;
    const span = anchorQuote(moved, c.quote, c.position);
    expect(span).toEqual({ start: c.start + added.length, end: c.end + added.length });
  });

  test('picks the occurrence whose context fits when the quote occurs twice', () => {
    const second = buildClaim(FIXTURE_TEXT, {
      figure: 'about 300',
      nth: 1,
      metric: 'killed',
      qualifier: 'approx',
      low: 300,
      high: 300,
      verdict: 'unique',
      attribution: null,
    });
    expect(second.start).not.toBe(claim(0).start);
    // With no position hint, only the context tells the two apart.
    expect(anchorQuote(FIXTURE_TEXT, second.quote)).toEqual({ start: second.start, end: second.end });
    expect(anchorQuote(FIXTURE_TEXT, claim(0).quote)).toEqual({ start: claim(0).start, end: claim(0).end });
  });

  test('finds a figure whose words were edited a little (fuzzy)', () => {
    const c = claim(2); // "more than 3,000"
    const edited = FIXTURE_TEXT.replace('more than 3,000', 'more than 3.000');
    const span = anchorQuote(edited, c.quote, c.position);
    expect(span).toEqual({ start: c.start, end: c.end });
    expect(edited.slice(span!.start, span!.end)).toBe('more than 3.000');
  });

  test('finds a figure after an edit to the figure and its context', () => {
    const c = claim(3); // "more than 11,000"
    const edited = `Intro line. ${FIXTURE_TEXT.replace('Washington believes more than 11,000 troops', 'Washington thinks more then 11,000 troops')}`;
    const span = anchorQuote(edited, c.quote, c.position);
    expect(span).not.toBeNull();
    expect(edited.slice(span!.start, span!.end)).toMatch(/more then 11,000/);
  });

  test('gives null when nothing like the quote is left', () => {
    const c = claim(3);
    expect(anchorQuote('A text about the weather and nothing else at all.', c.quote, c.position)).toBeNull();
    expect(anchorQuote(FIXTURE_TEXT, { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' })).toBeNull();
  });

  test('the exact path never returns a span whose text differs from the quote', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }),
        fc.nat(),
        fc.integer({ min: 1, max: 20 }),
        fc.string({ maxLength: 40 }),
        (text, rawStart, length, inserted) => {
          const start = rawStart % text.length;
          const end = Math.min(text.length, start + length);
          const { quote, position } = createSelectors(text, start, end);
          expect(anchorQuote(text, quote, position)).toEqual({ start, end });
          // Text inserted before the quote: found again, moved by the insertion when the quote is unique.
          const moved = inserted + text;
          const span = anchorQuote(moved, quote, position);
          expect(span).not.toBeNull();
          expect(moved.slice(span!.start, span!.end)).toBe(quote.exact);
          if (text.indexOf(quote.exact) === text.lastIndexOf(quote.exact) && !inserted.includes(quote.exact.slice(0, 1))) {
            expect(span!.start).toBe(start + inserted.length);
          }
        },
      ),
    );
  });
});
