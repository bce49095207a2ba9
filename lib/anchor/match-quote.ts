// Finding a quoted figure again in a text that may have changed since it was
// quoted. After the design of hypothesis/client's match-quote (candidates from
// an approximate search, ranked by the quote, its context and its old place),
// with one difference that matters for figures: a candidate is only taken when
// the evidence says it is the same passage. A figure's quote is short ("about
// 300") and often stands elsewhere in the article; so a candidate must carry
// the same number and sit in the same words on its own line, or nothing is
// returned. Refusing is better than pointing at another figure.
import approxSearch from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from '../types';

/** A span of a text, UTF-16 offsets, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface QuoteMatch extends TextSpan {
  /** 0 to 1: how alike the quote, its context and its place are (1 = as quoted). */
  score: number;
}

/** Context on one side shorter than this (in its own line) is too little to vouch for a place. */
const MIN_EVIDENCE_CHARS = 8;
/** A side's context in the quote's own line must be at least this alike, when it counts. */
const MIN_SIDE_SCORE = 0.5;
/** …and both sides together this alike. */
const MIN_BEST_SIDE_SCORE = 0.75;
/** A side that vouches alone must be this alike. */
const MIN_LONE_SIDE_SCORE = 0.9;
/** Candidates scored at most (short quotes have many approximate matches). */
const MAX_CANDIDATES = 2000;

const NUMBER_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands ' +
    'million millions billion dozen dozens half quarter score scores'
  ).split(' '),
);

/**
 * What a figure says as a number, whatever its other words: its digits ("3,000",
 * "3.000" and "3 000" are all "3000"), else its number words in order ("Two
 * hundred" is "two hundred"). Two quotes with different keys are different figures.
 */
export function numberKey(text: string): string {
  const digits = text.replace(/\D+/g, '');
  if (digits.length > 0) return digits;
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => NUMBER_WORDS.has(w)).join(' ');
}

/** Up to the first line break (`fromEnd`: after the last one): the context in the quote's own line. */
function ownLine(context: string, fromEnd: boolean): string {
  if (fromEnd) return context.slice(context.lastIndexOf('\n') + 1);
  const nl = context.indexOf('\n');
  return nl === -1 ? context : context.slice(0, nl);
}

/** How alike `window` (where `expected` should stand) is to `expected`: 1 - edits / length, at least 0. */
function similarity(window: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (window.length === 0) return 0;
  if (window.includes(expected)) return 1;
  const best = approxSearch(window, expected, expected.length)[0];
  return best ? Math.max(0, 1 - best.errors / expected.length) : 0;
}

/** Slack around a context window, so a word inserted or removed does not shift it out of reach. */
const SLACK = 8;

interface SideScores {
  /** Context as quoted, in the quote's own line, and how alike the text is there. */
  nearPrefix: number;
  nearSuffix: number;
  prefixLength: number;
  suffixLength: number;
  /** The whole context (across line breaks), for ranking. */
  prefix: number;
  suffix: number;
}

function scoreSides(text: string, span: TextSpan, quote: TextQuoteSelector): SideScores {
  const nearPrefix = ownLine(quote.prefix, true);
  const nearSuffix = ownLine(quote.suffix, false);
  const before = (n: number) => text.slice(Math.max(0, span.start - n - SLACK), span.start);
  const after = (n: number) => text.slice(span.end, span.end + n + SLACK);
  return {
    nearPrefix: similarity(before(nearPrefix.length), nearPrefix),
    nearSuffix: similarity(after(nearSuffix.length), nearSuffix),
    prefixLength: nearPrefix.length,
    suffixLength: nearSuffix.length,
    prefix: similarity(before(quote.prefix.length), quote.prefix),
    suffix: similarity(after(quote.suffix.length), quote.suffix),
  };
}

/**
 * Whether the words around a candidate vouch for it. The context that counts is
 * the quote's own line (a paragraph inserted before it changes nothing there),
 * on each side with at least MIN_EVIDENCE_CHARS of it:
 * - both sides: together (weighted by length) at least three quarters alike,
 *   and neither of 16 characters or more under half;
 * - one side (the quote opens or closes its line): that side three quarters
 *   alike and the context across the line break on the other side as well; or
 *   that side nine tenths alike and the quote standing there exactly;
 * - neither (the quote is its line): the context across the line breaks, three
 *   quarters alike on both sides.
 */
