import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scanFigures } from '../../../lib/extract/figures';
import { CUE_MARKS, CUE_WORDS, opensCue } from '../../../lib/extract/lexicon/cue-openers';
import { tokenize } from '../../../lib/extract/tokens';

// Words and marks that open cues, and others, in every case and script the tokenizer reads differently.
const PIECES = [
  'said',
  'SAID',
  'Said',
  'according',
  'to',
  'citing',
  'per',
  'estimates',
  'briefing',
  'told',
  'reported',
  'acknowledged',
  'the',
  'Seoul',
  'Zelensky’s',
  'U.S.',
  'Kyiv-based',
  'intelligence',
  'café',
  'ΣΟΦΙΑ',
  '3,000',
  'about',
  ':',
  '-',
  '–',
  '—',
  '"',
  '“',
  '’',
  ',',
  '.',
  '…',
  '¿',
  ' ',
  '  ',
  '\n',
];

describe('tokenize', () => {
  test('marks exactly the tokens that may open a cue (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.array(fc.constantFrom(' ', ''), { maxLength: 40 }),
        (words, gaps) => {
          const text = words.map((w, i) => w + (gaps[i] ?? ' ')).join('');
          for (const t of tokenize(text, 0, text.length, scanFigures(text), 0)) expect(t.cue).toBe(opensCue(t.w));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('every cue word and mark is marked, as a word of its own', () => {
    for (const w of [...CUE_WORDS, ...CUE_MARKS]) {
      const text = `Officials ${w} it`;
      const T = tokenize(text, 0, text.length, [], 0);
      expect(T.find((t) => t.start === 10)?.cue, w).toBe(true);
    }
  });
});
