// One figure's reading as the stages of `analyze` (./extract-claims.ts) build
// it up: what the figure is (./read-figure.ts), whose troops it counts
// (./topic/figure-topic.ts), what it counts (./metric/decide.ts), and the
// claim made of it (./claim-of.ts). Each stage reads the fields set before it
// and sets its own; a stage that refuses the figure says which rule did
// (`refuse`, ./context.ts) and the reading goes no further.

import type { Claim, Metric } from '../types';
import type { BareSentence, ParenRead } from './attribution/source-paren';
import { refuse, type Sentence } from './context';
import type { RawFigure } from './figures';
import type { Head } from './metric/noun-phrase';
import type { Token } from './tokens';

export interface FigureReading {
  /** The figure's index among the text's figures. */
  i: number;
  f: RawFigure;
  sent: Sentence;
  /** The tokens read: the sentence's, or the sentence's without its source parentheses (`bare`). */
  T: Token[];
  /** The figure's token in `T`. */
  k: number;
  /** The figure's token in the sentence's own tokens (attribution reads those). */
  kSent: number;
  /** The sentence read past its source parentheses ("600 dead (NIS)"), or null. */
  bare: BareSentence | null;
  /** What the figure's own source parenthesis gives it. */
  paren: ParenRead | undefined;
  // The noun phrase after the figure (../metric/noun-phrase.ts), copied out of the one object it is read into:
  head: Head;
  /** A status word before a troop noun ("two captured soldiers"). */
  adj: Metric | null;
  /** The metric the head names ("casualties"). */
  headMetric: Metric | null;
  /** "of those troops": the troops named before. */
  partOfWord: boolean;
  /** The token after the noun phrase. */
  j: number;
  /** The noun phrase names North Korea (or the figure is a part "of" North Koreans). */
  natNK: boolean;
  natOther: boolean;
  /** "... It should consist of 3,000 North Korean citizens": the unit's members (a part). */
  unitByIt: boolean;
  /** The figure's token of the whole in "4,000 of the 11,000 troops", or -1. */
  ofFig: number;
  owner: 'nk' | 'other' | null;
  /** "8,000 of them": the troops of the figure before. */
  partitive: boolean;
  /** The claim kept just before, if any. */
  prevClaim: Claim | undefined;
  /** The metric the verb after the figure gives ("were killed"). */
  predMetric: Metric | null;
  /** The metric a verb taking the figure as its object gives ("killed 200"). */
  verbMetric: Metric | null;
  metric: Metric | null;
  /** The clause names its count with a definite noun ("the number of wounded is ..."). */
  definite: boolean;
  /** The figure takes what it counts from a claim or question before it. */
  anaphoric: boolean;
  /** The figure stands alone after its source's verb ("… Kyiv says 2,700."). */
  spokenElided: boolean;
}

/** A reading begun on the figure `i` at token `k` of its sentence, every field set (one shape for every reading). */
export function startReading(i: number, f: RawFigure, sent: Sentence, k: number, prevClaim: Claim | undefined): FigureReading {
  return {
    i,
    f,
    sent,
    T: sent.tokens!,
    k,
    kSent: k,
    bare: null,
    paren: undefined,
    head: 'none',
    adj: null,
    headMetric: null,
    partOfWord: false,
    j: -1,
    natNK: false,
    natOther: false,
    unitByIt: false,
    ofFig: -1,
    owner: null,
    partitive: false,
    prevClaim,
    predMetric: null,
    verbMetric: null,
    metric: null,
    definite: false,
    anaphoric: false,
    spokenElided: false,
  };
}

/** Refuses the reading's figure by the rule `id`: false, for a stage to return. */
export function refused(r: FigureReading, id: string): false {
  refuse(r.i, id);
  return false;
}

/** Whether a stage gave a reading to go on with (not a claim made already: a fact box's line). */
export const isReading = (x: FigureReading | Claim): x is FigureReading => 'kSent' in x;