function isVouchedFor(s: SideScores, exactQuote: boolean): boolean {
  const near: { score: number; length: number; other: number }[] = [];
  if (s.prefixLength >= MIN_EVIDENCE_CHARS) near.push({ score: s.nearPrefix, length: s.prefixLength, other: s.suffix });
  if (s.suffixLength >= MIN_EVIDENCE_CHARS) near.push({ score: s.nearSuffix, length: s.suffixLength, other: s.prefix });
  const [a, b] = near;
  if (!a) return s.prefix >= MIN_BEST_SIDE_SCORE && s.suffix >= MIN_BEST_SIDE_SCORE;
  if (!b) {
    const otherAgrees = a.other >= MIN_BEST_SIDE_SCORE;
    return (a.score >= MIN_LONE_SIDE_SCORE && (exactQuote || otherAgrees)) || (a.score >= MIN_BEST_SIDE_SCORE && otherAgrees);
  }
  const together = (a.score * a.length + b.score * b.length) / (a.length + b.length);
  return together >= MIN_BEST_SIDE_SCORE && near.every((x) => x.length < 16 || x.score >= MIN_SIDE_SCORE);
}

interface Candidate extends TextSpan {
  errors: number;
}

function exactCandidates(text: string, exact: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1 && out.length < MAX_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    out.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return out;
}

/**
 * Every place in `text` that can be `quote` again, best first: exact occurrences
 * when some qualify, else approximate ones with up to half the quote's length in
 * edits. A place qualifies when it carries the same number as the quote
 * (`numberKey`) and is vouched for by its context (`isVouchedFor`). Ranked much
 * as hypothesis ranks: quote 50, prefix and suffix in the quote's own line 20
 * each, the whole prefix and suffix 5 each, nearness to `hint` 2, over 102.
 */
