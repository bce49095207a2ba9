import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { candidateStart, candidates, trieSource } from '../../../lib/extract/figure-candidates';
import { NUMBER_WORDS } from '../../../lib/text/numbers';

// The candidate regex as it reads plainly (each word an alternative); candidates() is the same as a trie.
const WORDS = NUMBER_WORDS.filter((w) => w !== 'zero');
const PLAIN = new RegExp(
  `\\d|\\b(?:${WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}|${w.toUpperCase()}`).join('|')})\\b|(?:${WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\\b`,
  'g',
);

function matches(re: RegExp, text: string): [number, string][] {
  const g = new RegExp(re.source, 'g');
  return [...text.matchAll(g)].map((m) => [m.index, m[0]]);
}

const PIECES = [
  ...WORDS,
  ...WORDS.map((w) => w.toUpperCase()),
  ...WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)),
  'sixth',
  'Sixtieth',
  'oNE',
  'tens',
  'often',
  'Video',
  'x',
  '_',
  '5',
  ' ',
  '-',
  'é',
  'zero',
];

describe('candidates()', () => {
  test('matches what the plain alternation of the number words matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(matches(candidates(), text)).toEqual(matches(PLAIN, text));
      }),
      { numRuns: 3000 },
    );
  });

  test('candidateStart reads where each match starts from its end, searched from anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.nat(8), (pieces, skip) => {
        const text = pieces.join('');
        const re = new RegExp(candidates().source, 'g');
        // A search may start inside a word (scanFigures skips past a rejected digit run).
        re.lastIndex = Math.min(skip, text.length);
        for (;;) {
          const from = re.lastIndex;
          const m = re.exec(text);
          if (m === null) break;
          expect(candidateStart(text, from, re.lastIndex)).toBe(m.index);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('trieSource matches exactly its words', () => {
    const re = new RegExp(`^${trieSource(['six', 'sixty', 'sixteen', 'seven', 'ten', ''])}$`);
    for (const w of ['six', 'sixty', 'sixteen', 'seven', 'ten', '']) expect(re.test(w)).toBe(true);
    for (const w of ['sixt', 'sixte', 'se', 'tens', 'sixtyy']) expect(re.test(w)).toBe(false);
  });
});
