// Topic stage: a casualty verb whose victims are not North Korea's troops:
// another side's losses, or North Koreans as the ones who kill.

import { COPULA_AUX, PREPS, VERB_SKIP } from '../grammar';
import type { RuleInfo } from '../rule';
import { isWord, type Token } from '../tokens';
import { natAt } from './nationality';
import { isAgent, isSpeaker } from './roles';

export const LOSSES_OF_OTHER_SIDE: RuleInfo = {
  id: 'losses-of-other-side',
  stage: 'topic',
  summary: 'the subject of a loss verb before the figure is another side ("the enemy lost 76,000")',
  cases: [
    { text: 'Since North Korean troops arrived, the enemy has lost [5,000] in Kursk, Moscow claimed.', want: null },
    { text: 'North Korean troops fought on, and Russia, which has lost [1,000] this week, sent more.', want: null },
  ],
};

export const NORTH_KOREANS_KILL: RuleInfo = {
  id: 'north-koreans-kill',
  stage: 'topic',
  summary: 'North Korea\'s troops as the subject of a casualty verb are the agents, not the victims ("North Korean troops killed 300")',
  cases: [
    { text: 'North Korean troops killed [300] Ukrainian soldiers near Sudzha, Moscow claimed.', want: null },
    { text: 'North Korean gunners have wounded [40] in a week, state media said.', want: null },
    { text: 'North Korean troops stormed the village at dawn, killing [40], Moscow claimed.', want: null },
    { text: 'A Ukrainian drone unit said it had destroyed two North Korean positions, killing [17].', want: { metric: 'killed', low: 17 } },
    { text: 'Ukrainian forces killed [300] North Korean soldiers near Sudzha, Kyiv said.', want: { metric: 'killed', low: 300 } },
    {
      text: "Seoul's spy agency estimated the number of North Korean troops killed at [around 300].",
      want: { metric: 'killed', low: 300 },
    },
    {
      text: 'The number of North Korean soldiers killed and wounded has [passed 3,000], Zelensky said.',
      want: { metric: 'casualties', low: 3000 },
    },
  ],
};

export const INFLICTED_ON_OTHERS: RuleInfo = {
  id: 'inflicted-on-others',
  stage: 'topic',
  summary: 'casualties "inflicted" or "caused" are the other side\'s unless North Koreans are named after them',
  cases: [
    { text: 'North Korean troops have inflicted [1,000] casualties near Kursk, Moscow claimed.', want: null },
    { text: 'Drones inflicted [1,000] casualties on North Korean troops in Kursk, Kyiv said.', want: { metric: 'casualties' } },
  ],
};

export const AGENT_RULES: readonly RuleInfo[] = [LOSSES_OF_OTHER_SIDE, NORTH_KOREANS_KILL, INFLICTED_ON_OTHERS];

/** Nouns that count what follows their "of" ("the number of North Korean troops killed"). */
const COUNT_NOUNS = new Set(['number', 'count', 'tally', 'toll', 'total', 'estimate', 'estimates', 'figure', 'figures']);

const ENEMY = new Set(['enemy', "enemy's", 'opponent', 'adversary', 'ukrainians', 'russians', 'kyiv', 'moscow', 'afu', 'vsu', 'zsu']);

export const INFLICT = new Set(['inflicted', 'inflicting', 'inflict', 'inflicts', 'caused', 'causing', 'cause', 'causes', 'dealt']);

/** North Korea's troops are the subject of the verb at `p` ("North Korean troops (have) killed", ", killing"). */
export function nkAgentBefore(T: readonly Token[], p: number): boolean {
  for (let j = 0; j < p; j++) {
    const nat = natAt(T, j);
    if (!nat) continue;
    if (PREPS.has(T[j - 1]?.w ?? '') || isSpeaker(T, j + nat.len) || T[j - 1]?.w === 'according') {
      j += nat.len - 1;
      continue;
    }
    if (nat.kind !== 'nk') return false;
    // "the number of North Korean soldiers killed and wounded has passed 3,000": what is counted, not who kills.
    if (T[j - 1]?.w === 'of' && COUNT_NOUNS.has(T[j - 2]?.w ?? '')) return false;
    // The subject's own verb, or a participle of the same clause after a comma when they open the clause
    // ("North Korean troops stormed the village, killing 40"; not "it destroyed two North Korean positions, killing 17").
    return isAgent(T, j + nat.len) || (T[p - 1]?.w === ',' && /ing$/.test(T[p]!.w) && opensClause(T, j));
  }
  return false;
}

/** Words that may stand before a clause's subject ("The", a quote). */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', '"', '“', "'", '‘']);

/** The noun phrase at `j` opens its sentence or clause: only articles, quotes or a conjunction before it. */
function opensClause(T: readonly Token[], j: number): boolean {
  for (let b = j - 1; b >= 0; b--) {
    const w = T[b]!.w;
    if (w === ',' || w === ';' || w === 'and' || w === 'but') return true;
    if (!SUBJECT_OPENERS.has(w)) return false;
  }
  return true;
}

/** The subject of a loss verb at `p` is another side: "the enemy lost", "Russia, which has been losing". */
export function lossOfOther(T: readonly Token[], p: number): boolean {
  let b = p - 1;
  while (b >= 0 && (VERB_SKIP.has(T[b]!.w) || COPULA_AUX.has(T[b]!.w)) && T[b]!.w !== 'the') b--;
  if (T[b]?.w === 'which' || T[b]?.w === 'who') {
    b--;
    if (T[b]?.w === ',') b--;
  }
  for (let q = b; q >= 0 && q > b - 4; q--) {
    const w = T[q]!.w;
    if (ENEMY.has(w)) return true;
    const nat = natAt(T, q) ?? (q > 0 && natAt(T, q - 1)?.len === 2 ? natAt(T, q - 1) : null);
    if (nat) return nat.kind === 'other' && !PREPS.has(T[q - 1]?.w ?? '');
    if (!isWord(T[q])) return false;
  }
  return false;
}
