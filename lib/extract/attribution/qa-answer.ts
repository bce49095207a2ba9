// Attribution stage: an interview set out as questions and answers ("Q: ...
// / A: ...", "Question: ... / Answer: ..."). A figure in an answer that names
// no source of its own is the interviewee's: the one the text introduces
// before the first question ("Our reporter spoke with Ukraine's intelligence
// chief, ...", "an interview with ...", "Kirby took questions on Monday").
// A figure in a question is the interviewer's, and gets nothing here.

import { sentenceBefore } from '../../text/sentences';
import type { Attribution } from '../../types';
import type { RuleInfo } from '../rule';
import { isWord, type Token } from '../tokens';
import type { AttributionCtx } from './attribute';
import { phraseAfter } from './phrases';
import { resolvePhrase } from './sides';

/** A line that opens on an answer's label: "A:", "A.", "Answer:". */
const ANSWER_LABEL_RE = /^[ \t]*(?:A|Answer|ANSWER)[ \t]*[:.–—-][ \t]/;
/** A line that opens on a question's label: "Q:", "Q.", "Question:". */
const QUESTION_LABEL_RE = /^[ \t]*(?:Q|Question|QUESTION)[ \t]*[:.–—-][ \t]/;
/** The first question's label of a text. */
const FIRST_QUESTION_RE = /(?:^|\n)[ \t]*(?:Q|Question|QUESTION)[ \t]*[:.–—-][ \t]/;
/** Lines an answer may run to after its label. */
const ANSWER_LINES = 4;
/** Sentences before the first question that may introduce the interviewee. */
const INTRO_SENTENCES = 3;

/** Words after which the interviewee is named ("spoke with X", "an interview with X", "X was interviewed"), and whether the name follows them. */
const WITH_WORDS = new Set(['with', 'to']);
const TALK_VERBS = new Set(['spoke', 'speaking', 'talked', 'talking', 'interview', 'interviews', 'conversation', 'sat']);
/** Auxiliaries of "was interviewed". */
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'been']);
/** Verbs whose subject is the interviewee ("Kirby took questions", "Budanov answered our questions"). */
const ANSWER_VERBS = new Set(['took', 'answered', 'fielded', 'answers', 'takes', 'fields', 'answering', 'taking']);

/** Whether the line holding `pos` is an answer's, or goes on from one: an "A:" label on it or on a line up to ANSWER_LINES above, no question's label between. */
function inAnswer(text: string, pos: number): boolean {
  let end = pos;
  for (let n = 0; n < ANSWER_LINES; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (ANSWER_LABEL_RE.test(line)) return true;
    if (QUESTION_LABEL_RE.test(line) || (n > 0 && line.trim() === '') || start === 0) return false;
    end = start - 1;
  }
  return false;
}

/** The interviewee of the extraction under way (its side memo is made once per extraction). */
let cache: { memo: object; interviewee: Attribution | null } | null = null;

/**
 * The source of a figure at `pos` that stands in an interview's answer and
 * names no source of its own: the interviewee introduced before the first
 * question; undefined when the figure is in no answer, or the text introduces
 * no one.
 */
export function answerSource(ctx: AttributionCtx, pos: number): Attribution | undefined {
  // (The cheap question first: an answer's label opening the line or one above.)
  if (!inAnswer(ctx.text, pos)) return undefined;
  if (cache?.memo !== ctx.memo) cache = { memo: ctx.memo, interviewee: interviewee(ctx) };
  return cache.interviewee ?? undefined;
}

/** The interviewee that the sentences before the text's first question introduce, or null. */
function interviewee(ctx: AttributionCtx): Attribution | null {
  const q = ctx.text.search(FIRST_QUESTION_RE);
  if (q < 0) return null;
  let s = q + (ctx.text[q] === '\n' ? 1 : 0);
  for (let n = 0; n < INTRO_SENTENCES; n++) {
    const prev = sentenceBefore(ctx.text, s);
    if (!prev) return null;
    const a = introduced(ctx, ctx.host.tokensOf(ctx, prev));
    if (a) return a;
    s = prev[0];
  }
  return null;
}

/**
 * The one a sentence introduces as interviewed ("spoke with X", "X took
 * questions"), or null; one of a side before one of none ("In an interview
 * with the BBC, Zelensky's chief of staff answered questions": the outlet
 * asks).
 */
