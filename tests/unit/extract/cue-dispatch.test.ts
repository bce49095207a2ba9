import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findCues, rulesOpening } from '../../../lib/extract/attribution/cues';
import { CUE_RULES } from '../../../lib/extract/attribution/cue-rules';
import { scanFigures } from '../../../lib/extract/figures';
import { CUE_MARKS, CUE_WORDS } from '../../../lib/extract/lexicon/cue-openers';
import { DOCUMENT_NOUNS } from '../../../lib/extract/lexicon/speech';
import { CUE_MARK, tokenize } from '../../../lib/extract/tokens';

// Every word that opens a cue (each rule's own words among them), and words the rules read around them.
const PIECES = [
  ...CUE_WORDS,
  ...CUE_MARKS,
  ...DOCUMENT_NOUNS,
  'Said',
  'SAID',
  'Seoul',
  'Seoul’s',
  "Kyiv's",
  'its',
  'the',
  'The',
  'a',
  'by',
  'from',
  'of',
  'to',
  'that',
  'is',
  'was',
  'were',
  'who',
  'which',
  'North',
  'Korean',
  'troops',
  'Pentagon',
  'NIS',
  'HUR',
  'Kirby',
  'December',
  'own',
  'latest',
  'media',
  'it',
  'he',
  'and',
  '10:42',
  '3,000',
  'about',
  '(',
  ')',
  ',',
  '.',
  '"',
  '“',
  '”',
];

/** findCues as it was: every token that may open a cue (marked by the tokenizer) asked of every rule, in order. */
function everyRuleAsked(T: ReturnType<typeof tokenize>) {
  const cues = [];
  for (let k = 0; k < T.length; k++) {
    if ((T[k]!.marks & CUE_MARK) === 0) continue;
    for (const rule of CUE_RULES) {
      const read = rule.read(T, k, undefined);
      if (read === undefined) continue;
      if (read) {
        read.rule = rule.id;
        cues.push(read);
      }
      break;
    }
  }
  return cues;
}

describe('findCues: a token is asked of the rules that may claim its word', () => {
  test('a rule never claims a token whose word it does not open, and findCues finds what asking every rule finds (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (words) => {
        const text = words.join(' ');
        const T = tokenize(text, 0, text.length, scanFigures(text), 0);
        for (let k = 0; k < T.length; k++) {
          for (const rule of CUE_RULES)
            if (!rule.opens(T[k]!.w)) expect(rule.read(T, k, undefined), `${rule.id} at ${T[k]!.w}`).toBeUndefined();
        }
        expect(findCues(T)).toEqual(everyRuleAsked(T));
      }),
      { numRuns: 3000 },
    );
  });

  test('the rules of a word keep CUE_RULES order', () => {
    for (const w of [...CUE_WORDS, ...CUE_MARKS]) {
      const rules = rulesOpening(w);
      expect(rules).toEqual(CUE_RULES.filter((r) => rules.includes(r)));
    }
    expect(rulesOpening('said').map((r) => r.id)).toContain('speech-subject');
    expect(rulesOpening(':').map((r) => r.id)).toEqual(['headline-label', 'headline-colon-source']);
  });
});
