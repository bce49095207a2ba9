// Topic stage: a correction note's account of what the story said in error
// ("An earlier version of this story said 4,500 had been killed") is no
// figure anyone gave: the outlet withdrew it.

import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';

export const CORRECTION_NOTE: RuleInfo = {
  id: 'correction-note',
  stage: 'topic',
  summary:
    'a figure in a correction note\'s account of the error ("An earlier version of this story said 4,500 ...", "we said that ... We apologise for the error") was withdrawn',
  cases: [
    {
      text: 'Seoul says 4,700 North Korean soldiers were killed or wounded.\nAn earlier version of this story said [4,500] North Korean soldiers had been killed or wounded.',
      want: null,
    },
    {
      text: 'A previous version of this article misstated the number of North Korean troops killed as [3,000].',
      want: null,
    },
    {
      text: 'An earlier version of the agency’s estimate, published in January, put North Korean deaths at [300].',
      want: { metric: 'killed', low: 300 },
    },
    {
      text: 'In our report on 3 March, we said that North Korea had sent [15,000] troops to Russia. Seoul had in fact said 11,000. We apologise for the error.',
      want: null,
    },
    {
      text: 'As we reported on Monday, North Korea has sent [15,000] troops to Russia, Seoul said.',
      want: { metric: 'deployed', low: 15000 },
    },
  ],
};

const EARLIER = new Set(['earlier', 'previous', 'original', 'prior']);
const STORY = new Set(['story', 'article', 'report', 'post', 'piece', 'headline', 'caption', 'graphic']);
const OPENERS = new Set(['(', '[', '*', 'correction', ':', 'an', 'a', 'the']);

/** The sentence of the figure at `k` opens with "An earlier version of this story". */
export function inCorrectionNote(T: readonly Token[], k: number): boolean {
  let i = 0;
  while (i < k && i < 4 && OPENERS.has(T[i]!.w)) i++;
  return (
    EARLIER.has(T[i]?.w ?? '') &&
    T[i + 1]?.w === 'version' &&
    T[i + 2]?.w === 'of' &&
    T[i + 3]?.w === 'this' &&
    STORY.has(T[i + 4]?.w ?? '') &&
    i + 4 < k
  );
}

const WE_SAID = new Set(['said', 'reported', 'wrote', 'stated', 'misreported', 'misstated']);
/** Words of a paragraph that owns an error. */
const ERROR_RE = /\b(?:in fact|incorrectly|wrongly|mistakenly|erroneously|apologi[sz]e|the error|was wrong)\b/i;

/**
 * "In our report on 3 March, we said that North Korea had sent 15,000 troops
 * ... had in fact said ... We apologise for the error": the outlet's own
 * figure, withdrawn in the paragraph that says so ("As we reported ..." stands).
 */
export function weSaidInError(T: readonly Token[], k: number, text: string, sentStart: number): boolean {
  let we = false;
  for (let i = 0; i + 1 < k && !we; i++) we = T[i]!.w === 'we' && WE_SAID.has(T[i + 1]!.w);
  if (!we) return false;
  const end = text.indexOf('\n', sentStart);
  return ERROR_RE.test(text.slice(sentStart, end < 0 ? text.length : end));
}
