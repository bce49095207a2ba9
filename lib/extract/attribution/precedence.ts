// Attribution stage: the one precedence table for cues that compete for a
// figure. A cue's weight is its distance in characters from the figure plus
// the points each rule below adds; the lightest cue speaks for the figure.
// Infinity: the cue does not speak for the figure at all. Cases in
// ./context-cases.ts.

import type { Attribution } from '../../types';
import type { RuleInfo } from '../rule';
import { CONTRAST_MARK, type Token } from '../tokens';
import type { AttributionCtx } from './attribute';
import { CONTEXT_CASES } from './context-cases';
import type { Cue } from './cue-rules';
import { deniesFigure } from './unconfirmed';

export interface PrecedenceRule extends RuleInfo {
  /** Whether `weigh` reads the cue's resolved source (else it is read before, and may spare the resolving). */
  needsSource: boolean;
  /** Points added to the cue's weight for the figure at `figAt` (`a`: the cue's source, or null before it is resolved). */
  weigh(ctx: AttributionCtx, T: readonly Token[], c: Cue, figAt: number, a: Attribution | null): number;
}

const MEDIA_RE =
  /\b(?:Reuters|AFP|AP|Associated Press|BBC|CNN|Bloomberg|New York Times|Wall Street Journal|Washington Post|Guardian|Financial Times|Kyodo|NHK|Al Jazeera|Newsweek|Sky News|Fox News|NBC|CBS|ABC|Politico|Axios|NK News|Daily NK)\b/;
const AMID_NOUN_RE = /^(?:reports|speculation|claims|rumou?rs|estimates)$/;

/** Whether text[lo, hi) holds "amid" as written (what a slice's `includes` says, with no slice; bounded, where indexOf would run on to the end of a long text). */
function holdsAmid(text: string, lo: number, hi: number): boolean {
  for (let i = lo; i + 4 <= hi; i++) {
    if (text.charCodeAt(i) === 97 && text.charCodeAt(i + 1) === 109 && text.charCodeAt(i + 2) === 105 && text.charCodeAt(i + 3) === 100)
      return true;
  }
  return false;
}

/**
 * Whether a token between the cue `c` and the figure at `figAt` (starting
 * strictly between them) satisfies `test`: the tokens from the cue's towards
 * the figure, no others.
 */
function between(T: readonly Token[], c: Cue, figAt: number, test: (T: readonly Token[], j: number) => boolean): boolean {
  if (c.at < figAt) {
    for (let j = c.k + 1; j < T.length && T[j]!.start < figAt; j++) if (test(T, j)) return true;
  } else {
    for (let j = c.k - 1; j >= 0 && T[j]!.start > figAt; j--) if (test(T, j)) return true;
  }
  return false;
}

/** A word of CONTRAST (../grammar.ts; the tokenizer marked it). */
const contrast = (T: readonly Token[], j: number): boolean => (T[j]!.marks & CONTRAST_MARK) !== 0;
/** "amid" before "reports", "speculation", ... (within three words). */
const amidReports = (T: readonly Token[], j: number): boolean => {
  if (T[j]!.w !== 'amid') return false;
  for (let n = j + 1; n < j + 4 && n < T.length; n++) if (AMID_NOUN_RE.test(T[n]!.w)) return true;
  return false;
};

/** A phrase with "his", "her" or "their" in it ("reports from his commanders"). */
function ownSources(phrase: readonly Token[]): boolean {
  for (const t of phrase) if (t.w === 'his' || t.w === 'her' || t.w === 'their') return true;
  return false;
}

const rule = (id: string, summary: string, needsSource: boolean, weigh: PrecedenceRule['weigh']): PrecedenceRule => ({
  id,
  stage: 'attribution',
  summary,
  cases: CONTEXT_CASES[id] ?? [],
  needsSource,
  weigh,
});

export const PRECEDENCE: readonly PrecedenceRule[] = [
  rule(
    'forward-only',
    '"..., and a US official said that ...": a cue with "that" speaks only for the figures after it',
    false,
    (_ctx, _T, c, figAt) => (c.forward && c.at > figAt ? Infinity : 0),
  ),
  rule(
    'amid-reports',
    '"the agency said, amid reports the number could be 12,000": unnamed reports between a cue and a figure are the figure’s source',
    false,
    // (The text between must also hold "amid" in lower case: a capitalised "Amid" alone does not count.)
    (ctx, T, c, figAt) => (c.at < figAt && between(T, c, figAt, amidReports) && holdsAmid(ctx.text, c.at, figAt) ? Infinity : 0),
  ),
  rule(
    'unconfirmed-speaks-not',
    '"The Pentagon said it could not independently verify reports that 500 ...": a speaker who could not confirm a figure does not speak for it',
    false,
    (_ctx, T, c, figAt) => (deniesFigure(T, c, figAt) ? Infinity : 0),
  ),
  rule('contrast-between', '"X said ..., while Y ...": a cue across "while", "but", ";" weighs 1000 more', false, (_ctx, T, c, figAt) =>
    between(T, c, figAt, contrast) ? 1000 : 0,
  ),
  rule(
    'own-sources',
    '"according to reports from his commanders": the speaker’s own sources weigh 800 more than the speaker',
    false,
    (_ctx, _T, c) => (ownSources(c.phrase) ? 800 : 0),
  ),
  rule(
    'media-pass-on',
    '"Reuters reported, citing Seoul": a news agency passing on a figure weighs 500 more than its source',
    true,
    (_ctx, _T, _c, _f, a) => (a !== null && a.side === 'other' && MEDIA_RE.test(a.text) ? 500 : 0),
  ),
  rule(
    'weak-label',
    '"HUR: ...": a headline label weighs 400 more than a speaker (5000 when it names North Korea)',
    true,
    (_ctx, _T, c, _f, a) => (c.weak ? (a?.side === 'kp' ? 5000 : 400) : 0),
  ),
];
