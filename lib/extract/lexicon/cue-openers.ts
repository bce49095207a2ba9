// The tokens that can open a speech cue (../attribution/cue-rules.ts): the
// tokenizer marks them as it reads them (../tokens.ts, `opensCue`), so the
// cue search passes over every other token with no lookup.
import { ESTIMATE_NOUNS, FIGURE_PLACING_VERBS, SOURCE_PARTICIPLES, SPEECH_VERBS, SUBJECT_PARTICIPLES } from './speech';

/** Every word that can open a cue (punctuation opens some too). */
export const CUE_WORDS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  ...ESTIMATE_NOUNS,
  ...SOURCE_PARTICIPLES,
  'according',
  'citing',
  'quoting',
  'briefing',
  'per',
  'comes',
  'came',
  'come',
  ...SUBJECT_PARTICIPLES,
  // A gapped speaker ("; Kyiv, at 12,000") and a verb that places a figure (../attribution/gapped-cues.ts).
  'at',
  ...FIGURE_PLACING_VERBS,
]);

/**
 * Every one-character token that can open a cue (the headline label and
 * source rules read a colon or a dash); a rule that reads another must add it
 * here, or findCues never offers it the token.
 */
export const CUE_MARKS: ReadonlySet<string> = new Set([':', '–', '—', '-']);

/** Whether the token word `w` (lower case) may open a cue. */
export const opensCue = (w: string): boolean => (w.length > 1 ? CUE_WORDS.has(w) : CUE_MARKS.has(w));
