// The scope of a figure stored before scopes existed (schema version 1),
// read again from its stored sentence with the extractor's scope rules.
import { locateFigureInSentence } from '../compare/compare-figures';
import { scopeInSentence } from '../extract/scope';
import type { Metric, Scope, TextQuoteSelector } from '../types';

/**
 * The scope the extractor's rules give the figure in its stored sentence
 * (found there by its words, the occurrence whose preceding text matches the
 * quote's prefix); `total` when the row kept no sentence (the bundled corpus)
 * or the figure is not found in it.
 */
export function scopeOfStoredFigure(c: {
  sentence: string | null;
  figure: string;
  metric: Metric;
  quote?: TextQuoteSelector | null;
}): Scope {
  const at = locateFigureInSentence(c.sentence, c.figure, c.quote?.prefix ?? '');
  if (c.sentence === null || at === null) return 'total';
  return scopeInSentence(c.sentence, at.start, at.end, c.metric);
}
