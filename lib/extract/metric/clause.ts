// Metric stage: what the figure's clause counts when its own noun phrase and
// verbs say nothing: a metric word earlier in the clause ("casualties ... have
// exceeded 3,000"), or troops named there ("the number of troops is 11,000").

import { CLAUSE_STOP } from '../grammar';
import { METRIC_WORDS } from '../lexicon';
import type { Token } from '../tokens';
import type { Metric } from '../../types';

/** Determiners that point back at something named ("the losses", "their number"). */
export const DEFINITE = new Set(['the', 'their', 'its', 'such', 'these', 'those']);

export const COMPLEMENT = new Set([
  'at',
  'to',
  'from',
  'between',
  'reach',
  'hit',
  'rose',
  'grew',
  'increased',
  'reached',
  'is',
  'was',
  'are',
  'were',
  'numbering',
  'number',
  'numbered',
  'numbers',
  'totalled',
  'totaled',
  'totalling',
  'totaling',
  'totals',
  'total',
  'of',
  'around',
  'about',
  'some',
  'nearly',
  'be',
]);

export const TROOP_CLAUSE = new Set([
  'troops',
  'troop',
  'soldiers',
  'forces',
  'contingent',
  'servicemen',
  'personnel',
  'deployment',
  'fighters',
  'force',
]);

/**
 * A metric word earlier in the figure's clause ("casualties ... has exceeded
 * 3,000"); troops named earlier make a complement figure "deployed" ("the
 * number of North Korean troops is estimated at 11,000").
 */
export function clauseMetric(T: readonly Token[], k: number): { metric: Metric; definite: boolean } | null {
  let killed = false;
  let wounded = false;
  let first: Metric | null = null;
  let definite = false;
  let deployed = false;
  let troops = false;
  /** The dash opening an aside the walk is inside ("losses — dead and wounded — at"), or -1. */
  let asideOpen = -1;
  // A label: "Losses: 4,000", "Killed: 300+".
  if (T[k - 1]?.w === ':') {
    for (let j = k - 2; j >= 0 && k - j <= 6; j--) {
      const m = METRIC_WORDS[T[j]!.w];
      if (m) return { metric: m, definite: false };
    }
  }
  for (let j = k - 1; j >= 0 && k - j < 16; j--) {
    const w = T[j]!.w;
    // A participial apposition goes on with its noun: "the contingent, estimated at 11,000".
    if (w === ',' && APPOSITIVE.has(T[j + 1]?.w ?? '')) continue;
    // A relative clause goes on with its noun: "troops, which are thought to number 12,000".
    if (w === ',' && (T[j + 1]?.w === 'which' || T[j + 1]?.w === 'who')) continue;
    // "the count of the wounded has barely moved, at about 4,700": the figure set after its clause's verb.
    if (w === ',' && j === k - 2 && T[k - 1]!.w === 'at') continue;
    // "the count of the wounded, by contrast, has barely moved": a short aside between commas.
    if (w === ',') {
      const open = asideOpening(T, j);
      if (open >= 0) {
        j = open;
        continue;
      }
    }
    // "rose by 1,000 to 4,000": the change goes on with its clause.
    if (w === '#fig' && T[j - 1]?.w === 'by') continue;
    // "North Korean losses — dead and wounded together — at 6,000": an aside between two dashes goes on with its clause.
    if (j === asideOpen) continue;
    if ((w === '—' || w === '–') && asideOpen < 0) {
      for (let o = j - 1; o >= 0 && j - o <= 12; o--) {
        if (T[o]!.w === w) {
          asideOpen = o;
          break;
        }
        if (T[o]!.w === '.' || T[o]!.w === ';') break;
      }
      if (asideOpen >= 0) continue;
    }
    if (CLAUSE_STOP.has(w)) break;
    if (w === 'toll') {
      const m: Metric = T[j - 1]?.w === 'casualty' ? 'casualties' : 'killed';
      if (!first) definite = DEFINITE.has(T[j - 1]?.w ?? '') || DEFINITE.has(T[j - 2]?.w ?? '');
      first ??= m;
      continue;
    }
    if (TROOP_CLAUSE.has(w)) troops = true;
    const m = METRIC_WORDS[w];
    if (!m) continue;
    if (m === 'deployed') {
      deployed = true;
      continue;
    }
    if (m === 'killed') killed = true;
    if (m === 'wounded') wounded = true;
    // "the losses had reached 3,000": a definite noun points back at troops already named; so does "the number of wounded".
    if (!first) definite = DEFINITE.has(T[j - 1]?.w ?? '') || definiteCountOf(T, j);
    first ??= m;
  }
  if (killed && wounded) return { metric: 'casualties', definite };
  if (first) return { metric: first, definite };
  if (deployed) return { metric: 'deployed', definite: false };
  return troops && COMPLEMENT.has(T[k - 1]?.w ?? '') ? { metric: 'deployed', definite: false } : null;
}

/** Nouns of a count: "the number of wounded", "the toll of dead". */
const COUNT_OF = new Set(['number', 'count', 'toll', 'tally', 'figure']);

/** The metric word at `j` is counted by a definite count noun: "the number of wounded". */
function definiteCountOf(T: readonly Token[], j: number): boolean {
  return T[j - 1]?.w === 'of' && COUNT_OF.has(T[j - 2]?.w ?? '') && DEFINITE.has(T[j - 3]?.w ?? '');
}

export const APPOSITIVE = new Set([
  'estimated',
  'numbering',
  'believed',
  'thought',
  'put',
  'reported',
  'totalling',
  'totaling',
  'said',
  'counted',
]);

/** Words that open a short aside set between commas ("by contrast", "for its part", "however", "in turn"). */
const ASIDE_OPENERS = new Set(['by', 'for', 'in', 'however', 'meanwhile', 'though', 'too', 'also', 'so']);
/** The longest aside skipped, in words ("for their part"). */
const ASIDE_MAX_WORDS = 3;

/**
 * The comma that opens a short aside closed by the comma at `close` (", by
 * contrast,", ", for its part,"): its index, or -1 when the words before
 * `close` are no such aside.
 */
function asideOpening(T: readonly Token[], close: number): number {
  for (let o = close - 1; o >= 0 && close - o <= ASIDE_MAX_WORDS + 1; o--) {
    const w = T[o]!.w;
    if (w === ',') return o < close - 1 && ASIDE_OPENERS.has(T[o + 1]!.w) ? o : -1;
    if (!/^[a-z]/.test(w)) return -1;
  }
  return -1;
}
