// The popup's sentences are cut at word ends, never mid-word.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clipSentence } from '../../../components/popup/present';

describe('clipSentence', () => {
  test('a long sentence is cut between words on both sides of the figure', () => {
    const words = 'Officials in the capital told reporters after a closed briefing';
    const sentence = `${words} ${words} that more than 3,000 soldiers had died, ${words} ${words} ${words}.`;
    const { before, figure, after } = clipSentence(sentence, 'more than 3,000', 120);
    expect(figure).toBe('more than 3,000');
    expect(before.startsWith('…')).toBe(true);
    expect(after.endsWith('…')).toBe(true);
    // Every word shown is a whole word of the sentence.
    const all = new Set(sentence.split(/\s+/));
    for (const w of `${before.slice(1)} ${after.slice(0, -1)}`.split(/\s+/).filter(Boolean)) expect(all.has(w), w).toBe(true);
  });

  test('property: the words kept are whole words of the sentence', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 5, maxLength: 80 }), fc.array(word, { minLength: 5, maxLength: 80 }), (a, b) => {
        const sentence = `${a.join(' ')} 300 soldiers ${b.join(' ')}`;
        const { before, after } = clipSentence(sentence, '300', 80);
        const all = new Set(sentence.split(' '));
        const shown = `${before.replace(/^…/, '')} ${after.replace(/…$/, '')}`.split(/\s+/).filter(Boolean);
        return shown.every((w) => all.has(w));
      }),
    );
  });
});
