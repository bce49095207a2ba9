// Topic stage: whose troops a figure counts. The nearest nationality before
// the figure that is no place, source, speaker, agent or owner of a thing owns
// it; another country named in the noun phrase or the sentence takes it away.

import { BE_AUX, PREPS } from '../grammar';
import { TROOP_NOUNS } from '../lexicon';
import { THEATRE_PLACES } from '../lexicon/troops';
import type { RuleInfo } from '../rule';
import { isWord, type Token } from '../tokens';
import { type Nat, natAt, nonBelligerent } from './nationality';
import { inSourcePhrase, invertedSpeaker, isAgent, isSpeaker, speakerAfterQuote } from './roles';

export const OTHER_NATIONALITY: RuleInfo = {
  id: 'other-nationality',
  stage: 'topic',
  summary: "a figure whose noun phrase names another country and not North Korea counts that country's people",
  cases: [
    { text: 'North Korea sent troops to Kursk, where [300] Ukrainian soldiers were captured.', want: null },
    { text: 'North Korea has lost troops in Kursk; [1,000] Russian soldiers died there too.', want: null },
    { text: 'North Korea has sent [11,000] North Korean soldiers to Kursk.', want: { metric: 'deployed', low: 11000 } },
  ],
};

export const OWNED_BY_OTHER_SIDE: RuleInfo = {
  id: 'owned-by-other-side',
  stage: 'topic',
  summary: 'the nearest nationality before the figure that owns it is another country\'s ("Ukraine has lost 300 troops")',
  cases: [
    { text: 'North Korea sent troops to Kursk, while Ukraine lost [300] soldiers near Pokrovsk.', want: null },
    { text: "Alongside North Korea's troops, Russia deployed [50,000] soldiers to Kursk.", want: null },
    { text: 'Ukraine said North Korea had lost [300] soldiers in Kursk.', want: { metric: 'casualties', low: 300 } },
    { text: 'North Korea has provided Russia with [about 12,000] soldiers, Seoul said.', want: { metric: 'deployed', low: 12000 } },
    // A relative clause between a speaker and its verb leaves it the speaker (one with a figure of its own too).
    {
      text: 'Kyiv, which once claimed 1,000 North Korean deaths, now says [about 3,000] have died.',
      want: { metric: 'killed', low: 3000 },
    },
    {
      text: "Seoul says 1,000 North Korean soldiers were killed. South Korea's defence ministry, which has its own count, puts the figure lower, at [around 600].",
      want: { metric: 'killed', low: 600 },
    },
    // A second speaker with its verb left out.
    { text: 'Seoul puts the number of North Korean dead at 300; Kyiv, at [1,000].', want: { metric: 'killed', low: 1000 } },
    {
      text: 'North Korean troops killed in a single Ukrainian drone strike numbered [about 20], the unit said.',
      want: { metric: 'killed', low: 20 },
    },
  ],
};

export const NATIONALITY_PREDICATE: RuleInfo = {
  id: 'nationality-predicate',
  stage: 'topic',
  summary:
    'a figure whose predicate is North Korean ("about 11,000 are North Korean", "were from North Korea") counts North Koreans, whoever owns the force around it',
  cases: [
    {
      text: 'Of the roughly 60,000 Russian troops in Kursk, [about 11,000] are North Korean, the Pentagon said.',
      want: { metric: 'deployed', low: 11000 },
    },
    {
      text: 'Of the roughly 60,000 Russian troops in Kursk, [about 11,000] are conscripts, the Pentagon said.',
      want: null,
    },
  ],
};

/** The noun phrase ending at `j` is said to be North Korean: "are North Korean", "were North Koreans", "are from North Korea". */
export function nkByPredicate(T: readonly Token[], j: number): boolean {
  if (!BE_AUX.has(T[j]?.w ?? '')) return false;
  const at = T[j + 1]?.w === 'from' ? j + 2 : j + 1;
  return natAt(T, at)?.kind === 'nk';
}

