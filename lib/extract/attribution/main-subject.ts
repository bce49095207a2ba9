// Attribution stage: the subject of a sentence's main clause. A pronoun that
// opens the next sentence ("It claimed ...", "He said ...") goes on with that
// subject ("South Korea's spy agency said on Monday that North Korea's KCNA
// had confirmed the deployment. It claimed ...": the agency, not KCNA, whose
// verb stands inside what the agency reported).

import { PREPS } from '../grammar';
import type { Token } from '../tokens';
import type { Cue } from './cue-rules';
import { isPronounPhrase } from './sides';
import { MONTH_OF } from './words';

/** The most tokens of an opening adverbial before its comma ("In a closed-door briefing on Monday,"). */
const OPENING_MAX = 10;
/** Words that open an adverbial of time with no preposition ("Last week,", "Earlier,"). */
const TIME_OPENERS = new Set(['last', 'earlier', 'later', 'meanwhile', 'separately', 'yesterday', 'today', 'also', 'previously']);
const OPEN_QUOTES = new Set(['"', '“', '„', '«']);

/**
 * Where the main clause's subject of a sentence starts: after an opening
 * quote mark and an opening adverbial up to its comma ("On Monday, ...", "In
 * a briefing to lawmakers, ..."), else at its first word.
 */
export function subjectStart(T: readonly Token[]): number {
  let s = 0;
  while (s < T.length && OPEN_QUOTES.has(T[s]!.w)) s++;
  const w = T[s]?.w ?? '';
  if (!PREPS.has(w) && !TIME_OPENERS.has(w) && !MONTH_OF.has(w)) return s;
  for (let j = s + 1; j < T.length && j <= s + OPENING_MAX; j++) if (T[j]!.w === ',') return j + 1;
  return s;
}

/** The first token after an opening adverbial and its comma ("On Monday, ..."), else 0 (a quotation's opening is none). */
export function afterOpening(T: readonly Token[]): number {
  const w = T[0]?.w ?? '';
  return PREPS.has(w) || TIME_OPENERS.has(w) || MONTH_OF.has(w) ? subjectStart(T) : 0;
}

/** The cue of `cues` whose source phrase is the sentence's main subject ("X said ..."), no pronoun; or undefined. */
export function mainSubjectCue(T: readonly Token[], cues: readonly Cue[]): Cue | undefined {
  const s = subjectStart(T);
  const first = T[s];
  if (!first) return undefined;
  return cues.find((c) => c.phrase[0] === first && !isPronounPhrase(c.phrase) && !c.weak);
}

/** Whether the pronoun token `p` opens its sentence ("It claimed ...", '"They ...'). */
export function opensSentence(T: readonly Token[], p: Token): boolean {
  let s = 0;
  while (s < T.length && OPEN_QUOTES.has(T[s]!.w)) s++;
  return T[s] === p;
}
