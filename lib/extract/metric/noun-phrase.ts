// Metric stage, first reading: the noun phrase after a figure ("300 North
// Korean soldiers", "1,100 casualties among North Korean troops", "an
// 11,000-strong force", "4,000 of those"), and North Korea named around it.

import type { Metric } from '../../types';
import {
  CIVIL_WORKERS,
  MAKE_UP_VERBS,
  METRIC_WORDS,
  MILITARY_UNITS,
  NP_FUNCTION_MODIFIERS,
  NP_MODIFIERS,
  PEOPLE_NOUNS,
  TROOP_NOUNS,
  WEAK_NOUNS,
} from '../lexicon';
import { QUOTES } from '../grammar';
import { COMPOUND_MODIFIER, isCompoundModifier } from '../numbers/not-a-count';
import { type DisabledRules, type RuleInfo, ruleOn } from '../rule';
import type { Token } from '../tokens';
import { natAt } from '../topic/nationality';
import { combine } from './verbs';

/** What the figure counts by its noun: troops, a weak noun ("people", "more", "of them"), a metric noun, or nothing. */
export type Head = 'troop' | 'weak' | 'metric' | 'none';

export interface NounPhrase {
  /** The token after the noun phrase. */
  end: number;
  natNK: boolean;
  natOther: boolean;
  /** A status word before a troop noun ("two captured soldiers"). */
  adj: Metric | null;
  head: Head;
  /** The metric the head names ("casualties", "-strong", "prisoners of war"). */
  headMetric: Metric | null;
  /** "of those troops": the troops named before. */
  partOfWord: boolean;
}

export const STRONG_FORCE: RuleInfo = {
  id: 'noun.strong-force',
  stage: 'metric',
  summary: '"an 11,000-strong force", "an 11,000-man contingent": the size of a deployment',
  cases: [{ text: 'Kyiv said an [11,000]-strong North Korean force fought in Kursk.', want: { metric: 'deployed', low: 11000 } }],
};

export const MILITARY_WORKERS: RuleInfo = {
  id: 'noun.military-workers',
  stage: 'metric',
  summary: '"military construction workers" are troops; workers alone are not',
  cases: [
    { text: 'North Korea will send [600] military construction workers to Kursk, Seoul said.', want: { metric: 'deployed', low: 600 } },
  ],
};

export const MORE_TROOPS: RuleInfo = {
  id: 'noun.more-troops',
  stage: 'metric',
  summary: '"2,000 more soldiers": "more" modifies the troop noun after it',
  cases: [{ text: 'Seoul says Pyongyang could bring [2,000] more troops.', want: { metric: 'deployed', low: 2000 } }],
};

export const NUMBER_OF: RuleInfo = {
  id: 'noun.number-of',
  stage: 'metric',
  summary: 'French word order: "put at 3,000 the number of North Korean soldiers killed"',
  cases: [{ text: 'Kyiv put at [300] the number of North Korean soldiers killed.', want: { metric: 'killed', low: 300 } }],
};

export const INFANTRY_HEAD: RuleInfo = {
  id: 'noun.infantry-head',
  stage: 'metric',
  summary: '"3,000 North Korean infantry are ...": the modifier is the head when no noun follows',
  cases: [{ text: '[300] North Korean infantry were killed near Sudzha.', want: { metric: 'killed', low: 300 } }],
};

export const FROM_NORTH_KOREA: RuleInfo = {
  id: 'noun.from-north-korea',
  stage: 'metric',
  summary: '"10,000 from North Korea", "3,000 of Kim’s troops": the troops of North Korea',
  cases: [{ text: 'Russia has [400] from North Korea fighting near Kursk, Kyiv said.', want: { low: 400 } }],
};

export const AMONG_NORTH_KOREANS: RuleInfo = {
  id: 'noun.among-north-koreans',
  stage: 'metric',
  summary: '"1,100 casualties among North Korean troops": a metric noun of North Korea’s troops',
  cases: [
    { text: 'Russia has suffered [1,100] casualties among North Korean troops, Kyiv said.', want: { metric: 'casualties', low: 1100 } },
  ],
};

export const TROOPS_FROM_NORTH_KOREA: RuleInfo = {
  id: 'noun.troops-from-north-korea',
  stage: 'metric',
  summary: '"soldiers from the DPRK", "members of the North Korean unit": troops of North Korea',
  cases: [{ text: 'Ukraine says [300] soldiers from the DPRK were killed near Sudzha.', want: { metric: 'killed', low: 300 } }],
};

