// Metric stage: the casualty words around a figure: "killed or wounded"
// together, the main verb after a participial phrase, and the whole of a part
// ("a third of the 11,000 troops"), which takes no verb of its own.

import { wordTable } from '../../text/word-table';
import { AUX_WORDS, METRIC_WORDS } from '../lexicon';
import { CLAUSE_STOP, COPULA_AUX, QUOTES } from '../grammar';
import type { Token } from '../tokens';
import type { Metric } from '../../types';
import { DEFINITE } from './clause';

/** Degree adverbs before a casualty word ("severely wounded"). */
export const DEGREE = new Set(['severely', 'seriously', 'badly', 'critically', 'gravely', 'lightly', 'slightly', 'heavily', 'mildly']);

export const CASUALTY = (m: Metric | undefined) => m !== undefined && m !== 'deployed';

/** "killed or wounded", "dead and injured" → casualties. */
export function combine(T: readonly Token[], j: number, m: Metric): [Metric, number] {
  let k = j + 1;
  while (QUOTES.has(T[k]?.w ?? '')) k++;
  const conj = T[k]?.w;
  if (conj === 'or' || conj === 'and' || conj === ',' || conj === '/') {
    let n = k + 1;
    // "died or were wounded", "killed and have been injured", "killed or badly wounded".
    while (QUOTES.has(T[n]?.w ?? '') || COPULA_AUX.has(T[n]?.w ?? '') || DEGREE.has(T[n]?.w ?? '')) n++;
    const m2 = METRIC_WORDS[T[n]?.w ?? ''];
    if ((m === 'killed' && m2 === 'wounded') || (m === 'wounded' && m2 === 'killed')) return ['casualties', n];
  }
  return [m, j];
}

export const FINITE_AUX = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is']);

/** The casualty metric of a finite verb after a participial phrase ("... sent to fight for Russia have died"). */
export function mainVerbAfter(T: readonly Token[], from: number): Metric | null {
  for (let q = from; q < T.length && q < from + 10; q++) {
    const w = T[q]!.w;
    if (CLAUSE_STOP.has(w) || w === 'and' || w === 'or') return null;
    if (!FINITE_AUX.has(w)) continue;
    let n = q + 1;
    while (n < T.length && n < q + 6 && AUX_WORDS.has(T[n]!.w)) n++;
    const m = METRIC_WORDS[T[n]?.w ?? ''];
    if ((T[n]?.w === 'taken' || T[n]?.w === 'captured') && T[n + 1]?.w === 'alive') return 'captured';
    return m && m !== 'deployed' ? combine(T, n, m)[0] : null;
  }
  return null;
}

/** The figure is the whole of a part before it ("4,000 of the 11,000 ..."). */
export function isPartitiveWhole(T: readonly Token[], k: number): boolean {
  let q = k - 1;
  if (DEFINITE.has(T[q]?.w ?? '')) q--;
  if (T[q]?.w !== 'of') return false;
  if (T[q - 1]?.w === 'out') q--;
  return (T[q - 1]?.fig ?? -1) >= 0 || PART_WORDS.has(T[q - 1]?.w ?? '');
}

/**
 * A past participle right after the noun phrase, with no auxiliary: a reduced
 * relative clause on the troops themselves ("the two soldiers captured by
 * Ukraine"), not a verb a part takes ("a third of them have been killed").
 */
export function participleOnNoun(T: readonly Token[], j: number): boolean {
  const x = T[j]?.w ?? '';
  return (x.endsWith('ed') || x.endsWith('en')) && METRIC_WORDS[x] !== undefined;
}

export const PART_WORDS = new Set([
  'third',
  'thirds',
  'half',
  'quarter',
  'quarters',
  'fifth',
  'fifths',
  'tenth',
  'percent',
  '%',
  'most',
  'many',
  'all',
  'some',
  'hundreds',
  'thousands',
  'dozens',
  'majority',
  'share',
  'proportion',
  'fraction',
]);

/** Event nouns whose "of" governs a count ("the capture of two", "the loss of 300"). */
export const NOUN_OF: Readonly<Record<string, Metric>> = wordTable({
  capture: 'captured',
  captures: 'captured',
  loss: 'casualties',
  losses: 'casualties',
  killing: 'killed',
  killings: 'killed',
  deaths: 'killed',
  death: 'killed',
  wounding: 'wounded',
  deployment: 'deployed',
  dispatch: 'deployed',
  arrival: 'deployed',
  transfer: 'deployed',
});
