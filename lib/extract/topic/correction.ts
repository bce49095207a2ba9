// Topic stage: a correction note's account of what the story said in error
// ("An earlier version of this story said 4,500 had been killed") is no
// figure anyone gave: the outlet withdrew it.

import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';

export const CORRECTION_NOTE: RuleInfo = {
  id: 'correction-note',
  stage: 'topic',
  summary: 'a figure in a correction note\'s account of the error ("An earlier version of this story said 4,500 ...") was withdrawn',
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
