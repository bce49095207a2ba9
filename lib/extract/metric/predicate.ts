// Metric stage: the predicate after a figure's noun phrase.

import type { Metric } from '../../types';
import { BE_AUX, QUOTES } from '../grammar';
import { AUX_WORDS, METRIC_WORDS, NP_MODIFIERS, TROOP_NOUNS } from '../lexicon';
import { type DisabledRules, type RuleInfo, ruleOn } from '../rule';
import type { Token } from '../tokens';
import { expectedToCome } from '../scope/grammar';
import { DESERTED, desertedAt } from './deserted';
import { SACRIFICE, sacrificedAt } from './sacrifice';
import { SUFFERED, sufferedAt } from './suffered';
import type { Head } from './noun-phrase';
import { CASUALTY, combine, DEGREE, FINITE_AUX, isPartitiveWhole, mainVerbAfter } from './verbs';

export const PAST_APPOSITION: RuleInfo = {
  id: 'predicate.past-apposition',
  stage: 'metric',
  summary: 'a predicate is read past an apposition after the troops ("4,000 troops, or a third of those sent, have been killed")',
  cases: [
    { text: '[4,000] North Korean troops, or a third of those sent, have been killed, Kyiv said.', want: { metric: 'killed' } },
    { text: '[Two] North Korean soldiers, both wounded, were taken prisoner, Zelensky said.', want: { metric: 'captured' } },
  ],
};

/** Words that open an apposition the predicate is read past ("troops, or a third of those sent, have ..."). */
const APPOSITION_OPENERS = new Set(['or', 'roughly', 'about', 'nearly', 'including', 'among', 'mostly', 'both', 'all', 'each', 'most']);

export const ASIDE: RuleInfo = {
  id: 'predicate.aside',
  stage: 'metric',
  summary: 'a part’s status is read past a dashed aside ("600 of them — by Seoul’s count — dead")',
  cases: [{ text: 'North Korea sent 11,000 troops; [600] of them — by Seoul’s count — died.', want: { metric: 'killed', low: 600 } }],
};

export const PART_IS_TROOPS: RuleInfo = {
  id: 'predicate.part-is-troops',
  stage: 'metric',
  summary: '"3,000 of whom are special forces": a part of the force sent',
  cases: [
    { text: 'North Korea sent 11,000 soldiers, [3,000] of whom are special forces troops.', want: { metric: 'deployed', low: 3000 } },
  ],
};

export const LISTED_AS: RuleInfo = {
  id: 'predicate.listed-as',
  stage: 'metric',
  summary: 'the status after "listed as", "declared", "went" ("are listed as missing", "went missing")',
  cases: [{ text: '[Two] North Korean soldiers are listed as missing, Kyiv said.', want: { metric: 'missing' } }],
};

export const UNACCOUNTED_FOR: RuleInfo = {
  id: 'predicate.unaccounted-for',
  stage: 'metric',
  summary: '"remain unaccounted for" counts the missing',
  cases: [{ text: '[Two] North Korean soldiers remain unaccounted for, Kyiv said.', want: { metric: 'missing' } }],
};

export const FATALLY: RuleInfo = {
  id: 'predicate.fatally',
  stage: 'metric',
  summary: '"fatally (wounded)" counts the dead',
  cases: [{ text: 'North Korea sent 11,000 troops; [600] of them were fatally wounded, Seoul said.', want: { metric: 'killed' } }],
};

export const TAKEN_PRISONER: RuleInfo = {
  id: 'predicate.taken-prisoner',
  stage: 'metric',
  summary: '"taken prisoner", "held captive" counts the captured',
  cases: [{ text: '[Two] North Korean soldiers were taken prisoner in Kursk, Kyiv said.', want: { metric: 'captured' } }],
};

export const LOST_LIVES: RuleInfo = {
  id: 'predicate.lost-lives',
  stage: 'metric',
  summary: '"lost their lives" counts the dead',
  cases: [{ text: '[300] North Korean soldiers lost their lives in Kursk, Seoul said.', want: { metric: 'killed' } }],
};

export const BEEN_LOST: RuleInfo = {
  id: 'predicate.been-lost',
  stage: 'metric',
  summary: '"have been lost" counts casualties',
  cases: [{ text: '[300] North Korean soldiers have been lost by Pyongyang’s army, Seoul said.', want: { metric: 'casualties' } }],
};

