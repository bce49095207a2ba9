// Metric stage: the predicate after a figure's noun phrase.

import type { Metric } from '../../types';
import { QUOTES } from '../grammar';
import { AUX_WORDS, METRIC_WORDS, NP_MODIFIERS, TROOP_NOUNS } from '../lexicon';
import type { Token } from '../tokens';
import type { Head } from './noun-phrase';
import { CASUALTY, combine, DEGREE, FINITE_AUX, isPartitiveWhole, mainVerbAfter } from './verbs';

/** Copulas and verbs of staying. */
const BE = new Set(['are', 'were', 'is', 'was', 'remain', 'remained', 'remains', 'be', 'been', 'stay', 'stayed']);

const REMAIN = new Set(['remain', 'remains', 'remained']);

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
export function readPredicate(T: readonly Token[], k: number, j: number, head: Head, partOfWord: boolean): Metric | null {
  let predMetric: Metric | null = null;
  // The predicate right after the noun phrase: "have been killed", "(are) dead", "taken prisoner".
  let p = head === 'none' ? k + 1 : j;
  let guard = 0;
  // "Two North Korean soldiers, captured by Ukraine, ..."
  if (T[p]?.w === ',' && METRIC_WORDS[T[p + 1]?.w ?? ''] !== undefined && head !== 'none') p++;
  // "4,000 North Korean troops, or a third of those sent, have been killed": past the apposition.
  if (
    head === 'troop' &&
    T[p]?.w === ',' &&
    (T[p + 1]?.w === 'or' ||
      T[p + 1]?.w === 'roughly' ||
      T[p + 1]?.w === 'about' ||
      T[p + 1]?.w === 'nearly' ||
      T[p + 1]?.w === 'including' ||
      T[p + 1]?.w === 'among' ||
      T[p + 1]?.w === 'mostly')
  ) {
    let q = p + 2;
    while (q < T.length && q < p + 16 && T[q]!.w !== ',') q++;
    if (T[q]?.w === ',' && FINITE_AUX.has(T[q + 1]?.w ?? '')) p = q + 1;
  }
  // "3,000 of them ...", "of whom 3,000 ...".
  const partOf =
    (head === 'weak' && (partOfWord || PART_OF.has(T[j - 1]?.w ?? ''))) ||
    (head === 'none' && PART_OF.has(T[k - 1]?.w ?? '') && T[k - 2]?.w === 'of');
  for (;;) {
    while (p < T.length && guard++ < 8 && (AUX_WORDS.has(T[p]!.w) || QUOTES.has(T[p]!.w) || REMAIN.has(T[p]!.w) || DEGREE.has(T[p]!.w)))
      p++;
    // "600 of them — by Seoul's count — fatal": the aside goes on to the status.
    if (!partOf || (T[p]?.w !== '—' && T[p]?.w !== '–')) break;
    let q = p + 1;
    while (q < T.length && q < p + 10 && T[q]!.w !== '—' && T[q]!.w !== '–') q++;
    p = q < T.length && q < p + 10 && METRIC_WORDS[T[p + 1]?.w ?? ''] === undefined ? q + 1 : p + 1;
  }
  // "3,000 of whom are special forces": part of the force sent.
  if (partOf && (BE.has(T[p - 1]?.w ?? '') || p === (head === 'none' ? k + 1 : j))) {
    let q = p;
    while (NP_MODIFIERS.has(T[q]?.w ?? '') || T[q]?.w === 'special') q++;
    if (TROOP_NOUNS.has(T[q]?.w ?? '') && METRIC_WORDS[T[q + 1]?.w ?? ''] === undefined) predMetric = 'deployed';
  }
  // "are listed as missing", "were classified as dead": the status after "as".
  // "went missing", "were declared dead", "are considered missing".
  if (LISTED.has(T[p]?.w ?? '')) {
    const q = T[p + 1]?.w === 'as' ? p + 2 : p + 1;
    if (CASUALTY(METRIC_WORDS[T[q]?.w ?? '']) || (q === p + 2 && METRIC_WORDS[T[q]?.w ?? ''] !== undefined)) p = q;
  }
  const t = T[p];
  if (t && t.fig < 0) {
    // "remain unaccounted for": missing.
    if (t.w === 'unaccounted' && T[p + 1]?.w === 'for') predMetric = 'missing';
    // "600 of them fatally (wounded)": killed.
    else if (t.w === 'fatally' || t.w === 'mortally') predMetric = 'killed';
    else if ((t.w === 'taken' || t.w === 'held' || t.w === 'took') && /^(prisoners?|captives?|pows?|hostage)$/.test(T[p + 1]?.w ?? ''))
      predMetric = 'captured';
    else if (t.w === 'lost' && T[p + 2]?.w === 'lives') predMetric = 'killed';
    // "have been lost": casualties.
    else if (t.w === 'lost' && T[p - 1]?.w === 'been') predMetric = 'casualties';
    // "12,000 are training in the Far East" (a verb here; "3,000 training rounds" is a noun).
    else if (t.w === 'training' && BE.has(T[p - 1]?.w ?? '')) predMetric = 'deployed';
    else {
      const mw = METRIC_WORDS[t.w];
      if (mw) predMetric = combine(T, p, mw)[0];
      // "soldiers sent to fight for Russia have died": the participle modifies the noun; the main verb counts.
      if (mw === 'deployed' && p === j && head !== 'none' && !isPartitiveWhole(T, k)) predMetric = mainVerbAfter(T, p + 1) ?? predMetric;
      // "taken alive", "captured alive".
      if ((t.w === 'taken' || t.w === 'captured') && T[p + 1]?.w === 'alive') predMetric = 'captured';
      // "two of them are in Ukrainian hands / captivity / custody".
      else if (T[p - 1]?.w === 'in' && T.slice(p, p + 3).some((x) => x.w === 'hands' || x.w === 'captivity' || x.w === 'custody')) {
        predMetric = 'captured';
      }
      // "11,000 were in Russia", "are now inside Kursk": being there is being deployed.
      else if (
        /^\p{Lu}/u.test(t.raw) &&
        !/(?:ian|ean|ese|ish)$/.test(t.w) &&
        (T[p - 1]?.w === 'in' || T[p - 1]?.w === 'inside') &&
        p - 2 > k
      ) {
        let b = p - 2;
        while (b > k && (T[b]!.w === 'now' || T[b]!.w === 'still' || T[b]!.w === 'currently' || T[b]!.w === 'already')) b--;
        if (BE.has(T[b]!.w)) predMetric = 'deployed';
      }
    }
  }
  return predMetric;
}
