import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  ABBREVIATIONS as ABBREVIATION_WORDS,
  isAbbreviationBefore,
  sentenceEndAt,
  wordBefore,
  wordBeforeRead,
} from '../../../lib/text/sentence-end';
import { forgetSentences, sentenceAfter, sentenceAround, sentenceBefore } from '../../../lib/text/sentences';
import { sentenceAroundByScan, sentenceEndAtByString } from './sentence-scan';

const sentenceAt = (text: string, needle: string) => {
  const [s, e] = sentenceAround(text, text.indexOf(needle));
  return text.slice(s, e);
};

describe('sentenceAround', () => {
  test.each([
    ['First one here. The U.S. estimate is 11,000 troops. Then more.', '11,000', 'The U.S. estimate is 11,000 troops.'],
    ['Headline without a stop\nBody says 500 soldiers left. Next.', '500', 'Body says 500 soldiers left.'],
    ['Headline with 300 killed\nBody.', '300', 'Headline with 300 killed'],
    ['Mr. Kim said 1.5 thousand went. Done.', '1.5', 'Mr. Kim said 1.5 thousand went.'],
    ['He said "about 300 died." Then he left.', '300', 'He said "about 300 died."'],
    ['It ended in Korea.The other 20 stayed.', '20', 'The other 20 stayed.'],
    ['Donald J. Trump said 40 would go. Fine.', '40', 'Donald J. Trump said 40 would go.'],
    ['Was it 12? Yes it was.', '12', 'Was it 12?'],
    ['Kyiv reported losses. \u201eAt least 30 died,\u201c HUR wrote.', '30', '\u201eAt least 30 died,\u201c HUR wrote.'],
    ['Kyiv reported losses. \u00abAt least 30 died.\u00bb Then more.', '30', '\u00abAt least 30 died.\u00bb'],
    ['Kyiv reported losses. \u00bbAt least 30 died.\u00ab Then more.', '30', '\u00bbAt least 30 died.\u00ab'],
    ['Kyiv reported losses. \u201aAt least 30 died.\u2018 Then more.', '30', '\u201aAt least 30 died.\u2018'],
  ])('%j around %s', (text, needle, want) => {
    expect(sentenceAt(text, needle)).toBe(want);
  });

  test('neighbours', () => {
    const text = 'One went. Two came.\n\nThree left.';
    const mid = sentenceAround(text, text.indexOf('Two'));
    const prev = sentenceBefore(text, mid[0])!;
    const next = sentenceAfter(text, mid[1])!;
    expect(text.slice(...prev)).toBe('One went.');
    expect(text.slice(...next)).toBe('Three left.');
    expect(sentenceBefore(text, prev[0])).toBeNull();
  });

  // Pieces of text around sentence ends: abbreviations, initials, decimals, quotes, line breaks, lists, long runs.
  const PIECES = [
    'Mr.',
    ' Kim',
    ' U.S.',
    ' J.',
    ' said',
    ' 1.5',
    ' 300',
    '.',
    '!',
    '?',
    '."',
    '.\u201d',
    '.)',
    ' ',
    '  ',
    '\u00a0',
    '\n',
    '\n\n',
    '\n2. ',
    '- ',
    ' The',
    'The',
    ' \u201eAt',
    ' \u00abNo',
    ' the',
    ' c.',
    ' etc.',
    ' \u00c9',
    ' \u0130.',
    ' \u00e9.',
    'K.',
    '\u017ft.',
    ' \u2014',
    '(',
    ' 3.14',
    ' word'.repeat(120),
    '.'.repeat(40),
  ];
  test('the remembered boundaries give what scanning from each offset gives (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 20 }),
        (pieces, asks) => {
          const text = pieces.join('');
          forgetSentences();
          for (const [p, f, floored] of asks) {
            const pos = text.length === 0 ? 0 : p % text.length;
            const floor = floored ? f % (pos + 1) : 0;
            expect(sentenceAround(text, pos, floor), `${JSON.stringify(text)} at ${pos} from ${floor}`).toEqual(
              sentenceAroundByScan(text, pos, floor),
            );
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('a terminator ends a sentence as read on characters as strings (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES.slice(0, -2)), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        for (let i = 0; i < text.length; i++)
          if (/[.!?]/.test(text[i]!))
            expect(sentenceEndAt(text, i), `${JSON.stringify(text)} at ${i}`).toBe(sentenceEndAtByString(text, i));
      }),
      { numRuns: 3000 },
    );
  });

  test('every offset of a long text with every floor sentence ends give, as scanning gives', () => {
    const unit = 'Mr. Kim said 1.5 thousand went. "About 300 died." The U.S. said so!\nHeadline 12\n\n2. List item. ';
    const text = `${unit.repeat(30)}${'x'.repeat(2000)}. ${unit.repeat(5)}`;
    forgetSentences();
    for (let pos = 0; pos < text.length; pos += 7) {
      const floor = pos % 3 === 0 ? Math.max(0, pos - 40) : 0;
      expect(sentenceAround(text, pos, floor), `at ${pos}`).toEqual(sentenceAroundByScan(text, pos, floor));
    }
  });
});

describe('isAbbreviationBefore', () => {
  // Letters and dots of abbreviations and of other words, in several cases, with marks, blanks and letters outside ASCII.
  const PIECES = [
    'Mr',
    'mrs',
    'U.S',
    'u.k',
    'e.g',
    'Sept',
    'APPROX',
    'approx',
    'c',
    'N',
    'n',
    'etc',
    'Gen',
    'gens',
    'Troops',
    'said',
    'J',
    'İ',
    'K',
    'é',
    'Ünder',
    'ſt',
    'x',
    '.',
    '..',
    ' ',
    ',',
    '"',
    '1',
    '\n',
  ];
  test('reads what wordBefore gives: whether it is an abbreviation, its length and its dot (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), (pieces) => {
        const text = `${pieces.join('')}.`;
        for (let i = 0; i <= text.length; i++) {
          const w = wordBefore(text, i);
          expect(isAbbreviationBefore(text, i), `${JSON.stringify(text)} at ${i}`).toBe(ABBREVIATION_WORDS.has(w));
          expect(wordBeforeRead()).toEqual([w.length, w.includes('.')]);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