export const LOST_BARE: RuleInfo = {
  id: 'predicate.lost-bare',
  stage: 'metric',
  summary: '"lost" with no object after the troops ("4,000 North Korean soldiers lost in Kursk", "were lost to drones") counts casualties',
  cases: [
    { text: 'Zelensky: [4,000] North Korean soldiers lost in Kursk', want: { metric: 'casualties', low: 4000 } },
    { text: '[300] North Korean soldiers have been lost in Kursk, Seoul said.', want: { metric: 'casualties' } },
    { text: '[About 1,000] North Korean troops were lost to drone strikes, Kyiv said.', want: { metric: 'casualties', low: 1000 } },
    { text: '[About 1,000] North Korean troops lost contact with their commanders, Kyiv said.', want: { metric: 'deployed', low: 1000 } },
  ],
};

/** What may follow a "lost" with no object: a preposition or the clause's end ("lost in Kursk", "lost so far"). */
const AFTER_LOST_BARE = new Set([
  'in',
  'at',
  'near',
  'to',
  'during',
  'since',
  'so',
  'while',
  'fighting',
  'on',
  'over',
  'around',
  'this',
  'last',
  'as',
  ',',
  '.',
  ';',
  ':',
  '—',
  '–',
]);

export const OUT_OF_ACTION: RuleInfo = {
  id: 'predicate.out-of-action',
  stage: 'metric',
  summary:
    '"put out of action", "knocked out of combat", "had been hit" count casualties (killed and wounded together); "hit the front line" does not',
  cases: [
    {
      text: '"About [4,000] North Korean soldiers have been put out of action," Zelensky said.',
      want: { metric: 'casualties', low: 4000 },
    },
    { text: 'Zelensky said [4,000] North Korean troops had been hit.', want: { metric: 'casualties', low: 4000 } },
    { text: 'Kyiv said [10,000] North Korean troops hit the front line in December.', want: { metric: 'deployed', low: 10000 } },
  ],
};

export const TRAINING: RuleInfo = {
  id: 'predicate.training',
  stage: 'metric',
  summary: '"are training" (a verb, not "training rounds") counts troops deployed',
  cases: [{ text: '[200] North Korean soldiers are training in the Far East, Seoul said.', want: { metric: 'deployed' } }],
};

export const PARTICIPLE_MAIN_VERB: RuleInfo = {
  id: 'predicate.participle-main-verb',
  stage: 'metric',
  summary: 'after "soldiers sent to fight for Russia", the main verb counts ("have died")',
  cases: [{ text: '[300] North Korean soldiers sent to fight for Russia have died, Seoul said.', want: { metric: 'killed' } }],
};

export const TAKEN_ALIVE: RuleInfo = {
  id: 'predicate.taken-alive',
  stage: 'metric',
  summary: '"taken alive", "captured alive" counts the captured',
  cases: [{ text: '[Two] North Korean soldiers were taken alive in Kursk, Kyiv said.', want: { metric: 'captured' } }],
};

export const IN_HANDS: RuleInfo = {
  id: 'predicate.in-hands',
  stage: 'metric',
  summary: '"in Ukrainian hands / captivity / custody" counts the captured',
  cases: [{ text: '[Two] North Korean soldiers are in Ukrainian captivity, Kyiv said.', want: { metric: 'captured' } }],
};

export const IN_PLACE: RuleInfo = {
  id: 'predicate.in-place',
  stage: 'metric',
  summary: '"are in Russia", "are now inside Kursk": being there is being deployed',
  cases: [{ text: '[300] North Korean soldiers are in Kursk, Seoul said.', want: { metric: 'deployed' } }],
};

export const EXPECTED_THERE: RuleInfo = {
  id: 'predicate.expected-there',
  stage: 'metric',
  summary: '"10,000 were expected in Russia", "5,000 expected to follow": a deployment to come',
  cases: [
    {
      text: 'North Korea has sent troops to fight for Russia. Seoul said [10,000] were expected in Russia by December.',
      want: { metric: 'deployed', scope: 'plan' },
    },
    {
      text: 'North Korea has sent 3,000 troops to Russia, with an additional [5,000] expected to follow, Seoul said.',
      want: { metric: 'deployed', scope: 'plan' },
    },
    { text: 'North Korea has sent troops to fight for Russia. Seoul said [10,000] were expected to die in the cold.', want: null },
  ],
};

