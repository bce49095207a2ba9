import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scanFigures } from '../../../lib/extract/figures';
import { CUE_MARKS, CUE_WORDS, opensCue } from '../../../lib/extract/lexicon/cue-openers';
import { NAT_FIRST } from '../../../lib/extract/lexicon/nationality-starts';
import { CONTRAST } from '../../../lib/extract/grammar';
import { SCOPE_TRIGGER_WORDS } from '../../../lib/extract/scope/trigger-words';
import { CONTRAST_MARK, CUE_MARK, marksOf, NAT_MARK, SCOPE_MARK, tokenize } from '../../../lib/extract/tokens';

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
  'North',
  'NORTH',
  'Korean',
  'Pyongyang’s',
  'Kremlin',
  'N',
  'Kim',
  'but',
  'of',
  'since',
  'frontline',
  'Reinforcements',
  'While',
  ';',
  'however',
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
  test('marks exactly the tokens that may open a cue, start a nationality, set clauses against each other or trigger a scope rule (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.array(fc.constantFrom(' ', ''), { maxLength: 40 }),
        (words, gaps) => {
          const text = words.map((w, i) => w + (gaps[i] ?? ' ')).join('');
          for (const t of tokenize(text, 0, text.length, scanFigures(text), 0)) expect(t.marks).toBe(marksOf(t.w));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('every cue word and mark, and every word a nationality starts on, that sets clauses against each other or that a scope rule needs, is marked as a word of its own', () => {
    const marked = (w: string, mark: number) => {
      const text = `Officials ${w} it`;
      const t = tokenize(text, 0, text.length, [], 0).find((x) => x.start === 10);
      return t !== undefined && (t.marks & mark) !== 0;
    };
    for (const w of [...CUE_WORDS, ...CUE_MARKS]) expect(marked(w, CUE_MARK), w).toBe(opensCue(w));
    for (const w of NAT_FIRST) expect(marked(w, NAT_MARK), w).toBe(true);
    for (const w of CONTRAST) expect(marked(w, CONTRAST_MARK), w).toBe(true);
    for (const w of SCOPE_TRIGGER_WORDS) {
      expect(marksOf(w) & SCOPE_MARK, w).toBe(SCOPE_MARK);
      // (A word the tokenizer reads alone after a space: not "'ll".)
      if (/^[a-z][a-z-]*$/.test(w)) expect(marked(w, SCOPE_MARK), w).toBe(true);
    }
    expect(marked('said', NAT_MARK)).toBe(false);
    expect(marked('korea', CUE_MARK)).toBe(false);
  });
});

describe('tokenize: words', () => {
  // Short words of few letters, so that many share a slot of the word table; digits, inner marks, capitals, curly apostrophes.
  const letters = fc
    .array(fc.constantFrom('a', 'b', 'A', 'z', 'Z', '0', '9', 'e', 'E'), { minLength: 1, maxLength: 4 })
    .map((l) => l.join(''));
  const word = fc.oneof(
    letters,
    fc.tuple(letters, fc.constantFrom('-', "'", '’', '.'), letters).map(([a, m, b]) => a + m + b),
    letters.map((l) => `${l.toUpperCase()}.B.`),
    // Up to 12 letters: exact as a number up to 9, compared letter by letter beyond.
    fc.tuple(letters, letters, letters).map(([a, b, c]) => a + b + c),
  );
  test('words of 10 to 12 letters whose numbers round to one double are told apart', () => {
    // (zzzzzzzzzzza and zzzzzzzzzzzb are one double: the word table compares their letters.)
    const text = 'zzzzzzzzzzza zzzzzzzzzzzb ZZZZZZZZZZZB zzzzzzzzzza zzzzzzzzzzb';
    expect(tokenize(text, 0, text.length, [], 0).map((t) => t.w)).toEqual(text.toLowerCase().split(' '));
  });

  test('each word token is its text in lower case, curly apostrophes straightened (property)', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), (words) => {
        const text = words.join(' ');
        for (const t of tokenize(text, 0, text.length, [], 0)) {
          if (t.fig >= 0) continue;
          expect(t.w).toBe(t.raw.toLowerCase().replace(/’/g, "'"));
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('a space after a word or a mark, stepped over with it, makes the tokens another blank makes (property)', () => {
    const pieces = fc.oneof(word, fc.constantFrom(',', '.', '“', '’', '—', '3,000', 'about 11,000', 'U.S.', 'café'));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.array(fc.constantFrom(' ', '  ', ''), { maxLength: 40 }), (words, gaps) => {
        const text = words.map((w, i) => w + (gaps[i] ?? ' ')).join('');
        // (A tab is a blank the tokenizer reads on its own, as it read every blank before.)
        const tabbed = text.replace(/ /g, '\t');
        const figures = scanFigures(text);
        const read = (t: string) => tokenize(t, 0, t.length, figures, 0).map((k) => [k.w, k.start, k.end, k.fig, k.marks]);
        expect(read(text)).toEqual(read(tabbed));
      }),
      { numRuns: 2000 },
    );
  });
});
