// Anchoring lives in lib/anchor; kept here for the callers that import it from the export.
export { anchorQuote, matchQuote, type QuoteMatch, type TextSpan } from '../anchor/match-quote';
