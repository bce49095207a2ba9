// The last stage of a figure's reading (./reading.ts): the claim made of it,
// with its qualifier (carried over a coordination), its source and its
// period, and its scope (./scope).

import type { Claim, Qualifier } from '../types';
import { LineStarts } from '../text/lines';
import { attribute } from './attribution';
import { closingParen, withoutSourceParens } from './attribution/paren-closing';
import { SOURCE_PAREN } from './attribution/source-paren';
import { claimAt } from './claim-at';
import { type Ctx, fire, on } from './context';
import { noteRule } from './notes';
import { CARRIED_QUALIFIER, carriedQualifier } from './numbers/qualifier';
import { itemPeriod, periodAmong, TIME_HINT, timesOf } from './period';
import type { FigureReading } from './reading';
import { ruleOn } from './rule';
import { scopeAt } from './scope';

/** The claim of a figure whose metric and topic are read. */
export function claimOf(ctx: Ctx, r: FigureReading): Claim {
  const { text } = ctx;
  const { f, i, sent, T, k, paren, bare, prevClaim } = r;
  const metric = r.metric!;

  // --- qualifier carried over a coordination: "roughly 300 deaths and 2,700 injuries" ---
  let qualifier: Qualifier = f.qualifier;
  let low = f.low;
  let high = f.high;
  if (qualifier === 'exact' && on(ctx, CARRIED_QUALIFIER)) {
    const carried = carriedQualifier(ctx, T, k);
    if (carried) {
      fire(i, CARRIED_QUALIFIER.id);
      qualifier = carried;
      if (carried === 'atLeast') high = null;
      if (carried === 'atMost') low = null;
    }
  }

  let attribution = paren ? paren.attribution : attribute(ctx, sent, r.kSent);
  if (paren) noteRule(SOURCE_PAREN.id);
  // "... were killed in the fighting (NIS).": the sentence's closing parenthesis, for a figure with no source of its own.
  // (A cue that read the parenthesis itself as its source gives way to it.)
  const closing = !paren && bare?.end ? closingParen(bare.end, attribution, ctx.disabled) : null;
  if (closing) attribution = closing.attribution;
  // "Some 3,000 of them ..." after the sentence that counted them: its source.
  if (
    !attribution &&
    r.partitive &&
    ruleOn(ctx.disabled, 'partitive-keeps-source') &&
    prevClaim &&
    prevClaim.start < sent.start &&
    f.start - prevClaim.end < 600
  ) {
    attribution = prevClaim.attribution;
    if (attribution) noteRule('partitive-keeps-source');
  }
  const sentence = (sent.text ??= text.slice(sent.start, sent.end));
  sent.timeHint ??= TIME_HINT.test(sentence);
  let period = paren?.period ?? closing?.period ?? null;
  // (The sentence's times are read once for all its figures: its source parentheses, `bare`, are the sentence's.)
  if (period === null && sent.timeHint) {
    sent.times ??= timesOf(withoutSourceParens(sentence, sent.start, bare, ctx.disabled), ctx.published, ctx.disabled);
    period = periodAmong(sent.times, f.start - sent.start, f.end - sent.start, ctx.disabled);
  }
  // A timeline item's date label ("November 2024: ...") dates every figure of the item.
  if (period === null) {
    period =
      sent.item === undefined
        ? (sent.item = itemPeriod(text, sent.start, ctx.published, (ctx.lines ??= new LineStarts(text)), ctx.disabled))
        : sent.item;
    if (period !== null) noteRule('timeline-label');
  }
  const scope = r.unitByIt ? 'part' : scopeAt(T, k, metric, ctx.disabled);
  return claimAt(text, f, { metric, qualifier, low, high, sentence, attribution, period, scope });
}