export const FOREIGN_IN_SENTENCE: RuleInfo = {
  id: 'foreign-in-sentence',
  stage: 'topic',
  summary:
    'when only the passage names North Korea, another country named in the sentence (no place, no source, no agent of a loss: "captured by Ukrainian forces") may own a bare figure',
  cases: [
    // The agent of a loss owns none of those lost.
    {
      text: 'North Korean troops fought in Kursk through the winter. [Two] soldiers were captured by Ukrainian forces in January, Zelensky said.',
      want: { metric: 'captured', low: 2 },
    },
    {
      text: 'North Korean troops fought in Kursk through the winter. [Two] soldiers were sent by Ukraine to guard the border.',
      want: null,
    },
    // A country named past a clause set against the figure's owns none of its soldiers.
    {
      text: 'Seoul says 600 North Korean soldiers have died. Kyiv puts the figure of casualties at [more than 6,000], while the Kremlin has given no figures.',
      want: { metric: 'casualties', low: 6000 },
    },
    // A definite figure is the one the sentence before named: its speaker is no owner.
    {
      text: 'North Korea is preparing more troops for Russia. The first group of [2,600] soldiers will go to the front next month, Ukrainian intelligence said.',
      want: { metric: 'deployed', low: 2600 },
    },
    {
      text: 'Zelensky said 12,000 North Korean troops had been sent. Half of the [roughly 4,000] casualties were killed, Kyiv said.',
      want: { metric: 'casualties', low: 4000 },
    },
    { text: 'North Korea sent troops to Kursk. As Ukraine attacked, officials say [3,000] were killed.', want: null },
    { text: 'North Korea sent troops to Kursk. As winter came, officials say [3,000] were killed.', want: { metric: 'killed' } },
    {
      text: 'North Korea sent troops to Kursk. "They could send another [5,000] by spring," a senior Ukrainian officer said.',
      want: { metric: 'deployed', low: 5000 },
    },
    { text: 'North Korea sent troops to Kursk. "We lost [300] men there," a Ukrainian commander said.', want: null },
    // The agent of a giving ("given by", "reported by") is a source.
    {
      text: "North Korea sent troops to Kursk. The figure of [11,000] troops was first given by South Korea's spy agency.",
      want: { metric: 'deployed', low: 11000 },
    },
    // A bare count of losses just after a sentence about North Korea's losses of that kind goes on with theirs.
    {
      text: 'Moscow has denied that any North Korean soldiers died. Kyiv says [at least 2,500] have been killed since January.',
      want: { metric: 'killed', low: 2500 },
    },
    { text: 'North Korean troops arrived in Kursk. Kyiv says [at least 2,500] have been killed since January.', want: null },
    // The country that puts a number on them makes the estimate; it owns nothing.
    {
      text: 'Ukraine says North Korean losses are far higher. In July, Kyiv put the number killed at [more than 3,000].',
      want: { metric: 'killed', low: 3000 },
    },
    // A figure that refers back to the claim just before ("the number") is that claim's troops: its speaker owns nothing.
    {
      text: 'About 2,000 North Korean soldiers have been killed, Seoul said.\nSome analysts put the toll at 3,000.\nKyiv believes the number is [closer to 4,000].',
      want: { metric: 'killed', low: 4000 },
    },
    {
      text: 'North Korea sent troops to Kursk. "The US thinks they could send [5,000] more," a Ukrainian officer said.',
      want: { metric: 'deployed', low: 5000 },
    },
  ],
};

export const HOME_ARMY: RuleInfo = {
  id: 'home-army',
  stage: 'topic',
  summary: 'what North Korea has, with no place of this war after it, is its army at home ("North Korea has 200,000 special forces")',
  cases: [
    { text: 'North Korea has [200,000] special forces, the largest such force in the world.', want: null },
    { text: 'Pyongyang maintains [about 200,000] special forces, Seoul says.', want: null },
    { text: 'North Korea now has [about 11,000] troops in Russia, Seoul says.', want: { metric: 'deployed', low: 11000 } },
    { text: 'North Korea has sent [about 11,000] troops, Seoul says.', want: { metric: 'deployed', low: 11000 } },
    { text: 'North Korea now has [about 11,000] soldiers on Russian soil, Seoul says.', want: { metric: 'deployed', low: 11000 } },
    // "In the region": the place of this war named just before.
    {
      text: 'Kyiv said its forces had destroyed a North Korean company near Kursk. North Korea has [about 11,000] troops in the region, Kyiv says.',
      want: { metric: 'deployed', low: 11000 },
    },
    { text: 'Seoul worries about the peninsula. North Korea has [about 1.2 million] troops in the region, Seoul says.', want: null },
  ],
};

export const OWNER_RULES: readonly RuleInfo[] = [
  OTHER_NATIONALITY,
  NATIONALITY_PREDICATE,
  OWNED_BY_OTHER_SIDE,
  FOREIGN_IN_SENTENCE,
  HOME_ARMY,
];

const HAVE = new Set(['has', 'have', 'had', 'maintains', 'maintained', 'boasts', 'fields', 'keeps']);
const THEATRE = new Set([
  ...THEATRE_PLACES,
  'front',
  'war',
  'combat',
  'abroad',
  'overseas',
  'fighting',
  'battle',
  'donbas',
  // "on Russian soil", "on foreign territory"
  'soil',
  'territory',
]);

/**
 * The figure is the object of North Korea's "has" ("North Korea has 200,000
 * special forces"), with no place of this war in its clause after it.
 */