export const POSSESSOR: RuleInfo = {
  id: 'noun.possessor',
  stage: 'metric',
  summary: '"Pyongyang’s 11,000 troops": the possessor before the figure owns them',
  cases: [{ text: 'Moscow welcomed Pyongyang’s [11,000] troops to Kursk.', want: { metric: 'deployed', low: 11000 } }],
};

export const UNIT_MEMBERS: RuleInfo = {
  id: 'noun.unit-members',
  stage: 'metric',
  summary:
    'a military unit\'s members: "a battalion of 3,000 North Korean citizens", "the brigade consists of 2,500 North Korean nationals" (citizens alone are not troops)',
  cases: [
    {
      text: 'Kyiv said a battalion of [about 3,000] North Korean citizens had joined the brigade.',
      want: { metric: 'deployed', low: 3000, scope: 'part' },
    },
    {
      text: 'Each brigade consists of [2,500] North Korean nationals, the ministry said.',
      want: { metric: 'deployed', low: 2500, scope: 'part' },
    },
    {
      text: 'North Korea deployed its elite Storm Corps, a unit of [about 10,000], to Kursk.',
      want: { metric: 'deployed', low: 10000, scope: 'part' },
    },
    { text: 'The workforce is made up of [4,000] North Korean citizens, Seoul said.', want: null },
    {
      text: 'Kyiv said each battalion was attached to a Russian brigade. It is made up of [2,000] North Korean nationals.',
      want: { metric: 'deployed', low: 2000, scope: 'part' },
    },
    { text: 'Kyiv said the factory had opened. It is made up of [2,000] North Korean nationals.', want: null },
  ],
};

export const COORDINATED_MODIFIERS: RuleInfo = {
  id: 'noun.coordinated-modifiers',
  stage: 'metric',
  summary: '"6,000 engineering and construction personnel": modifiers joined by "and" before the troop noun',
  cases: [
    {
      text: 'Pyongyang agreed to send [6,000] North Korean engineering and military construction personnel to Kursk, Seoul said.',
      want: { metric: 'deployed', low: 6000 },
    },
    {
      text: 'North Korea sent [1,000] sappers and 5,000 construction troops to Kursk, Seoul said.',
      want: { metric: 'deployed', low: 1000 },
    },
  ],
};

export const LIVES_LOST: RuleInfo = {
  id: 'noun.lives-lost',
  stage: 'metric',
  summary: '"the loss of nine lives", "claimed 300 lives", "40 lives were lost": lives lost count the dead',
  cases: [
    { text: 'State media mourned the loss of [nine] lives among the North Korean sappers.', want: { metric: 'killed', low: 9 } },
    { text: 'The fighting in Kursk has claimed [about 300] North Korean lives, Seoul said.', want: { metric: 'killed', low: 300 } },
    { text: 'Kyiv said [40] North Korean lives were lost near Sudzha.', want: { metric: 'killed', low: 40 } },
    { text: 'North Korean medics saved [40] lives near Sudzha, Pyongyang said.', want: null },
  ],
};

/** The noun phrase's patterns, in the order they are read. */
export const NOUN_PHRASE_RULES: readonly RuleInfo[] = [
  STRONG_FORCE,
  MILITARY_WORKERS,
  MORE_TROOPS,
  NUMBER_OF,
  INFANTRY_HEAD,
  FROM_NORTH_KOREA,
  AMONG_NORTH_KOREANS,
  TROOPS_FROM_NORTH_KOREA,
  POSSESSOR,
  UNIT_MEMBERS,
  COORDINATED_MODIFIERS,
  LIVES_LOST,
];

/** The one noun phrase being read (extraction is synchronous). */
const NP: NounPhrase = { end: 0, natNK: false, natOther: false, adj: null, head: 'none', headMetric: null, partOfWord: false };

const UNIT_NOUNS = new Set([
  'unit',
  'units',
  'contingent',
  'force',
  'forces',
  'army',
  'battalion',
  'brigade',
  'corps',
  'team',
  'detachment',
  'military',
  'regiment',
  'division',
  'group',
]);

