// Asking the background what a page's verdicts weighed (the `details` message):
// the popover for the figure it shows, the popup for all of them. The page's
// own answer carried each verdict's mark only (`PageAnswer`).
import { type ContentToBackground, isErrorResponse, MAX_DETAILS_FIGURES } from './messages';
import type { ClaimVerdict, FigureFacts, JudgedClaim, MarkedClaim, PageMeta } from './types';

/** The `details` message. */
export type DetailsMessage = Extract<ContentToBackground, { type: 'details' }>;

/** Sends a message to the background, resolving with its answer. */
export type SendToBackground = (message: DetailsMessage) => Promise<unknown>;

/** A figure's facts, as judging reads them (no sentence, no offsets: what the message carries). */
export const factsOf = (c: FigureFacts): FigureFacts => ({
  metric: c.metric,
  qualifier: c.qualifier,
  low: c.low,
  high: c.high,
  figure: c.figure,
  attribution: c.attribution,
  period: c.period,
  scope: c.scope,
});

/** A claim with its mark and nothing compared: past the store's limit of figures per page, or when the background cannot say. */
export const nothingCompared = (claim: MarkedClaim): JudgedClaim => ({ ...claim, compared: [], earlier: [], later: [] });

function isVerdict(x: unknown): x is ClaimVerdict {
  const v = x as ClaimVerdict | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.verdict === 'string' &&
    Array.isArray(v.compared) &&
    Array.isArray(v.earlier) &&
    Array.isArray(v.later)
  );
}

/**
 * Claims `indices` of `claims` (the page's figures, all of them, in page order)
 * with their verdicts in full, in the order of `indices`. Throws, in words for
 * the reader, when the background cannot answer.
 */
export async function fetchDetails(
  send: SendToBackground,
  page: PageMeta,
  claims: readonly MarkedClaim[],
  indices: readonly number[],
): Promise<JudgedClaim[]> {
  const asked = indices.filter((i) => i < MAX_DETAILS_FIGURES);
  let verdicts: ClaimVerdict[] = [];
  if (asked.length > 0) {
    const figures = claims.slice(0, MAX_DETAILS_FIGURES).map(factsOf);
    const answer = await send({ type: 'details', page, figures, indices: asked });
    if (isErrorResponse(answer)) throw new Error(answer.error);
    const got = (answer as { verdicts?: unknown } | null)?.verdicts;
    if (!Array.isArray(got) || got.length !== asked.length || !got.every(isVerdict)) {
      throw new Error('Tallymark could not load what other outlets reported.');
    }
    verdicts = got;
  }
  const byIndex = new Map(asked.map((i, k) => [i, verdicts[k]!]));
  return indices.map((i) => {
    const claim = claims[i]!;
    const verdict = byIndex.get(i);
    return verdict ? { ...claim, ...verdict } : nothingCompared(claim);
  });
}
