// What a kept claim changes in the claims before it, or it in their light:
// "... sent 1,000 engineers. Earlier, it deployed 15,000 troops" (the one
// before is a later contingent), and "The engineers spent months clearing
// mines. Nine of them died" (that group's losses).

import type { Claim } from '../types';
import { sentenceBefore } from '../text/sentences';
import { type Ctx, fire, on, type Sentence, tokensOf } from './context';
import {
  countedOfThem,
  EARLIER_NEXT,
  GROUP_BEFORE,
  markLaterContingent,
  opensOnEarlier,
  themAreFewer,
  themIsAGroup,
} from './scope/earlier';

/**
 * Reads the claim of the figure `i` in `sent` against the claims kept before
 * it; `lastSentEnd`, where the sentence of the last claim kept ends (-1: none),
 * and `lastFig`, that claim's figure.
 */
export function relateToEarlier(ctx: Ctx, sent: Sentence, claim: Claim, i: number, lastSentEnd: number, lastFig: number): void {
  if (
    lastSentEnd >= 0 &&
    lastSentEnd <= sent.start &&
    on(ctx, EARLIER_NEXT) &&
    opensOnEarlier(sent.tokens!) &&
    markLaterContingent(ctx.claims, claim, sent.start, lastSentEnd)
  )
    fire(lastFig, EARLIER_NEXT.id);
  // (The sentence before is read only for a figure "of them".)
  if (claim.scope === 'total' && claim.metric !== 'deployed' && on(ctx, GROUP_BEFORE)) {
    const T = sent.tokens!;
    const k = T.findIndex((t) => t.fig === i);
    const prev = k >= 0 && countedOfThem(T, k) ? sentenceBefore(ctx.text, sent.start) : null;
    if (prev && (themAreFewer(ctx.claims[ctx.claims.length - 1], prev) || themIsAGroup(T, k, tokensOf(ctx, prev)))) {
      claim.scope = 'episode';
      fire(i, GROUP_BEFORE.id);
    }
  }
}