/**
 * Reads the noun phrase after the figure at token `k` into one object reused
 * for every figure (no allocation per figure): its head, the metric a head or
 * adjective names, whether it names North Korea or another country, and where
 * it ends. Null when the figure is a compound modifier ("12-year-old") and
 * the rule COMPOUND_MODIFIER is on.
 */
export function readNounPhrase(T: readonly Token[], k: number, disabled: DisabledRules): NounPhrase | null {
  let j = k + 1;
  let natNK = false;
  let natOther = false;
  let adj: Metric | null = null;
  let head: Head = 'none';
  let headMetric: Metric | null = null;
  let fromNK = false;
  let partOfWord = false;
  let steps = 0;
  while (j < T.length && steps++ < 8) {
    const t = T[j]!;
    const w = t.w;
    if (QUOTES.has(w)) {
      j++;
      continue;
    }
    const nat = natAt(T, j);
    if (nat) {
      if (nat.kind === 'nk') natNK = true;
      else natOther = true;
      j += nat.len;
      if (nat.troop) {
        head = 'troop';
        break;
      }
      continue;
    }
    if (
      w === '-' &&
      (T[j + 1]?.w === 'strong' ||
        T[j + 1]?.w === 'man' ||
        T[j + 1]?.w === 'member' ||
        T[j + 1]?.w === 'troop' ||
        T[j + 1]?.w === 'soldier') &&
      ruleOn(disabled, STRONG_FORCE.id)
    ) {
      // "an 11,000-strong force", "an 11,000-man contingent" give the size of the deployment.
      head = 'metric';
      headMetric = 'deployed';
      j += 2;
      break;
    }
    // A compound modifier ("12-year-old", "10-minute", "two-thirds") is not a count.
    if (isCompoundModifier(T, j, k) && ruleOn(disabled, COMPOUND_MODIFIER.id)) return null;
    const mw = METRIC_WORDS[w];
    if (mw && mw !== 'deployed') {
      // An adjective before a troop noun ("two captured North Koreans"), else the head itself.
      let n = j + 1;
      const nn = natAt(T, n);
      if (nn) n += nn.len;
      if (nn?.troop || TROOP_NOUNS.has(T[n]?.w ?? '')) {
        adj ??= mw;
        j++;
        continue;
      }
      head = 'metric';
      const [cm, last] = combine(T, j, mw);
      headMetric = cm;
      j = last + 1;
      break;
    }
    // "5,000 military construction workers" are troops; workers alone are not.
    // "5,000 military construction workers" are troops; workers, labourers alone are civilians.
    if (
      TROOP_NOUNS.has(w) ||
      (CIVIL_WORKERS.has(w) && (T[j - 1]?.w === 'military' || T[j - 2]?.w === 'military') && ruleOn(disabled, MILITARY_WORKERS.id))
    ) {
      head = 'troop';
      j++;
      break;
    }
    // "2,000 more soldiers": a modifier; "2,700 more": the head.
    if (
      WEAK_NOUNS.has(w) &&
      (w === 'more' || w === 'other' || w === 'additional') &&
      (TROOP_NOUNS.has(T[j + 1]?.w ?? '') || natAt(T, j + 1)) &&
      ruleOn(disabled, MORE_TROOPS.id)
    ) {
      j++;
      continue;
    }
    // "4,000 of those": the troops named before.
    if (WEAK_NOUNS.has(w) || ((w === 'those' || w === 'these') && T[j - 1]?.w === 'of')) {
      head = 'weak';
      j++;
      // "3,000 of those troops", "8,000 of these North Korean forces": the troops named before.
      if (w === 'those' || w === 'these') {
        const nat = natAt(T, j);
        const noun = nat?.kind === 'nk' ? j + nat.len : j;
        if (TROOP_NOUNS.has(T[noun]?.w ?? '')) {
          partOfWord = true;
          natNK ||= noun > j;
          j = noun + 1;
        }
      }
      break;
    }
    // French word order: "estimates at 3,000 the number of North Korean soldiers killed".
    if (
      w === 'the' &&
      (T[j + 1]?.w === 'number' || T[j + 1]?.w === 'toll' || T[j + 1]?.w === 'total') &&
      T[j + 2]?.w === 'of' &&
      ruleOn(disabled, NUMBER_OF.id)
    ) {
      j += 3;
      continue;
    }
    // "3,000 North Korean infantry are ...": the modifier is the head when no noun follows.
    if (
      w === 'infantry' &&
      !TROOP_NOUNS.has(T[j + 1]?.w ?? '') &&
      !NP_MODIFIERS.has(T[j + 1]?.w ?? '') &&
      ruleOn(disabled, INFANTRY_HEAD.id)
    ) {
      head = 'troop';
      j++;
      break;
    }
    if (NP_MODIFIERS.has(w) && w !== 'of') {
      j++;
      continue;
    }
    // "engineering and military construction personnel": "and" between two modifiers of the one noun.
    if (w === 'and' && isCoordinatedModifier(T, j) && ruleOn(disabled, COORDINATED_MODIFIERS.id)) {
      j++;
      continue;
    }
    // "the loss of nine lives", "40 lives were lost": the dead.
    if ((w === 'lives' || w === 'life') && livesLost(T, k, j) && ruleOn(disabled, LIVES_LOST.id)) {
      head = 'metric';
      headMetric = 'killed';
      j++;
      break;
    }
    if (
      w === 'of' &&
      (T[j + 1]?.w === 'the' ||
        T[j + 1]?.w === 'them' ||
        T[j + 1]?.w === 'whom' ||
        T[j + 1]?.w === 'its' ||
        T[j + 1]?.w === 'their' ||
        T[j + 1]?.w === 'those' ||
        T[j + 1]?.w === 'these')
    ) {
      j++;
      continue;
    }
    if ((w === 'from' || w === 'of') && ruleOn(disabled, FROM_NORTH_KOREA.id)) {
      // "3,000 of Kim's troops", "10,000 from North Korea".
      const nn = natAt(T, j + 1);
      if (nn?.kind === 'nk') {
        natNK = true;
        fromNK = true;
        j += 1 + nn.len;
        continue;
      }
    }
    break;
  }
  if (head === 'none' && fromNK) head = 'troop';
  // "a battalion of 3,000 North Korean citizens": a military unit's members are soldiers.
  if (head === 'none' && natNK && PEOPLE_NOUNS.has(T[j]?.w ?? '') && unitOf(T, k) && ruleOn(disabled, UNIT_MEMBERS.id)) {
    head = 'troop';
    j++;
  }
  // "the Storm Corps, a unit of about 10,000, ...": a unit's size with no noun after it counts its soldiers.
  else if (head === 'none' && j === k + 1 && unitOf(T, k) && endsUnitSize(T[j]) && ruleOn(disabled, UNIT_MEMBERS.id)) head = 'troop';
  // "1,100 casualties among North Korean troops", "losses of North Korean units".
  if (head === 'metric' && (T[j]?.w === 'among' || T[j]?.w === 'of') && ruleOn(disabled, AMONG_NORTH_KOREANS.id)) {
    const the = T[j + 1]?.w === 'the' ? 1 : 0;
    if (natAt(T, j + 1 + the)?.kind === 'nk') natNK = true;
  }
  NP.end = j;
  NP.natNK = natNK;
  NP.natOther = natOther;
  NP.adj = adj;
  NP.head = head;
  NP.headMetric = headMetric;
  NP.partOfWord = partOfWord;
  return NP;
}

