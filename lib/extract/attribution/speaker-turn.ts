// Attribution stage: a transcript's turn ("SPOKESPERSON: I cannot confirm
// that figure. Our count is about 3,000 killed.") is its labelled speaker's
// to the end of its line: a figure in a later sentence of the line, with no
// source of its own, is the label's.

import type { Attribution } from '../../types';
import type { RuleInfo } from '../rule';
import type { AttributionCtx } from './attribute';
import { resolvePhrase } from './sides';
import { transcriptHost } from './transcript-host';
import { GENRE_LABELS, GENRE_TAILS } from './words';

/** A line that opens on a speaker's label in capitals ("RYDER:", "PRESS SECRETARY:", "MR. KIRBY:"). */
const TURN_LABEL_RE = /^[ \t]*(\p{Lu}[\p{Lu}.'’ -]{1,40}):[ \t]/u;

/**
 * The speaker of the turn the sentence starting at `sentStart` goes on,
 * when the line holding it opens, before that sentence, on a speaker's label
 * in capitals; undefined otherwise (also when the label resolves to no one).
 */
export function turnSpeaker(ctx: AttributionCtx, sentStart: number): Attribution | undefined {
  const lineStart = ctx.text.lastIndexOf('\n', sentStart - 1) + 1;
  // (The cheap question first: a label in capitals opens the line, before this sentence.)
  if (lineStart >= sentStart || !isUpper(ctx.text.charCodeAt(lineStart))) return undefined;
  const m = TURN_LABEL_RE.exec(ctx.text.slice(lineStart, sentStart));
  if (!m) return undefined;
  const labelEnd = lineStart + m[0].indexOf(':');
  const T = ctx.host.tokensOf(ctx, [lineStart, labelEnd]);
  // "UPDATE:", "BREAKING NEWS:", "REPORTER:": a genre or the asker, no speaker.
  if (T.length === 0 || GENRE_TAILS.has(T[T.length - 1]!.w) || T.every((t) => GENRE_LABELS.has(t.w))) return undefined;
  const a = resolvePhrase(ctx.text, T, ctx.memo);
  if (!a) return undefined;
  const host = a.side === 'other' ? transcriptHost(ctx, T) : null;
  return host ? { side: host, text: a.text } : a;
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;

export const SPEAKER_TURN: RuleInfo = {
  id: 'speaker-turn',
  stage: 'attribution',
  summary:
    '"RYDER: We cannot confirm it. Our count is about 1,000 killed.": a transcript’s labelled turn is its speaker’s to the end of its line',
  cases: [
    {
      text: 'Transcript of a Pentagon press briefing with Pat Ryder\n\nRYDER: We cannot confirm that figure. Our count is [about 1,000] North Korean soldiers killed.',
      want: { metric: 'killed', attribution: { side: 'us', text: 'RYDER' } },
    },
    {
      text: 'Transcript: press briefing, Ministry of Defence of Ukraine, 14 January\n\nSPOKESPERSON: I cannot confirm that figure. Our count is [about 3,000] North Korean soldiers killed.',
      want: { metric: 'killed', attribution: { side: 'ua', text: 'SPOKESPERSON' } },
    },
    // A live blog's label is no speaker.
    {
      text: 'North Korea in Kursk: live\n\nUPDATE: Seoul has not commented on the report. By March, [about 3,000] North Korean soldiers had been killed.',
      want: { metric: 'killed', attribution: null },
    },
    // The next line is another turn's.
    {
      text: 'Transcript of a Pentagon press briefing with Pat Ryder\n\nRYDER: We cannot confirm that figure.\nBy March, [about 3,000] North Korean soldiers had been killed.',
      want: { metric: 'killed', attribution: null },
    },
  ],
};
