// Topic stage: North Koreans sent to work (labourers, students, restaurant
// staff) are civilians, not troops; "military construction workers" are troops.

import { CONTRAST } from '../grammar';
import { CIVIL_CUES } from '../lexicon/civilians';
import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';

export const CIVILIANS: RuleInfo = {
  id: 'civilians',
  stage: 'topic',
  summary: 'people sent to work (factories, building sites, jobs) are civilians, not a troop deployment',
  cases: [
    { text: 'North Korea has sent [15,000] North Koreans to work at Russian factories, Seoul said.', want: null },
    { text: 'North Korea has sent [15,000] North Korean soldiers to Russia, Seoul said.', want: { metric: 'deployed' } },
    { text: 'North Korea will send [6,000] military construction workers to Kursk, Seoul said.', want: { metric: 'deployed' } },
  ],
};

/** A civilian cue in the words after the noun phrase (from `j`), up to the clause's end. */
export function civiliansAfter(T: readonly Token[], j: number): boolean {
  for (let q = j; q < T.length && q < j + 12; q++) {
    const w = T[q]!.w;
    if (w === '.' || w === ',' || CONTRAST.has(w) || w === '#fig') return false;
    if (CIVIL_CUES.has(w)) return true;
  }
  return false;
}
