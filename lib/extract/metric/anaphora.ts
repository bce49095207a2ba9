// Metric stage: a figure that refers back to the one before ("put the figure
// at 1,000", "had counted more than 10,000") counts what it counted.

import type { Metric } from '../../types';
import { CONTRAST, VERB_SKIP } from '../grammar';
import { FIGURE_NOUNS, FIGURE_PLACING_VERBS, METRIC_WORDS, TROOP_NOUNS } from '../lexicon';
import { SPEECH_VERBS } from '../lexicon/speech';
import { DEPLOY_BASE, DEPLOY_PARTICIPLE, PLAN_OBJECT_VERBS } from '../scope/words';
import type { Token } from '../tokens';
import { REACH } from './reached';

/** Adverbs between a subject and the verb read as the figure's qualifier ("the total now exceeds 14,000"). */
const BEFORE_QUALIFYING_VERB = new Set(['now', 'already', 'has', 'have', 'had', 'since']);

/**
 * "put the figure at 1,000", "the number stood at", "raised the toll to",
 * "puts the number closer to 3,000"; with
 * `verbQualified` (the figure's qualifier is a verb: "exceeds 14,000"), also the
 * noun as its subject: "the total now exceeds 14,000"; with `reach`
 * (ANAPHORA_REACHED on), "the toll had reached 1,000".
 */
export function isAnaphoric(T: readonly Token[], k: number, verbQualified = false, reach = false): boolean {
  let p = T[k - 1]?.w;
  let from = k - 2;
  if (verbQualified) {
    from = k - 1;
    while (BEFORE_QUALIFYING_VERB.has(T[from]?.w ?? '')) from--;
    p = 'at';
  }
  // "puts the number closer to 3,000", "put the toll above 1,000": the figure's qualifier stands where "at" would.
  const verb = T[k - 3]?.w ?? '';
  if (
    p !== undefined &&
    FIGURE_NOUNS.has(p) &&
    FIGURE_DETERMINERS.has(T[k - 2]?.w ?? '') &&
    (COUNT_VERBS.has(verb) || FIGURE_PLACING_VERBS.has(verb))
  )
    return true;
  // ("the toll had reached 1,000": ANAPHORA_REACHED, ./reached.ts.)
  if (p !== 'at' && p !== 'to' && p !== 'was' && p !== 'is' && p !== 'of' && !(reach && REACH.has(p ?? ''))) return false;
  for (let j = from; j >= 0 && k - j <= 5; j--) if (FIGURE_NOUNS.has(T[j]!.w)) return true;
  return false;
}

/** What may stand between a verb and the figure noun it takes ("put the figure", "put its estimate"). */
const FIGURE_DETERMINERS = new Set(['the', 'its', 'their', 'that', 'this', 'his', 'her', 'a']);

/** The verb at `i` takes a figure as its object ("put the figure at 600", "put it at"): it estimates, it sends no one. */
function takesAFigure(T: readonly Token[], i: number): boolean {
  let j = i + 1;
  while (j < T.length && j <= i + 3 && FIGURE_DETERMINERS.has(T[j]!.w)) j++;
  return FIGURE_NOUNS.has(T[j]?.w ?? '');
}

/** Verbs that say what a figure named as such counts ("the figure of 12,000 refers to the troops first sent"). */
const REFERS = new Set(['refers', 'referred', 'refer', 'covers', 'covered', 'counts', 'includes', 'included', 'describes']);

/**
 * What "the figure of 12,000, provided by HUR, refers to" names after it: a
 * metric word, or troops (a deployment); null when it says nothing.
 */
export function figureRefersTo(T: readonly Token[], k: number): Metric | null {
  for (let i = k + 1; i < T.length && i <= k + 10; i++) {
    if (!REFERS.has(T[i]!.w)) continue;
    for (let j = i + 1; j < T.length && j <= i + 6; j++) {
      const m = METRIC_WORDS[T[j]!.w];
      if (m) return m;
      if (TROOP_NOUNS.has(T[j]!.w)) return 'deployed';
    }
    return null;
  }
  return null;
}

export const COUNT_VERBS = new Set([
  'counted',
  'estimated',
  'estimates',
  'estimate',
  'tallied',
  'recorded',
  'confirmed',
  'put',
  'puts',
  'reported',
  'identified',
  'registered',
]);

/** A bare figure right after a counting verb ("Washington had counted more than 10,000"). */
export function countedBefore(T: readonly Token[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && VERB_SKIP.has(T[p]!.w)) p--;
  return COUNT_VERBS.has(T[p]?.w ?? '');
}

/** Where a clause ends: the figure after it stands alone. */
const CLAUSE_END = new Set(['.', ';', ',', '!', '?', ')']);

/**
 * A figure a second source gives alone, after its verb of speech, at the end
 * of its clause: "…, while Kyiv says 2,700.", or with its verb left out: "…;
 * Kyiv, at 2,700." (`from`: the token after the
 * figure before it; the contrast must lie between). Across a sentence, the
 * sentence is the speaker and the figure only: "… were wounded. Kyiv says 2,700."
 */