export const THERE_ARE_IN_PLACE: RuleInfo = {
  id: 'predicate.there-are-in-place',
  stage: 'metric',
  summary: '"There are already 11,000 of them in the Kursk region": being there is being deployed',
  cases: [
    {
      text: 'North Korea sent troops to Russia. There are already [11,000] of them in the Kursk region, Kyiv said.',
      want: { metric: 'deployed', low: 11000 },
    },
    { text: 'North Korea sent troops to Russia. There are [11,000] of them, Kyiv said.', want: null },
  ],
};

export const REMAIN_THERE: RuleInfo = {
  id: 'predicate.remain-there',
  stage: 'metric',
  summary:
    '"around 2,000 remain in rear areas", "8,000 stayed near the border": troops still there are deployed (not "remain in hospital")',
  cases: [
    {
      text: 'North Korea has pulled most of its troops from the front, the NIS said, though [around 2,000] remain in rear areas.',
      want: { metric: 'deployed', low: 2000 },
    },
    { text: 'North Korean troops were wounded near Sudzha, and [about 200] remain in hospital.', want: null },
  ],
};

/** The predicate's patterns, in the order readPredicate asks them. */
export const PREDICATE_RULES: readonly RuleInfo[] = [
  PAST_APPOSITION,
  ASIDE,
  PART_IS_TROOPS,
  LISTED_AS,
  UNACCOUNTED_FOR,
  DESERTED,
  SUFFERED,
  FATALLY,
  TAKEN_PRISONER,
  LOST_LIVES,
  OUT_OF_ACTION,
  BEEN_LOST,
  LOST_BARE,
  TRAINING,
  PARTICIPLE_MAIN_VERB,
  TAKEN_ALIVE,
  IN_HANDS,
  IN_PLACE,
  EXPECTED_THERE,
  THERE_ARE_IN_PLACE,
  REMAIN_THERE,
];

/** Copulas and verbs of staying. */
const BE = new Set(['are', 'were', 'is', 'was', 'remain', 'remained', 'remains', 'be', 'been', 'stay', 'stayed']);

const REMAIN = new Set(['remain', 'remains', 'remained']);
/** Words a predicate is read past to its status ("have been", quotes, "remain", "severely"): the four sets as one lookup. */
const BEFORE_STATUS: ReadonlySet<string> = new Set([...AUX_WORDS, ...QUOTES, ...REMAIN, ...DEGREE]);

const LISTED = new Set([
  'listed',
  'classified',
  'registered',
  'recorded',
  'declared',
  'counted',
  'reported',
  'went',
  'gone',
  'go',
  'considered',
  'deemed',
  'officially',
]);

/** Pronouns of a part: "3,000 of them", "of whom". */
export const PART_OF = new Set(['them', 'whom', 'those', 'these']);

/**
 * The metric the predicate after the noun phrase names ("have been killed",
 * "(are) dead", "taken prisoner", "remain unaccounted for", "are in Kursk"),
 * or null. `j` is the token after the noun phrase.
 */