function introduced(ctx: AttributionCtx, T: readonly Token[]): Attribution | null {
  let other: Attribution | null = null;
  for (let i = 0; i < T.length; i++) {
    const w = T[i]!.w;
    // "spoke with X", "an interview with X", "in conversation with X", "sat down with X".
    if (TALK_VERBS.has(w)) {
      let j = i + 1;
      if (T[j]?.w === 'down') j++;
      if (WITH_WORDS.has(T[j]?.w ?? '')) {
        const a = resolvePhrase(ctx.text, phraseAfter(T, j + 1), ctx.memo);
        if (a && a.side !== 'other') return a;
        other ??= a;
      }
    }
    // "X was interviewed by ...": the subject.
    if (w === 'interviewed' && PASSIVE_AUX.has(T[i - 1]?.w ?? '')) {
      const end = i - 1;
      const start = clauseStart(T, end);
      const a = start < end && end - start <= 12 ? resolvePhrase(ctx.text, T.slice(start, end), ctx.memo) : null;
      if (a && a.side !== 'other') return a;
      other ??= a;
    }
    // "X took questions", "X answered reporters' questions": the subject, after the sentence's opening phrase.
    if (ANSWER_VERBS.has(w) && i > 0 && T.slice(i + 1, i + 4).some((t) => t.w === 'questions')) {
      let end = i;
      while (end > 0 && !isWord(T[end - 1])) end--;
      let start = clauseStart(T, end);
      // ("John Kirby, the White House spokesman, took questions": an apposition goes with its name.)
      if (start >= 2 && (T[start]?.w === 'the' || T[start]?.w === 'a')) start = clauseStart(T, start - 1);
      const a = start < end && end - start <= 12 ? resolvePhrase(ctx.text, T.slice(start, end), ctx.memo) : null;
      if (a && a.side !== 'other') return a;
      other ??= a;
    }
  }
  return other;
}

/** The first token after the last comma before token `end` (0 when there is none). */
function clauseStart(T: readonly Token[], end: number): number {
  let s = end;
  while (s > 0 && T[s - 1]!.w !== ',') s--;
  return s;
}

export const QA_ANSWER: RuleInfo = {
  id: 'qa-answer',
  stage: 'attribution',
  summary:
    '"Q: ... / A: About 4,000 ...": a figure in an interview’s answer that names no source is the interviewee’s, as the text introduces them before the first question',
  cases: [
    {
      text: 'John Kirby, the White House spokesman, took questions from reporters on Monday.\n\nQ: How many North Korean soldiers have been killed?\nA: Several hundred, we think. I would put it at [about 500] North Korean soldiers killed.',
      want: { metric: 'killed', attribution: { side: 'us', text: 'John Kirby, the White House spokesman' } },
    },
    {
      text: 'Our correspondent spoke with South Korea’s deputy defence minister in Seoul.\n\nQuestion: How many North Korean troops are in Russia?\nAnswer: [About 11,000] North Korean troops, in several waves.',
      want: { metric: 'deployed', attribution: { side: 'kr', text: 'South Korea’s deputy defence minister' } },
    },
    {
      text: 'Budanov was interviewed by our correspondent in Kyiv.\n\nQ. How many North Korean soldiers have been killed so far?\nA. [About 1,500], and many more wounded.',
      want: { metric: 'killed', attribution: { side: 'ua', text: 'Budanov' } },
    },
    // The outlet that asks is no interviewee.
    {
      text: 'In an interview with the BBC, Zelensky’s chief of staff answered questions about the war.\n\nQ: How many North Korean soldiers are in Kursk?\nA: I would say [about 12,000].',
      want: { metric: 'deployed', attribution: { side: 'ua', text: 'Zelensky’s chief of staff' } },
    },
    // The question's figure is the interviewer's.
    {
      text: 'Our correspondent spoke with South Korea’s deputy defence minister in Seoul.\n\nQ: Kyiv says [4,000] North Korean soldiers have been killed or wounded. Is that right?\nA: We cannot confirm it.',
      want: { metric: 'casualties', attribution: { side: 'ua', text: 'Kyiv' } },
    },
    {
      text: 'Our correspondent spoke with South Korea’s deputy defence minister in Seoul.\n\nQ: Reports say [4,000] North Korean soldiers have been killed or wounded. Is that right?\nA: We cannot confirm it.',
      want: { metric: 'casualties', attribution: null },
    },
  ],
};
