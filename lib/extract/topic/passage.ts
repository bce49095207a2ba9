// Topic stage: a figure in a sentence that does not name North Korea itself.
// Its neighbours, or the article's opening, may name it; the figure must then
// refer back to troops already named (an antecedent) or stand as the subject
// of a troop verb. The predicates read the whole text and live with the
// extraction loop (../extract-claims.ts); the rules are named here.

import type { RuleInfo } from '../rule';

export const NOT_NAMED_NEARBY: RuleInfo = {
  id: 'north-korea-not-named-nearby',
  stage: 'topic',
  summary:
    'a figure whose sentence and neighbours do not name North Korea, in an article not about its troops, is read only as a fact box line',
  cases: [
    {
      text: 'Live: the war, day 900\nMarkets rose. About [3,000] were sent to the front. Rain fell. Prices fell. Talks stalled. Trains ran late. North Korea held a parade.',
      want: null,
    },
    { text: 'Key facts\nNorth Korean troops in Russia\nDeployed: about [11,000] (NIS, November 2024)', want: { metric: 'deployed' } },
  ],
};

export const PEOPLE_NOT_NORTH_KOREAN: RuleInfo = {
  id: 'people-not-north-korean',
  stage: 'topic',
  summary: '"people", "others" must be North Korean in their own sentence, or follow one that is ("2,700 more")',
  cases: [
    { text: 'North Korea sent troops to Kursk. Shelling there has killed [40] people this year.', want: null },
    { text: 'North Korea sent 11,000 troops to Kursk, and [2,700] more were sent in January.', want: { metric: 'deployed', low: 2700 } },
  ],
};

export const NO_ANTECEDENT: RuleInfo = {
  id: 'no-antecedent',
  stage: 'topic',
  summary:
    'a bare figure in a sentence that does not name North Korea needs an antecedent: the sentence just before, a figure, "them", a definite noun',
  cases: [
    { text: 'North Korea sent troops to Kursk. The fighting was fierce. Officials say [3,000] were killed.', want: null },
    { text: 'North Korea sent troops to Kursk. Officials say [3,000] were killed.', want: { metric: 'killed', low: 3000 } },
  ],
};

export const PASSAGE_ONLY: RuleInfo = {
  id: 'passage-only',
  stage: 'topic',
  summary:
    'where only the article\'s opening names North Korea, a figure counts its troops only as the bare subject of "sent" or as soldiers no one else is named before',
  cases: [
    {
      text: "North Korean troops in Kursk\n\nThe war goes on. Markets rose. Prices fell. Talks stalled. Seoul's spy agency says [300] soldiers have died.",
      want: null,
    },
    {
      text: 'North Korean troops in Kursk\n\nThe war goes on. Markets rose. Prices fell. Talks stalled. Since then [300] soldiers have died.',
      want: { metric: 'killed' },
    },
  ],
};

export const PASSAGE_RULES: readonly RuleInfo[] = [NOT_NAMED_NEARBY, PEOPLE_NOT_NORTH_KOREAN, NO_ANTECEDENT, PASSAGE_ONLY];