export function readPredicate(
  T: readonly Token[],
  k: number,
  j: number,
  head: Head,
  partOfWord: boolean,
  disabled: DisabledRules,
): Metric | null {
  let predMetric: Metric | null = null;
  // The predicate right after the noun phrase: "have been killed", "(are) dead", "taken prisoner".
  let p = head === 'none' ? k + 1 : j;
  let guard = 0;
  // "Two North Korean soldiers, captured by Ukraine, ..."
  if (T[p]?.w === ',' && METRIC_WORDS[T[p + 1]?.w ?? ''] !== undefined && head !== 'none') p++;
  // "4,000 North Korean troops, or a third of those sent, have been killed": past the apposition.
  if (head === 'troop' && T[p]?.w === ',' && ruleOn(disabled, PAST_APPOSITION.id) && APPOSITION_OPENERS.has(T[p + 1]?.w ?? '')) {
    let q = p + 2;
    while (q < T.length && q < p + 16 && T[q]!.w !== ',') q++;
    if (T[q]?.w === ',' && FINITE_AUX.has(T[q + 1]?.w ?? '')) p = q + 1;
  }
  // "3,000 of them ...", "of whom 3,000 ...".
  const partOf =
    (head === 'weak' && (partOfWord || PART_OF.has(T[j - 1]?.w ?? ''))) ||
    (head === 'none' && PART_OF.has(T[k - 1]?.w ?? '') && T[k - 2]?.w === 'of');
  for (;;) {
    while (p < T.length && guard++ < 8 && BEFORE_STATUS.has(T[p]!.w)) p++;
    // "600 of them — by Seoul's count — fatal": the aside goes on to the status.
    if (!partOf || (T[p]?.w !== '—' && T[p]?.w !== '–') || !ruleOn(disabled, ASIDE.id)) break;
    let q = p + 1;
    while (q < T.length && q < p + 10 && T[q]!.w !== '—' && T[q]!.w !== '–') q++;
    p = q < T.length && q < p + 10 && METRIC_WORDS[T[p + 1]?.w ?? ''] === undefined ? q + 1 : p + 1;
  }
  // "3,000 of whom are special forces": part of the force sent.
  if (partOf && (BE.has(T[p - 1]?.w ?? '') || p === (head === 'none' ? k + 1 : j)) && ruleOn(disabled, PART_IS_TROOPS.id)) {
    let q = p;
    while (NP_MODIFIERS.has(T[q]?.w ?? '') || T[q]?.w === 'special') q++;
    if (TROOP_NOUNS.has(T[q]?.w ?? '') && METRIC_WORDS[T[q + 1]?.w ?? ''] === undefined) predMetric = 'deployed';
  }
  // "are listed as missing", "were classified as dead": the status after "as".
  // "went missing", "were declared dead", "are considered missing".
  if (LISTED.has(T[p]?.w ?? '') && ruleOn(disabled, LISTED_AS.id)) {
    const q = T[p + 1]?.w === 'as' ? p + 2 : p + 1;
    if (CASUALTY(METRIC_WORDS[T[q]?.w ?? '']) || (q === p + 2 && METRIC_WORDS[T[q]?.w ?? ''] !== undefined)) p = q;
  }
  const t = T[p];
  if (t && t.fig < 0) {
    // ("have suffered casualties": one Set lookup for any other predicate.)
    const suffered = ruleOn(disabled, SUFFERED.id) ? sufferedAt(T, p) : null;
    // "remain unaccounted for": missing.
    if (t.w === 'unaccounted' && T[p + 1]?.w === 'for' && ruleOn(disabled, UNACCOUNTED_FOR.id)) predMetric = 'missing';
    // "escaped from their positions", "deserted", "went AWOL": missing.
    else if (desertedAt(T, p) && ruleOn(disabled, DESERTED.id)) predMetric = 'missing';
    // "have suffered casualties", "sustained serious injuries": the loss suffered.
    else if (suffered !== null) predMetric = suffered;
    // "600 of them fatally (wounded)": killed.
    else if ((t.w === 'fatally' || t.w === 'mortally') && ruleOn(disabled, FATALLY.id)) predMetric = 'killed';
    else if (
      (t.w === 'taken' || t.w === 'held' || t.w === 'took') &&
      /^(prisoners?|captives?|pows?|hostage)$/.test(T[p + 1]?.w ?? '') &&
      ruleOn(disabled, TAKEN_PRISONER.id)
    )
      predMetric = 'captured';
    else if (t.w === 'lost' && T[p + 2]?.w === 'lives' && ruleOn(disabled, LOST_LIVES.id)) predMetric = 'killed';
    // "sacrificed their lives", "sacrificed themselves": killed.
    else if (sacrificedAt(T, p) && ruleOn(disabled, SACRIFICE.id)) predMetric = 'killed';
    // "have been lost": casualties.
    else if (t.w === 'lost' && T[p - 1]?.w === 'been' && ruleOn(disabled, BEEN_LOST.id)) predMetric = 'casualties';
    // "4,000 soldiers lost in Kursk", "were lost to drones": no object, casualties.
    else if (t.w === 'lost' && (p + 1 >= T.length || AFTER_LOST_BARE.has(T[p + 1]!.w)) && ruleOn(disabled, LOST_BARE.id))
      predMetric = 'casualties';
    // "have been put out of action": casualties.
    else if (
      (t.w === 'put' || t.w === 'knocked' || t.w === 'taken') &&
      T[p + 1]?.w === 'out' &&
      T[p + 2]?.w === 'of' &&
      (T[p + 3]?.w === 'action' || T[p + 3]?.w === 'combat') &&
      ruleOn(disabled, OUT_OF_ACTION.id)
    )
      predMetric = 'casualties';
    // "had been hit", "were hit": struck, the dead and wounded together (not "hit the front line": no passive).
    else if (t.w === 'hit' && BE_AUX.has(T[p - 1]?.w ?? '') && ruleOn(disabled, OUT_OF_ACTION.id)) predMetric = 'casualties';
    // "12,000 are training in the Far East" (a verb here; "3,000 training rounds" is a noun).
    else if (t.w === 'training' && BE.has(T[p - 1]?.w ?? '') && ruleOn(disabled, TRAINING.id)) predMetric = 'deployed';
    else {
      const mw = METRIC_WORDS[t.w];
      if (mw) predMetric = combine(T, p, mw)[0];
      // "soldiers sent to fight for Russia have died": the participle modifies the noun; the main verb counts.
      if (mw === 'deployed' && p === j && head !== 'none' && ruleOn(disabled, PARTICIPLE_MAIN_VERB.id) && !isPartitiveWhole(T, k))
        predMetric = mainVerbAfter(T, p + 1) ?? predMetric;
      // "taken alive", "captured alive".
      if ((t.w === 'taken' || t.w === 'captured') && T[p + 1]?.w === 'alive' && ruleOn(disabled, TAKEN_ALIVE.id)) predMetric = 'captured';
      // "two of them are in Ukrainian hands / captivity / custody".
      else if (
        T[p - 1]?.w === 'in' &&
        T.slice(p, p + 3).some((x) => x.w === 'hands' || x.w === 'captivity' || x.w === 'custody') &&
        ruleOn(disabled, IN_HANDS.id)
      ) {
        predMetric = 'captured';
      }
      // "11,000 were in Russia", "are now inside Kursk": being there is being deployed.
      else if (
        t.startsUpper() &&
        !/(?:ian|ean|ese|ish)$/.test(t.w) &&
        (T[p - 1]?.w === 'in' || T[p - 1]?.w === 'inside') &&
        p - 2 > k &&
        ruleOn(disabled, IN_PLACE.id)
      ) {
        let b = p - 2;
        while (b > k && (T[b]!.w === 'now' || T[b]!.w === 'still' || T[b]!.w === 'currently' || T[b]!.w === 'already')) b--;
        if (BE.has(T[b]!.w)) predMetric = 'deployed';
      }
      // "10,000 were expected in Russia", "5,000 expected to follow".
      else if (expectedToCome(T, p) && ruleOn(disabled, EXPECTED_THERE.id)) predMetric = 'deployed';
      // "There are already 11,000 of them in the Kursk region".
      else if (predMetric === null && thereAre(T, k) && placeAt(T, head === 'none' ? k + 1 : j) && ruleOn(disabled, THERE_ARE_IN_PLACE.id))
        predMetric = 'deployed';
      // "around 2,000 remain in rear areas".
      else if (predMetric === null && remainsThere(T, head === 'none' ? k + 1 : j) && ruleOn(disabled, REMAIN_THERE.id))
        predMetric = 'deployed';
    }
  }
  return predMetric;
}