/** The figure at `k` gives a military unit's size: "a battalion of", "the brigade consists of", "made up of". */
function unitOf(T: readonly Token[], k: number): boolean {
  if (T[k - 1]?.w !== 'of') return false;
  const v = T[k - 2]?.w ?? '';
  if (MILITARY_UNITS.has(v)) return true;
  if (!MAKE_UP_VERBS.has(v) || (v === 'up' && T[k - 3]?.w !== 'made')) return false;
  for (let b = k - 3; b >= 0 && b > k - 12; b--) if (MILITARY_UNITS.has(T[b]!.w)) return true;
  return false;
}

/** What may follow a unit's size given bare ("a unit of 10,000, ...", "a brigade of 2,000 to Kursk"): no noun of its own. */
const endsUnitSize = (t: Token | undefined): boolean => t === undefined || !/^[a-z]/.test(t.w) || AFTER_UNIT_SIZE.has(t.w);
const AFTER_UNIT_SIZE = new Set(['to', 'in', 'at', 'near', 'and', 'is', 'was', 'were', 'has', 'had', 'that', 'which']);

const IT_AUX = new Set(['should', 'would', 'will', 'could', 'may', 'is', 'was', 'to', 'be', 'reportedly', 'said']);

/**
 * "It should consist of 3,000 North Korean citizens": the subject "it" of a
 * make-up verb before the figure at `k`, and a people noun of North Korea
 * after it, which a unit named in the sentence before makes its members.
 */
