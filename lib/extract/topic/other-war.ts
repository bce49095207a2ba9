// Topic stage: a figure set in another war ("During the Vietnam War, Pyongyang
// sent about 200 pilots, and 14 of them died") counts that war, not this one.

import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';

export const OTHER_WAR: RuleInfo = {
  id: 'other-war',
  stage: 'topic',
  summary: 'a figure in a clause set in another war ("During the Vietnam War, ... 14 of them died") counts that war',
  cases: [
    { text: 'During the Vietnam War, North Korea sent about 200 pilots to Hanoi, and [14] of them died there.', want: null },
    { text: 'In the 1973 Arab-Israeli war, [20] North Korean pilots flew for Egypt and three were killed.', want: null },
    {
      text: 'North Korea has lost one soldier in three. In a decade of war in Afghanistan, Soviet forces lost [about 15,000] men in all.',
      want: null,
    },
    {
      text: 'North Korea sent [some 11,000] troops to Russia, its largest deployment since the Korean War, Seoul said.',
      want: { metric: 'deployed', low: 11000 },
    },
  ],
};

/** "during the Vietnam War", "in the 1973 Arab-Israeli war", "in World War II", "in a decade of war in Afghanistan": a clause set in another war. */
const IN_OTHER_WAR =
  /\b(?:[Dd]uring|[Ii]n)\s+(?:the\s+(?:\d{4}\s+)?(?:Vietnam|Korean|Gulf|Iraq|Afghan|Arab[- ]Israeli|Yom Kippur|Six[- ]Day|Soviet[- ]Afghan|Iran[- ]Iraq|Angolan|Syrian(?: [Cc]ivil)?)\s+[Ww]ar|(?:the\s+)?(?:First|Second)\s+World\s+War|World\s+War\s+(?:I|II|One|Two|1|2))\b|\b[Ww]ar\s+in\s+(?:Afghanistan|Vietnam|Iraq|Syria|Chechnya|Angola)\b/;

/** Where a clause ends: another war named before it sets nothing after it. */
const CLAUSE_BREAK = /[;:]|\b(?:[Tt]oday|[Nn]ow|[Tt]his time)\b/;

/** The sentence before the figure at token `k` sets it in another war (read only when a token before it is "war"). */
export function inOtherWar(T: readonly Token[], k: number, text: string, sentStart: number): boolean {
  let war = -1;
  for (let j = k - 1; j >= 0 && war < 0; j--) if (T[j]!.w === 'war') war = j;
  if (war < 0) return false;
  const beforeFigure = text.slice(sentStart, T[k]!.start);
  const m = IN_OTHER_WAR.exec(beforeFigure);
  return m !== null && !CLAUSE_BREAK.test(beforeFigure.slice(m.index + m[0].length));
}