/** The figure at `k` follows "There are" (or "there were", with "already", "now", "still" between). */
function thereAre(T: readonly Token[], k: number): boolean {
  let b = k - 1;
  while (b >= 0 && (T[b]!.w === 'already' || T[b]!.w === 'now' || T[b]!.w === 'still' || T[b]!.w === 'currently')) b--;
  return (T[b]?.w === 'are' || T[b]?.w === 'were') && T[b - 1]?.w === 'there';
}

/** Prepositions of where troops stay ("remain in", "stayed near"). */
const STAY_PREPS = new Set(['in', 'at', 'near', 'along', 'on', 'inside', 'behind']);
/** Where the wounded or captured stay, not a force ("in hospital", "in captivity"). */
const NOT_A_POST = new Set(['hospital', 'hospitals', 'captivity', 'custody', 'hands', 'care', 'treatment', 'prison', 'jail']);

/** A verb of staying opens the predicate at `q` ("remain in rear areas", "still remain near the border"), not in a hospital or a cell. */
function remainsThere(T: readonly Token[], q: number): boolean {
  if (T[q]?.w === 'still' || T[q]?.w === 'now') q++;
  if (!REMAIN.has(T[q]?.w ?? '') && T[q]?.w !== 'stayed' && T[q]?.w !== 'stay') return false;
  const p = q + 1;
  if (!STAY_PREPS.has(T[p]?.w ?? '')) return false;
  for (let q = p + 1; q < T.length && q <= p + 3; q++) if (NOT_A_POST.has(T[q]!.w)) return false;
  return true;
}

/** "in the Kursk region", "in Russia", "inside Kursk" at `p` (right after the noun phrase): a named place. */
function placeAt(T: readonly Token[], p: number): boolean {
  if (T[p]?.w !== 'in' && T[p]?.w !== 'inside') return false;
  const q = T[p + 1]?.w === 'the' ? p + 2 : p + 1;
  return T[q]?.startsUpper() === true;
}
