import type { TextPositionSelector, TextQuoteSelector } from '../types';

/** Characters of context kept on each side of a quote. */
export const QUOTE_CONTEXT = 32;

/**
 * The W3C TextQuote and TextPosition selectors for `text.slice(start, end)`,
 * with up to `context` characters of prefix and suffix.
 */
export function createSelectors(
  text: string,
  start: number,
  end: number,
  context = QUOTE_CONTEXT,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