export function homeArmy(T: readonly Token[], k: number, theatreBefore: () => boolean): boolean {
  let v = k - 1;
  while (v >= 0 && (T[v]!.w === 'about' || T[v]!.w === 'some' || T[v]!.w === 'an' || T[v]!.w === 'estimated' || T[v]!.w === 'now')) v--;
  if (!HAVE.has(T[v]?.w ?? '')) return false;
  let s = v - 1;
  while (s >= 0 && (T[s]!.w === 'now' || T[s]!.w === 'still' || T[s]!.w === 'also' || T[s]!.w === 'reportedly')) s--;
  // The subject right before: "North Korea", "Pyongyang", "the North".
  let nk = false;
  for (let b = s; b >= 0 && b >= s - 2; b--) if (natAt(T, b)?.kind === 'nk') nk = true;
  if (!nk) return false;
  for (let a = k + 1; a < T.length && a < k + 14; a++) {
    const w = T[a]!.w;
    if (THEATRE.has(w)) return false;
    // "North Korea has about 11,000 troops in the region" after a sentence about Kursk: the place named before.
    if (DEICTIC_PLACES.has(w) && theatreBefore()) return false;
    if (w === '.' || w === ';') break;
  }
  return true;
}

/** Words that point at a place already named ("in the region", "there", "in the area"). */
const DEICTIC_PLACES = new Set(['region', 'there', 'area']);
/** How far back (characters) the place "in the region" points at may be named. */
const DEICTIC_REACH = 400;

/** Whether the DEICTIC_REACH characters before `at` in `text` name a place of this war (THEATRE_PLACES). */
export function theatreNamedBefore(text: string, at: number): boolean {
  const words = text
    .slice(Math.max(0, at - DEICTIC_REACH), at)
    .toLowerCase()
    .split(/[^a-z]+/);
  return words.some((w) => THEATRE_PLACES.has(w));
}

/** Nouns after a possessive that make the country an actor ("Ukraine's general staff"). */
const ACTORS = new Set([
  'general',
  'staff',
  'military',
  'army',
  'forces',
  'troops',
  'soldiers',
  'president',
  'ministry',
  'defence',
  'defense',
  'intelligence',
  'government',
  'officials',
  'leader',
  'air',
  'navy',
  'commander',
  'commanders',
  'border',
  'foreign',
  'spy',
  'security',
  'armed',
  'special',
  'losses',
  'casualties',
  'units',
  'personnel',
  'servicemen',
  'top',
  'chief',
  'envoy',
  'officers',
]);

/** Verbs whose object a nationality is ("soldiers supporting Russia"): it owns nothing. */
const SUPPORT_VERBS = new Set([
  // "has provided Russia with 12,000 soldiers": the one given to owns nothing given.
  'provided',
  'provides',
  'providing',
  'supplied',
  'supplies',
  'supplying',
  'furnished',
  'reinforced',
  'bolstered',
  'helped',
  'aided',
  'supporting',
  'support',
  'supports',
  'helping',
  'help',
  'helps',
  'aiding',
  'aid',
  'assisting',
  'assist',
  'backing',
  'back',
  'joining',
  'join',
  'defending',
  'defend',
  'reinforcing',
  'reinforce',
  'bolstering',
  'bolster',
  'serving',
  'serve',
  'augment',
  'augmenting',
  'repel',
  'repelling',
  'attacking',
  'attack',
  'invade',
  'invading',
]);

/** Things a nationality may be said of without owning the troops ("Russian naval vessels", "Ukrainian territory"). */
const THINGS = new Set([
  'fleet',
  'fleets',
  'vessels',
  'vessel',
  'ships',
  'ship',
  'naval',
  'navy',
  'aircraft',
  'planes',
  'plane',
  'jets',
  'helicopters',
  'trains',
  'territory',
  'soil',
  'region',
  'regions',
  'city',
  'cities',
  'town',
  'towns',
  'border',
  'ports',
  'port',
  'airfields',
  'airfield',
  'airspace',
  'waters',
  'coast',
  'language',
  'passports',
  'uniforms',
  'documents',
  'identification',
  'ids',
  'weapons',
  'equipment',
  'rifles',
  'ammunition',
  'rations',
  'bases',
  'base',
  'drone',
  'drones',
  'strike',
  'strikes',
  'missile',
  'missiles',
  'shelling',
  'counteroffensive',
  'incursion',
]);

/** The nationality ending before `from` is said of a thing (past a proper name: "the Russian Pacific Fleet"). */
export function ownsThing(T: readonly Token[], from: number): boolean {
  for (let j = from; j < T.length && j < from + 4; j++) {
    if (THINGS.has(T[j]!.w)) return true;
    if (!isWord(T[j]) || !T[j]!.startsUpper()) return false;
  }
  return false;
}

