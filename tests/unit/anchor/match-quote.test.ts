import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anchorQuote, anchorQuotes, matchQuote, numberKey } from '../../../lib/anchor/match-quote';
import { createSelectors } from '../../../lib/anchor/selectors';

const TEXT = [
  'Seoul said on Monday that about 300 soldiers had died near Kursk.',
  'Kyiv said that about 300 soldiers had died, and 2,700 were hurt.',
  'Villagers said about 300 families had left.',
].join('\n');

const select = (figure: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(figure, at + 1);
  return createSelectors(TEXT, at, at + figure.length);
};

describe('numberKey', () => {
  test.each([
    ['more than 3,000', '3000'],
    ['over 3.000', '3000'],
    ['3 000', '3000'],
    ['Two', 'two'],
    ['several hundred', 'hundred'],
    ['dozens of', 'dozens'],
  ])('%s → %s', (figure, key) => expect(numberKey(figure)).toBe(key));
});

describe('matchQuote refuses rather than guesses', () => {
  test('a figure whose sentence is gone anchors nowhere, though the same words stand elsewhere', () => {
    const { quote, position } = select('about 300', 0);
    const edited = TEXT.split('\n').slice(1).join('\n');
    expect(anchorQuote(edited, quote, position)).toBeNull();
  });

  test('another number in the same words is not the figure', () => {
    const { quote } = select('2,700');
    expect(matchQuote(TEXT.replace('2,700', '2,900'), quote)).toBeNull();
  });

  test('a qualifier reworded, the number and its words kept: found', () => {
    const { quote } = select('about 300', 1);
    const edited = TEXT.replace('Kyiv said that about 300', 'Kyiv said that around 300');
    const m = matchQuote(edited, quote);
    expect(m && edited.slice(m.start, m.end)).toMatch(/300$/);
    expect(m!.start).toBeGreaterThan(edited.indexOf('Kyiv'));
  });

  test('a word changed next to the figure: still found', () => {
    const { quote, position } = select('about 300', 1);
    const edited = `A line added on top.\n${TEXT.replace('soldiers had died, and', 'troops had died, and')}`;
    const span = anchorQuote(edited, quote, position);
    expect(span).toEqual({ start: position.start + 21, end: position.end + 21 });
  });
});

describe('anchorQuotes', () => {
  test('a place is kept for the annotation quoted there', () => {
    const text =
      'Officials said that about 300 soldiers had died, and 2,700 were hurt.\nOfficials also said that about 300 soldiers had died, and 2,700 were hurt.';
    const at = [text.indexOf('about 300'), text.lastIndexOf('about 300')];
    const [first, second] = at.map((s) => createSelectors(text, s, s + 9));
    // The first sentence deleted: alone, its annotation would settle on the second, which reads nearly alike…
    const edited = text.slice(text.indexOf('\n') + 1);
    expect(anchorQuote(edited, first!.quote, first!.position)).not.toBeNull();
    // …placed together, that place is the second's, and the first is not placed.
    const [a, b] = anchorQuotes(edited, [first!, second!]);
    expect(a).toBeNull();
    expect(b).toEqual({ start: edited.indexOf('about 300'), end: edited.indexOf('about 300') + 9 });
  });

  test('quotes that overlapped where they were quoted may overlap again', () => {
    const whole = select('about 300 soldiers');
    const inner = select('300', 0);
    const [a, b] = anchorQuotes(`New first line.\n${TEXT}`, [whole, inner]);
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
  });
});

describe('whatever the edits', () => {
  test('a placed quote carries the quote’s number, and an unedited text places every figure where it was', () => {
    const figures = ['about 300', '2,700', 'about 300'].map((f, i) => select(f, i === 2 ? 1 : 0));
    const edit = fc.record({ at: fc.nat(), cut: fc.nat(40), insert: fc.string({ maxLength: 40 }) });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 4 }), (edits) => {
        let text = TEXT;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        for (const { quote, position } of figures) {
          const span = anchorQuote(text, quote, position);
          if (span) expect(numberKey(text.slice(span.start, span.end))).toBe(numberKey(quote.exact));
          if (edits.length === 0) expect(span).toEqual({ start: position.start, end: position.end });
        }
      }),
      { numRuns: 300 },
    );
  });
});
