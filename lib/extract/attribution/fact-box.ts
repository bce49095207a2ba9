// Attribution stage: the source of a fact box line ("Killed: 600") when its
// own parenthesis names none: a cue on the line itself ("..., according to
// the NIS"), else the box's "Source:" line below it.

import type { Attribution } from '../../types';
import { noteRule } from '../notes';
import { ruleOn } from '../rule';
import { type AttributedSentence, type AttributionCtx, attributeAfter } from './attribute';
import { resolvePhrase } from './sides';

/** Lines read below a fact box line for its "Source:" line, and the longest line a box holds. */
const BOX_LINES = 8;
const BOX_LINE_CHARS = 160;
/** "Source: South Korea's NIS", "Sources – NIS, Pentagon" on a line of its own (group 1: the source). */
const SOURCE_LINE_RE = /^[ \t*_•·-]*(?:Sources?|Data)[*_]*[ \t]*[:–—-][ \t*_]*([^\s*_][^\n]{0,119})$/i;

/**
 * The source of the fact box figure at token `k` of the line `sent`, when the
 * line's parenthesis gave none: a cue after the figure, else the nearest "Source:"
 * line below it in the same box (the box ends at a blank or long line). Null
 * when neither names anyone.
 */
export function factBoxSource(ctx: AttributionCtx, sent: AttributedSentence, k: number): Attribution | null {
  if (ruleOn(ctx.disabled, 'fact-line-cue')) {
    const a = attributeAfter(ctx, sent, k);
    if (a) {
      noteRule('fact-line-cue');
      return a;
    }
  }
  const a = ruleOn(ctx.disabled, 'fact-box-source-line') ? sourceLineBelow(ctx, sent.end) : null;
  if (a) noteRule('fact-box-source-line');
  return a;
}

function sourceLineBelow(ctx: AttributionCtx, from: number): Attribution | null {
  const { text } = ctx;
  let ls = text.indexOf('\n', from - 1);
  for (let n = 0; n < BOX_LINES && ls >= 0; n++) {
    const start = ls + 1;
    const bounded = text.slice(start, start + BOX_LINE_CHARS + 1);
    const end = bounded.indexOf('\n');
    if (end < 0 && bounded.length > BOX_LINE_CHARS) return null;
    const line = end < 0 ? bounded : bounded.slice(0, end);
    if (line.trim() === '') return null;
    const m = SOURCE_LINE_RE.exec(line);
    if (m) {
      const at = start + line.length - m[1]!.length;
      const T = ctx.host.tokensOf(ctx, [at, start + line.length]);
      const phrase = [];
      for (const t of T) {
        if (t.w === ',' || t.w === ';' || t.w === '.' || t.w === '(') break;
        phrase.push(t);
      }
      return resolvePhrase(text, phrase, ctx.memo);
    }
    ls = end < 0 ? -1 : start + end;
  }
  return null;
}
