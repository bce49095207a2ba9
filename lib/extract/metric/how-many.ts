// Metric stage: a figure that answers a "how many" asked just before it.
// "Moscow did not say how many troops took part. Estimates put the number at
// 11,000": the number put "at" answers the sentence before. In a Q&A, "How many
// have died? Estimates differ. Seoul says about 2,000.": a bare figure of the
// answer, up to three sentences after the question.

import type { Metric } from '../../types';
import { sentenceBefore } from '../../text/sentences';
import { type Ctx, on, tokensIfHolding, tokensOf } from '../context';
import type { Token } from '../tokens';
import { howManyAsks, isAnaphoric } from './anaphora';
import { ANAPHORA_REACHED } from './reached';

/** Where a token "many" may stand (its letters in any case: a token's word is its lower case). */
const MANY = /many/i;

/** Sentences an answer may run to after its question. */
const ANSWER_SENTENCES = 3;

/**
 * What the "how many" before the figure at token k of the sentence starting at
 * `start` asks about, or null. `bare`: the figure has no noun of its own.
 */
export function howManyAnswered(ctx: Ctx, T: readonly Token[], k: number, start: number, bare: boolean): Metric | null {
  if (isAnaphoric(T, k, false, on(ctx, ANAPHORA_REACHED))) {
    const prev = sentenceBefore(ctx.text, start);
    if (prev && start - prev[1] < 3) {
      // (A sentence with no "many" asks no "how many": it is not tokenized.)
      const P = tokensIfHolding(ctx, prev, MANY);
      return P && howManyAsks(P);
    }
  }
  if (!bare) return null;
  let s = start;
  for (let n = 0; n < ANSWER_SENTENCES; n++) {
    const prev = sentenceBefore(ctx.text, s);
    if (!prev) return null;
    // The question the answer follows: the nearest sentence that asks one.
    if (/\?["”’)]?\s*$/.test(ctx.text.slice(prev[0], prev[1]))) {
      const P = tokensOf(ctx, prev);
      // (A Q&A's label before it: "Q: How many ...?")
      return asksHowMany(P) ? howManyAsks(P) : null;
    }
    s = prev[0];
  }
  return null;
}

const QUESTION_END = /\?["”’)]?\s*$/;
const HOW_MANY_OPENS = /^[\s"“‘'(*•·–—-]*(?:\d{1,2}[.)]\s*|(?:Q|Question)\s*[:.]\s*)?(?:(?:and|so|but)\s+)?how\s+many\b/i;
/** A question's label in an interview ("Q: How many ...?"). */
const QA_LABELS = new Set(['q', 'question']);
/** Words a follow-up question may open on ("And how many ...?"). */
const FOLLOW_UPS = new Set(['and', 'so', 'but']);

/** Whether a question's tokens open on "how many", after its label ("Q:", "Q.") and a follow-up's conjunction ("And"). */
function asksHowMany(P: readonly Token[]): boolean {
  let n = QA_LABELS.has(P[0]?.w ?? '') && (P[1]?.w === ':' || P[1]?.w === '.') ? 2 : 0;
  if (FOLLOW_UPS.has(P[n]?.w ?? '')) n++;
  return P[n]?.w === 'how';
}

/**
 * The nearest question up to ANSWER_SENTENCES before the sentence at `start`
 * asks "How many ...?" ("2. How many died? Seoul puts deaths at around 2,000"):
 * read on the text, before the sentence's tokens are made.
 */
export function afterHowMany(text: string, start: number): boolean {
  let s = start;
  for (let n = 0; n < ANSWER_SENTENCES; n++) {
    const prev = sentenceBefore(text, s);
    if (!prev) return false;
    const sentence = text.slice(prev[0], prev[1]);
    if (QUESTION_END.test(sentence)) return HOW_MANY_OPENS.test(sentence);
    s = prev[0];
  }
  return false;
}
