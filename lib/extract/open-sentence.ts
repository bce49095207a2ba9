// The sentence a figure stands in, read once for all its figures: its bounds,
// whether it names North Korea, whether it links to another story; and the
// gate a figure passes before its sentence is tokenized, when only the
// passage around it may name North Korea.

import { sentenceAround } from '../text/sentences';
import { type Ctx, on, type Sentence } from './context';
import { afterHowMany } from './metric/how-many';
import { labelGate, stackedLabel } from './topic/fact-box';
import {
  ANSWERS_QUESTION,
  articleTopic,
  BARE_AUX_RE,
  claimOnLineBefore,
  LIST_RUN,
  NOT_NAMED_NEARBY,
  nkAround,
  troopNounAfter,
} from './topic/passage';
import { isRelatedStory, listedUnderRelatedHeading } from './topic/related-story';
import type { RawFigure } from './figures';

const KIM_RE = /\bKim\b/;
/** "the North" in a text about North Korea (the text passed the quick check). */
const THE_NORTH_RE = /\b[Tt]he North(?:['’]s)?\b(?! (?:Atlantic|Sea|Pole|Caucasus|Korean?\b))/;

/**
 * The sentence of the figure `i` (`f`), read after `before` (the sentence of
 * the figure before, or null), every field set and the later ones undefined:
 * one shape for every sentence the stages read. `kimIsLeader`: "Kim" in the
 * text is North Korea's leader.
 */
export function openSentence(ctx: Ctx, f: RawFigure, i: number, before: Sentence | null, kimIsLeader: boolean): Sentence {
  const { text } = ctx;
  const [s, e] = sentenceAround(text, f.numStart, before && before.end <= f.numStart ? before.end : 0);
  let first = i;
  while (first > 0 && ctx.figs[first - 1]!.end > s) first--;
  const slice = text.slice(s, e);
  return {
    start: s,
    end: Math.max(e, f.end),
    firstFig: first,
    nk: ctx.sentenceNk.names(s, e) || THE_NORTH_RE.test(slice) || (kimIsLeader && KIM_RE.test(slice)),
    related: isRelatedStory(slice) || listedUnderRelatedHeading(text, s, e),
    prevNk: undefined,
    howMany: undefined,
    tokens: undefined,
    cues: undefined,
    timeHint: undefined,
    times: undefined,
    item: undefined,
    text: undefined,
    bare: undefined,
  };
}

/**
 * For a figure `f` in a sentence not naming North Korea: sets `ctx.labelOnly`
 * (the figure may stand only as a fact box's line) and says whether the figure
 * is read on (false: refused as not named nearby).
 */
export function passesPassageGate(ctx: Ctx, sent: Sentence, f: RawFigure): boolean {
  const { text } = ctx;
  sent.prevNk ??= nkAround(ctx, sent.start, sent.end);
  // Else the article's topic may stand for a bare figure as a subject ("about 3,000 had been sent").
  // Or a troop noun ("the first cadre of 2,600 soldiers will go to the front").
  ctx.labelOnly =
    on(ctx, NOT_NAMED_NEARBY) &&
    !sent.prevNk &&
    !((BARE_AUX_RE.test(text.slice(f.end, f.end + 12)) || troopNounAfter(text, f.end)) && (ctx.topic ??= articleTopic(text))) &&
    // An explainer's answer: "2. How many died? Seoul puts deaths at around 2,000" in an article about the troops.
    // (Asked once per sentence: it reads the sentences before, a regex on each.)
    !(on(ctx, ANSWERS_QUESTION) && (sent.howMany ??= afterHowMany(text, sent.start)) && (ctx.topic ??= articleTopic(text)));
  if (ctx.labelOnly && !labelGate(text, sent.start, f.start) && !stackedLabel(text, sent.start, f.start)) return false;
  // "Feb 2025 — Zelensky: nearly 4,000 casualties" after a list line that gave a claim: the list goes on.
  if (ctx.labelOnly && on(ctx, LIST_RUN) && claimOnLineBefore(ctx, sent.start)) {
    ctx.labelOnly = false;
    sent.prevNk = true;
  }
  return true;
}