export function makeUpByIt(T: readonly Token[], k: number, np: NounPhrase): boolean {
  if (np.head !== 'none' || !np.natNK || !PEOPLE_NOUNS.has(T[np.end]?.w ?? '') || T[k - 1]?.w !== 'of') return false;
  let v = k - 2;
  if (T[v]?.w === 'up' && T[v - 1]?.w === 'made') v--;
  else if (!MAKE_UP_VERBS.has(T[v]?.w ?? '')) return false;
  let b = v - 1;
  while (b > 0 && IT_AUX.has(T[b]!.w)) b--;
  return b === 0 && T[0]!.w === 'it';
}

/** A military unit among the words of `text` (the sentence before a figure's). */
export function namesUnit(text: string): boolean {
  for (const word of text.toLowerCase().split(/[^a-z]+/)) if (MILITARY_UNITS.has(word)) return true;
  return false;
}

/**
 * North Korea named around the noun phrase: after it ("soldiers from the
 * DPRK", "members of the North Korean unit") or as the possessor before the
 * figure ("Pyongyang's 11,000 troops"). Updates `np` in place.
 */
export function readNationalityAround(T: readonly Token[], k: number, np: NounPhrase, disabled: DisabledRules): void {
  const head = np.head;
  let j = np.end;
  let natNK = np.natNK;
  let natOther = np.natOther;
  // "soldiers from (the) North Korea / DPRK"
  if (head === 'troop' && (T[j]?.w === 'from' || T[j]?.w === 'of') && ruleOn(disabled, TROOPS_FROM_NORTH_KOREA.id)) {
    const the = T[j + 1]?.w === 'the' ? 1 : 0;
    const nn = natAt(T, j + 1 + the);
    if (nn?.kind === 'nk') {
      natNK = true;
      j += 1 + the + nn.len;
      // "members of the North Korean unit".
      if (UNIT_NOUNS.has(T[j]?.w ?? '')) j++;
    } else if (T[j]?.w === 'of' && UNIT_NOUNS.has(T[j + 1 + the]?.w ?? '')) {
      // "nine members of the unit had been killed".
      j += 2 + the;
    }
  }
  // Possessor before the figure: "Pyongyang's 11,000 troops".
  const prevTok = T[k - 1];
  if (prevTok && ruleOn(disabled, POSSESSOR.id)) {
    const pw = prevTok.w;
    if (pw.endsWith("'s") || pw === "'") {
      const pn = natAt(T, k - 1) ?? natAt(T, k - 2);
      if (pn?.kind === 'nk') natNK = true;
      else if (pn?.kind === 'other' && !natNK) natOther = true;
    }
  }
  np.end = j;
  np.natNK = natNK;
  np.natOther = natOther;
}

/** The "and" at `j` joins two modifiers of the troop noun after them ("engineering and construction personnel"). */
function isCoordinatedModifier(T: readonly Token[], j: number): boolean {
  const before = T[j - 1]?.w ?? '';
  const after = T[j + 1]?.w ?? '';
  return NP_MODIFIERS.has(before) && !NP_FUNCTION_MODIFIERS.has(before) && NP_MODIFIERS.has(after) && !NP_FUNCTION_MODIFIERS.has(after);
}

/** Words of loss before a count of lives: "the loss of nine lives", "claimed 300 lives", "cost 40 lives". */
const LIFE_TAKERS = new Set(['loss', 'lost', 'claimed', 'claiming', 'cost', 'costing', 'sacrificed', 'sacrifice', 'sacrifices', 'took']);

/** "lives" at `j`, counted by the figure at `k`, are lives lost: a word of loss before the figure, or "lost" after the noun. */
function livesLost(T: readonly Token[], k: number, j: number): boolean {
  for (let b = k - 1; b >= 0 && b >= k - 3; b--) if (LIFE_TAKERS.has(T[b]!.w)) return true;
  let a = j + 1;
  while (a < T.length && (T[a]!.w === 'were' || T[a]!.w === 'was' || T[a]!.w === 'have' || T[a]!.w === 'had' || T[a]!.w === 'been')) a++;
  return T[a]?.w === 'lost';
}