/** Nearest nationality before the figure that owns it (not a speaker, not a place after a preposition). */
export function ownerBefore(T: readonly Token[], k: number): 'nk' | 'other' | null {
  // natAt(T, aheadAt), read by the step before (the next step down reads the same token).
  let ahead: Nat | null = null;
  let aheadAt = -1;
  for (let j = k - 1; j >= 0 && k - j < 30; j--) {
    if (T[j]!.w === ';') break;
    let nat = aheadAt === j ? ahead : natAt(T, j);
    let at = j;
    if (!nat && j > 0) {
      // Second word of a two-word nationality ("North Korea").
      const n2 = natAt(T, j - 1);
      ahead = n2;
      aheadAt = j - 1;
      if (n2 && n2.len === 2) {
        nat = n2;
        at = j - 1;
      }
    }
    if (!nat) continue;
    j = at;
    const before = T[at - 1]?.w;
    const before2 = T[at - 2]?.w;
    // A place after a preposition ("in (eastern) Russia", "to the Kremlin") owns nothing.
    if (before && PREPS.has(before)) continue;
    if (before2 && PREPS.has(before2) && before !== undefined && T[at - 1]!.startsLower()) continue;
    if (before === 'to' && before2 === 'according') continue;
    // "occupied by Russia": an agent after "by" owns nothing; nor the object of a verb ("soldiers supporting Russia").
    if (before === 'by' || (before !== undefined && SUPPORT_VERBS.has(before))) continue;
    // A source ("according to the Chief of the Defense Intelligence of Ukraine,").
    if (inSourcePhrase(T, at)) continue;
    // A possessive on a thing ("Russia's war against Ukraine") owns no troops.
    if (T[at + nat.len - 1]!.w.endsWith("'s") && !ACTORS.has(T[at + nat.len]?.w ?? '') && !TROOP_NOUNS.has(T[at + nat.len]?.w ?? ''))
      continue;
    // "convoys of the Russian Pacific Fleet", "Russian naval vessels": a nationality on a thing, not on people.
    if (nat.kind === 'other' && ownsThing(T, at + nat.len)) continue;
    if (before === 'citing') continue;
    if (isSpeaker(T, at + nat.len) || isAgent(T, at + nat.len)) continue;
    // "units made up of Russian and North Korean troops": mixed units' losses are no count of North Korea's.
    if (nat.kind === 'nk' && before === 'and' && natAt(T, at - 2)?.kind === 'other') return 'other';
    return nat.kind;
  }
  return null;
}

/** A country other than North Korea named in the sentence, not as a place after a preposition. */
/** Participles whose agent, after "by", does to the counted what was done: captors, killers. */
const LOSS_PARTICIPLES = new Set([
  'captured',
  'taken',
  'killed',
  'wounded',
  'injured',
  'destroyed',
  'eliminated',
  'detained',
  'seized',
  'hit',
]);

/** Whether the country named at token `j` follows "<participle> by (the)" ("captured by Ukrainian forces"). */
function isAgentOfLoss(T: readonly Token[], j: number): boolean {
  const by = T[j - 1]?.w === 'the' ? j - 2 : j - 1;
  if (T[by]?.w !== 'by') return false;
  const verb = T[by - 1]?.w === 'prisoner' || T[by - 1]?.w === 'captive' ? T[by - 2]?.w : T[by - 1]?.w;
  return LOSS_PARTICIPLES.has(verb ?? '');
}

export function foreignInSentence(T: readonly Token[], until: number, speakers: boolean): boolean {
  for (let j = 0; j < until && j < T.length; j++) {
    const nat = natAt(T, j);
    if (!nat) continue;
    // A speaker is no owner; one whose country has no troops in this war ("South Korea's spy agency reported") never is.
    if (
      ((speakers || nonBelligerent(T, j)) && (isSpeaker(T, j + nat.len) || T[j - 1]?.w === 'according')) ||
      invertedSpeaker(T, j) ||
      speakerAfterQuote(T, j, nat.len) ||
      inSourcePhrase(T, j)
    ) {
      j += nat.len - 1;
      continue;
    }
    const before = T[j - 1]?.w;
    const before2 = T[j - 2]?.w;
    const placed = (before !== undefined && PREPS.has(before)) || (before === 'the' && before2 !== undefined && PREPS.has(before2));
    // The agent of a loss ("captured by Ukrainian forces", "killed by Russian shelling") owns none of those lost.
    if (nat.kind === 'other' && isAgentOfLoss(T, j)) {
      j += nat.len - 1;
      continue;
    }
    // A possessive on another noun ("the Kremlin's war machine") owns no troops.
    const possessive = T[j + nat.len - 1]!.w.endsWith("'s") && !ACTORS.has(T[j + nat.len]?.w ?? '');
    if (nat.kind === 'other' && !placed && !possessive) return true;
    j += nat.len - 1;
  }
  return false;
}
