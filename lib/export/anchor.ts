import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from '../types';

/** A span of a text, UTF-16 offsets, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Below this normalised score a fuzzy match is taken for a different passage. */
const MIN_FUZZY_SCORE = 0.5;

/** How alike `actual` is to `expected`, from 0 (nothing alike) to 1 (equal). */
function scoreSimilarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual === expected) return 1;
  const best = search(actual, expected, expected.length)[0];
  return best ? Math.max(0, 1 - best.errors / expected.length) : 0;
}

/** Score a candidate span by its quote errors, its context and its distance from the old position. */
function scoreCandidate(
  text: string,
  span: TextSpan & { errors: number },
  quote: TextQuoteSelector,
  position: TextPositionSelector | null,
): number {
  const quoteScore = 1 - span.errors / Math.max(1, quote.exact.length);
  const prefix = text.slice(Math.max(0, span.start - quote.prefix.length), span.start);
  const suffix = text.slice(span.end, span.end + quote.suffix.length);
  const prefixScore = scoreSimilarity(prefix, quote.prefix);
  const suffixScore = scoreSimilarity(suffix, quote.suffix);
  const positionScore = position ? 1 - Math.abs(span.start - position.start) / Math.max(1, text.length) : 1;
  // Weights after hypothesis's match-quote: the quote counts most, then its context.
  return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
}

/**
 * Finds a W3C TextQuoteSelector again in `text`.
 *
 * Exact first: the old position when the quote still stands there with its context,
 * else the exact occurrence whose context and position fit best. When the quote no
 * longer occurs exactly (the text moved or was edited a little), a fuzzy search
 * allowing up to half the quote's length in errors, scored by context and position;
 * a fuzzy match scoring under 0.5 of a perfect one is rejected.
 *
 * Returns the span of the quote in `text`, or null when it cannot be found.
 */
export function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector | null = null,
): TextSpan | null {
  const exact = quote.exact;
  if (exact.length === 0) return null;

  if (
    position &&
    text.slice(position.start, position.end) === exact &&
    text.slice(Math.max(0, position.start - quote.prefix.length), position.start) === quote.prefix &&
    text.slice(position.end, position.end + quote.suffix.length) === quote.suffix
  ) {
    return { start: position.start, end: position.end };
  }

  const exactHits: (TextSpan & { errors: number })[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    exactHits.push({ start: at, end: at + exact.length, errors: 0 });
  }
  const best = (hits: (TextSpan & { errors: number })[]) => {
    let top: { span: TextSpan; score: number } | null = null;
    for (const hit of hits) {
      const score = scoreCandidate(text, hit, quote, position);
      if (!top || score > top.score) top = { span: { start: hit.start, end: hit.end }, score };
    }
    return top;
  };

  if (exactHits.length > 0) return best(exactHits)?.span ?? null;

  const maxErrors = Math.min(256, Math.floor(exact.length / 2));
  if (maxErrors === 0) return null;
  const fuzzy = best(search(text, exact, maxErrors));
  return fuzzy && fuzzy.score >= MIN_FUZZY_SCORE ? fuzzy.span : null;
}