export function spokenAlone(T: readonly Token[], k: number, from: number): boolean {
  const gapped = gappedSpeaker(T, k);
  if (!gapped && !SPEECH_VERBS.has(T[k - 1]?.w ?? '')) return false;
  const next = T[k + 1]?.w;
  if (next !== undefined && !CLAUSE_END.has(next)) return false;
  if (from < 0) return !gapped && k <= 4 && (next === undefined || next === '.');
  for (let j = from; j < k - 1; j++) if (CONTRAST.has(T[j]!.w)) return true;
  return false;
}

/** "…; Kyiv, at 12,000": a name, a comma and "at" before the figure, the verb of the clause before left out. */
export function gappedSpeaker(T: readonly Token[], k: number): boolean {
  return T[k - 1]?.w === 'at' && T[k - 2]?.w === ',' && (T[k - 3]?.startsUpper() ?? false);
}

/** "and another 3,000 in January", "a further 200": an increment word right before the figure. */
export function incrementBefore(T: readonly Token[], k: number): boolean {
  const p = T[k - 1]?.w;
  if (p === 'another') return true;
  if (p !== 'further' && p !== 'additional' && p !== 'extra') return false;
  const a = T[k - 2]?.w;
  return a === 'a' || a === 'an';
}

/**
 * What "how many" asks about in a sentence ("did not say how many North Korean
 * troops had taken part": deployed; "how many had died": killed), or null: the
 * number a next sentence puts "at" answers it.
 */
export function howManyAsks(T: readonly Token[]): Metric | null {
  for (let i = 0; i + 1 < T.length; i++) {
    if (T[i]!.w !== 'how' || T[i + 1]!.w !== 'many') continue;
    let troops = false;
    for (let j = i + 2; j < T.length && j < i + 10; j++) {
      const w = T[j]!.w;
      const m = METRIC_WORDS[w];
      if (m && m !== 'deployed') return m;
      if (TROOP_NOUNS.has(w) || m === 'deployed') troops = true;
      if (w === ',' || w === '.' || w === ';') break;
    }
    return troops ? 'deployed' : null;
  }
  return null;
}

/** Words that name a deployment ("rotate in a second contingent", "if it sends more"; not "based on", "the fighting"). */
const DEPLOYMENT_WORDS = new Set([
  ...DEPLOY_BASE,
  ...DEPLOY_PARTICIPLE,
  'sends',
  'deploys',
  'dispatches',
  'rotates',
  'contingent',
  'contingents',
  'rotation',
  'deployment',
  'deployments',
  'reinforcements',
]);

/** Casualty words that are no metric word of their own ("the toll", "had lost"). */
const LOSS_WORDS = new Set(['toll', 'lost', 'losing', 'lose', 'loses']);

/**
 * The figure's own sentence names a deployment before it and no casualty:
 * "Should Pyongyang rotate in a second contingent, the total could exceed
 * 25,000" counts troops, whatever the figure before it counted.
 */
export function deploymentBefore(T: readonly Token[], k: number): boolean {
  let deployed = false;
  for (let i = 0; i < k; i++) {
    const x = T[i]!.w;
    const m = METRIC_WORDS[x];
    if ((m !== undefined && m !== 'deployed') || LOSS_WORDS.has(x)) return false;
    if (DEPLOYMENT_WORDS.has(x) && !takesAFigure(T, i)) deployed = true;
  }
  return deployed;
}

/** Nouns of a force's parts, counted by their soldiers ("the first North Korean units"). */
const FORCE_NOUNS = new Set(['units', 'troops', 'soldiers', 'forces', 'contingent', 'contingents', 'battalions', 'brigades']);

/**
 * "… the first North Korean units reached Kursk, Western officials put their
 * number at 11,000": "their number" after a force named earlier in the same
 * sentence counts its troops.
 */
export function theirForceBefore(T: readonly Token[], k: number): boolean {
  let n = k - 1;
  if (T[n]?.w === 'at') n--;
  if (T[n]?.w !== 'number' || T[n - 1]?.w !== 'their') return false;
  for (let i = 0; i < n - 1; i++) if (FORCE_NOUNS.has(T[i]!.w)) return true;
  return false;
}

/** Words between a verb and the figure it takes ("promised another 6,000", "sent an additional 3,000"). */
const BEFORE_OBJECT_FIGURE = new Set(['another', 'an', 'a', 'additional', 'further', 'some', 'up', 'to', 'the']);

/**
 * The figure at `k` is the object of a verb that sends or pledges troops
 * ("Pyongyang has promised 6,000 more", "sent another 3,000"): what it counts
 * is troops, whatever the figure before it counted.
 */
export function sentOrPledged(T: readonly Token[], k: number): boolean {
  let v = k - 1;
  while (v >= 0 && v > k - 4 && BEFORE_OBJECT_FIGURE.has(T[v]!.w)) v--;
  const x = T[v]?.w ?? '';
  return DEPLOYMENT_WORDS.has(x) || PLAN_OBJECT_VERBS.has(x);
}
