// Attribution and period: what a source parenthesis that ends a sentence
// ("... were killed in the fighting (NIS).") gives the sentence's figures. A
// figure with no source of its own, or whose source the parenthesis names
// again, takes the parenthesis's source and time; one whose sentence names a
// speaker of the same side ("..., Seoul says (NIS, April).") keeps its
// speaker and takes the parenthesis's time.

import type { Attribution } from '../../types';
import { noteRule } from '../notes';
import { type DisabledRules, type RuleInfo, ruleOn } from '../rule';
import type { BareSentence, ParenRead } from './source-paren';

/**
 * What the sentence's closing source parenthesis `end` gives a figure whose
 * own sentence gave it `attribution` (null: none); null when it gives nothing.
 */
export function closingParen(end: ParenRead, attribution: Attribution | null, disabled: DisabledRules): ParenRead | null {
  if (!attribution || end.attribution.text.includes(attribution.text)) {
    noteRule('source-paren-end');
    return end;
  }
  if (end.period === null || end.attribution.side !== attribution.side || !ruleOn(disabled, SOURCE_PAREN_END_SPEAKER.id)) return null;
  noteRule(SOURCE_PAREN_END_SPEAKER.id);
  return { attribution, period: end.period };
}

/**
 * The sentence starting at `sentStart`, `sentence`, with the source
 * parentheses of `bare` blanked out (offsets kept), for reading a figure's
 * time: a parenthesis's time is its own figure's (and, at the end, its
 * sentence's, read from it), never another figure's.
 */
export function withoutSourceParens(
  sentence: string,
  sentStart: number,
  bare: BareSentence | undefined | null,
  disabled: DisabledRules,
): string {
  if (!bare || !ruleOn(disabled, SOURCE_PAREN_OWN_TIME.id)) return sentence;
  let out = sentence;
  for (const [a, b] of bare.spans) out = out.slice(0, a - sentStart) + ' '.repeat(b - a) + out.slice(b - sentStart);
  return out;
}

export const SOURCE_PAREN_OWN_TIME: RuleInfo = {
  id: 'source-paren-own-time',
  stage: 'period',
  summary:
    '"1,000 killed (HUR, February 2025) and 3,000 wounded (NIS)": the time in a source parenthesis is its own figure’s, and dates no other figure of the sentence',
  cases: [
    {
      text: 'North Korean losses: 1,000 killed (HUR, February 2025) and [3,000] wounded (NIS).',
      want: { metric: 'wounded', attribution: { side: 'kr', text: 'NIS' }, period: null },
    },
    {
      text: 'North Korean losses: [1,000] killed (HUR, February 2025) and 3,000 wounded (NIS).',
      want: { metric: 'killed', attribution: { side: 'ua', text: 'HUR' }, period: '2025-02' },
    },
    // The sentence's own time still dates it.
    {
      text: 'In January, 1,000 North Korean dead (HUR, March) and [3,000] wounded (NIS) were counted.',
      published: '2025-03-01',
      want: { metric: 'wounded', period: '2025-01' },
    },
  ],
};

export const SOURCE_PAREN_END_SPEAKER: RuleInfo = {
  id: 'source-paren-end-speaker',
  stage: 'attribution',
  summary:
    '"..., Seoul says (NIS, April).": a closing source parenthesis of the same side as the sentence’s speaker dates the figure, and the speaker stays its source',
  cases: [
    {
      text: 'About [2,000] North Korean soldiers have been wounded, Seoul says (NIS, April).',
      published: '2025-06-01',
      want: { metric: 'wounded', attribution: { side: 'kr', text: 'Seoul' }, period: '2025-04' },
    },
    {
      text: 'Zelensky said [4,000] North Korean soldiers had been killed or wounded (HUR estimate, March 2025).',
      want: { metric: 'casualties', attribution: { side: 'ua', text: 'Zelensky' }, period: '2025-03' },
    },
    // Another side's parenthesis is no time of this speaker's.
    {
      text: 'About [2,000] North Korean soldiers have been wounded, Kyiv says (NIS, April).',
      published: '2025-06-01',
      want: { metric: 'wounded', attribution: { side: 'ua', text: 'Kyiv' }, period: null },
    },
  ],
};
