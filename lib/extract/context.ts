// What every stage of the claim engine reads a figure with: the text's
// context (its figures, the claims found so far, caches per sentence), the
// figure's sentence, the switch of a named rule, and the trace `--explain`
// records (which rule refused a figure, which fired on it).

import type { Attribution, Claim } from '../types';
import type { LineStarts } from '../text/lines';
import type { AttributionCtx, Cue, SideMemo } from './attribution';
import type { BareSentence } from './attribution/source-paren';
import type { RawFigure } from './figures';
import type { SentenceTimes } from './period';
import { type DisabledRules, type RuleInfo, ruleOn } from './rule';
import { type Token, tokenize } from './tokens';
import type { SentenceNk } from './topic/sentence-nk';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first figure that may lie in the sentence. */
  firstFig: number;
  nk: boolean;
  /** The sentence is a link to another story ("READ MORE: ..."). */
  related: boolean;
  prevNk?: boolean;
  /** A question up to three sentences before asks "How many ...?" (`afterHowMany`; undefined: not yet asked). */
  howMany?: boolean;
  tokens?: Token[];
  cues?: Cue[];
  /** The sentence holds a time word (period parsing runs only then). */
  timeHint?: boolean;
  /** The times the sentence names, read for its first figure that asks (../period/sentence.ts, `timesOf`). */
  times?: SentenceTimes;
  /** The period of the timeline item the sentence stands in (undefined: not yet read). */
  item?: string | null;
  /** The sentence's text, sliced once: its claims share the string (and conform need not compare it with the text). */
  text?: string;
  /** The tokens with their source parentheses left out ("600 dead (NIS)"), null when none (undefined: not yet read). */
  bare?: BareSentence | null;
}

export interface Ctx extends AttributionCtx {
  text: string;
  figs: RawFigure[];
  published: string | null;
  /** Rule ids switched off (./rule.ts). */
  disabled: DisabledRules;
  memo: SideMemo;
  claims: Claim[];
  /** "he said" resolved per sentence start. */
  pronouns: Map<number, Attribution | null>;
  /** Sentence before each sentence start, and whether it names North Korea. */
  previous: Map<number, { start: number; nk: boolean } | null>;
  /** Whether a sentence names North Korea, by its bounds (./topic/sentence-nk.ts). */
  sentenceNk: SentenceNk;
  /** Tokens of neighbouring sentences read for attribution, by start. */
  tokens: Map<number, Token[]>;
  /** The current figure's sentence was let in only because it may be a fact box line. */
  labelOnly?: boolean;
  /** The headline and lead name North Korea, and the text is no live blog (computed on demand). */
  topic?: boolean;
  /** The last search for "(" (./attribution/source-paren.ts, `parenFrom`): the first at or after `from` stands at `at` (-1: none). */
  parenSearch?: { from: number; at: number };
  /** Line starts, found once for the whole text (timeline item labels). */
  lines?: LineStarts;
  /** The index of the last stage run on every figure (`ExtractOptions.stopAfter`, ./extract-claims.ts). */
  stop: number;
}

/** Whether the named rule `r` is switched on for this extraction. */
export const on = (ctx: Ctx, r: RuleInfo): boolean => ruleOn(ctx.disabled, r.id);

/**
 * Set only while `extractWithRefusals` runs: the id of the check that refused
 * each figure, by its index among the text's figures (for `--explain`).
 */
let refusals: Map<number, string> | null = null;

export const refuse = (i: number, id: string): null => {
  refusals?.set(i, id);
  return null;
};

/**
 * Set only while `extractWithRefusals` runs: the ids of the named rules that
 * fired on each figure (decided its metric, or changed a reading), in order.
 */
let firings: Map<number, string[]> | null = null;

export const fire = (i: number, id: string): void => {
  if (firings === null) return;
  const list = firings.get(i);
  if (list) list.push(id);
  else firings.set(i, [id]);
};

/** Whether a trace is being recorded (`extractWithRefusals`). */
export const tracing = (): boolean => firings !== null;

/**
 * Tokens of a neighbouring sentence [start, end), tokenized once per text.
 * (Kept by start: a later ask at the same start gets the span first asked there.)
 */
export function tokensOf(ctx: AttributionCtx, [s, e]: [number, number]): Token[] {
  let T = ctx.tokens.get(s);
  if (!T) {
    const end = ctx.unread?.get(s) ?? e;
    T = tokenize(ctx.text, s, end, ctx.figs, firstFigFrom(ctx.figs, s));
    ctx.tokens.set(s, T);
  }
  return T;
}

/**
 * `tokensOf(ctx, span)` when the text it would read holds `word` (a pattern
 * that matches wherever a token of the word stands), else null: most
 * neighbouring sentences are asked about one word ("how many") and hold no
 * such word, and are then not tokenized (nor their tokens kept for the whole
 * text). The span is remembered as asked (`unread`), so what `tokensOf` gives
 * at its start later is what it gave before.
 */
export function tokensIfHolding(ctx: AttributionCtx, span: [number, number], word: RegExp): Token[] | null {
  const [s, e] = span;
  const T = ctx.tokens.get(s);
  if (T) return T;
  const unread = (ctx.unread ??= new Map());
  const end = unread.get(s) ?? e;
  if (word.test(ctx.text.slice(s, end))) return tokensOf(ctx, span);
  if (!unread.has(s)) unread.set(s, end);
  return null;
}

/** Index of the first figure ending after `pos` (binary search). */
export function firstFigFrom(figs: readonly RawFigure[], pos: number): number {
  let lo = 0;
  let hi = figs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figs[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Starts recording refusals and firings (`extractWithRefusals`); `stopTrace` ends it and hands them over. */
export function startTrace(): void {
  refusals = new Map();
  firings = new Map();
}

export function stopTrace(): { refused: Map<number, string>; fired: Map<number, string[]> } {
  const out = { refused: refusals ?? new Map<number, string>(), fired: firings ?? new Map<number, string[]>() };
  refusals = null;
  firings = null;
  return out;
}