export function findQuoteCandidates(text: string, quote: TextQuoteSelector, hint: number | null = null): QuoteMatch[] {
  const exact = quote.exact;
  if (exact.length === 0 || text.length === 0) return [];
  const key = numberKey(exact);

  const rank = (candidates: Candidate[]): QuoteMatch[] => {
    const out: QuoteMatch[] = [];
    const seen = new Set<string>();
    for (const c of candidates) {
      const id = `${c.start}:${c.end}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (c.errors > 0 && numberKey(text.slice(c.start, c.end)) !== key) continue;
      const sides = scoreSides(text, c, quote);
      if (!isVouchedFor(sides, c.errors === 0)) continue;
      const quoteScore = 1 - c.errors / exact.length;
      const place = hint === null ? 1 : 1 - Math.abs(c.start - hint) / text.length;
      // The quote's own line weighs most; a side with too little of it there is judged across the break.
      const nearPrefix = sides.prefixLength >= MIN_EVIDENCE_CHARS ? sides.nearPrefix : sides.prefix;
      const nearSuffix = sides.suffixLength >= MIN_EVIDENCE_CHARS ? sides.nearSuffix : sides.suffix;
      const raw = 50 * quoteScore + 20 * nearPrefix + 20 * nearSuffix + 5 * sides.prefix + 5 * sides.suffix + 2 * place;
      out.push({ start: c.start, end: c.end, score: raw / 102 });
    }
    return out.sort((a, b) => b.score - a.score || a.start - b.start);
  };

  const exactMatches = rank(exactCandidates(text, exact));
  if (exactMatches.length > 0) return exactMatches;
  const maxErrors = Math.min(256, Math.floor(exact.length / 2));
  if (maxErrors === 0) return [];
  // The search gives only the closest alignments in the whole text (an exact copy
  // elsewhere hides a reworded figure), so look again beside where the context stands.
  const fuzzy = [...approxSearch(text, exact, maxErrors), ...besideContext(text, quote, maxErrors)];
  // Best alignments first, so a cap on the count drops the worst.
  fuzzy.sort((a, b) => a.errors - b.errors);
  return rank(fuzzy.slice(0, MAX_CANDIDATES).map((m) => trimSpan(text, m)));
}

/** Context matches followed up, at most. */
const MAX_CONTEXT_MATCHES = 50;

/** Approximate matches of the quote right after where its prefix stands and right before its suffix. */
function besideContext(text: string, quote: TextQuoteSelector, maxErrors: number): Candidate[] {
  const out: Candidate[] = [];
  const reach = quote.exact.length + maxErrors + SLACK;
  const look = (context: string, after: boolean) => {
    if (context.length < MIN_EVIDENCE_CHARS) return;
    const found = approxSearch(text, context, Math.floor(context.length / 4)).slice(0, MAX_CONTEXT_MATCHES);
    for (const m of found) {
      const from = after ? m.end : Math.max(0, m.start - reach);
      const window = text.slice(from, after ? m.end + reach : m.start);
      for (const q of approxSearch(window, quote.exact, maxErrors))
        out.push({ start: from + q.start, end: from + q.end, errors: q.errors });
    }
  };
  look(ownLine(quote.prefix, true), true);
  look(ownLine(quote.suffix, false), false);
  return out;
}

/**
 * Finds `quote` again in `text`: the best of `findQuoteCandidates`. Null when no
 * place qualifies: the quoted text is gone, or what is left of it is not clearly
 * the same passage. Never a guess.
 */
export function matchQuote(text: string, quote: TextQuoteSelector, hint: number | null = null): QuoteMatch | null {
  return findQuoteCandidates(text, quote, hint)[0] ?? null;
}

/** An approximate match without the white space it may have taken in at its ends. */
function trimSpan(text: string, m: Candidate): Candidate {
  let { start, end } = m;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end, errors: m.errors };
}

/**
 * Finds a W3C TextQuoteSelector again in `text`, the TextPositionSelector (when
 * given) counting in the text it was made from: its old place when the quote and
 * context still stand there, else `matchQuote` with the old start as a hint.
 * Null when the quote cannot be placed with confidence.
 */
export function anchorQuote(text: string, quote: TextQuoteSelector, given: TextPositionSelector | null = null): TextSpan | null {
  if (quote.exact.length === 0) return null;
  const position = given && Number.isInteger(given.start) && Number.isInteger(given.end) ? given : null;
  if (
    position &&
    text.slice(position.start, position.end) === quote.exact &&
    text.slice(Math.max(0, position.start - quote.prefix.length), position.start) === quote.prefix &&
    text.slice(position.end, position.end + quote.suffix.length) === quote.suffix
  ) {
    return { start: position.start, end: position.end };
  }
  const match = matchQuote(text, quote, position ? position.start : null);
  return match ? { start: match.start, end: match.end } : null;
}

/** A quote to place with others, and where it stood in the text it was quoted from (when known). */
export interface QuoteToPlace {
  quote: TextQuoteSelector;
  position: TextPositionSelector | null;
}

const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;

/**
 * Places several quotes of one text at once (an export's annotations of a page):
 * each at its best qualifying place (`findQuoteCandidates`) that no better-fitting
 * quote of the set has taken. Two quotes overlap in the result only when they
 * overlapped where they were quoted. So when a figure's sentence is gone, its
 * annotation does not settle on another annotated figure that reads alike: that
 * place belongs to the annotation quoted there. Null for each quote not placed.
 */
export function anchorQuotes(text: string, items: QuoteToPlace[]): (TextSpan | null)[] {
  const pairs: { item: number; match: QuoteMatch }[] = [];
  items.forEach(({ quote, position }, item) => {
    const hint = position ? position.start : null;
    for (const match of findQuoteCandidates(text, quote, hint)) {
      // Still at its old place with its context: as sure as a match gets.
      const inPlace = position && match.start === position.start && match.end === position.end && match.score > 0.999;
      pairs.push({ item, match: inPlace ? { ...match, score: 2 } : match });
    }
  });
  pairs.sort((a, b) => b.match.score - a.match.score || a.item - b.item);
  const placed: (TextSpan | null)[] = items.map(() => null);
  const original = (i: number) => items[i]!.position;
  for (const { item, match } of pairs) {
    if (placed[item]) continue;
    const clash = placed.some((span, other) => {
      if (!span || !overlaps(span, match)) return false;
      const a = original(item);
      const b = original(other);
      return !(a && b && overlaps(a, b));
    });
    if (!clash) placed[item] = { start: match.start, end: match.end };
  }
  return placed;
}
