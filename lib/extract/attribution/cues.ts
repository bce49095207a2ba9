// Attribution stage: the speech cues of a sentence ("X said", "according to X",
// "citing X", "...: Seoul"), each found by the first rule of CUE_RULES that
// claims its token.

import type { DisabledRules } from '../rule';
import { ruleOn } from '../rule';
import { CUE_MARK, type Token } from '../tokens';
import { CUE_RULES, type Cue, type CueRule } from './cue-rules';
import { isPronounPhrase } from './sides';

export type { Cue } from './cue-rules';
export { antecedentOfWho } from './phrases';

/** The rules that may claim a token of each word met (CueRule.opens), in CUE_RULES' order; the words are those marked CUE_MARK. */
const RULES_BY_WORD = new Map<string, readonly CueRule[]>();

/** The rules of CUE_RULES whose `opens` holds `w`, in order. */
export function rulesOpening(w: string): readonly CueRule[] {
  let rules = RULES_BY_WORD.get(w);
  if (rules === undefined) RULES_BY_WORD.set(w, (rules = CUE_RULES.filter((r) => r.opens(w))));
  return rules;
}

/** Speech cues in a sentence's tokens, in order; rules in `disabled` are skipped. */
export function findCues(tokens: readonly Token[], disabled?: DisabledRules): Cue[] {
  const cues: Cue[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const cue = cueAt(tokens, k, disabled);
    if (cue) cues.push(cue);
  }
  return cues;
}

/**
 * The speech cue token k of a sentence opens (the first rule that claims the
 * token decides; a token's cue depends on no other cue), or null.
 */
export function cueAt(tokens: readonly Token[], k: number, disabled?: DisabledRules): Cue | null {
  // Most tokens open no cue (the tokenizer marked those that may: ../tokens.ts),
  // and a token that may is asked of only the rules that may claim its word.
  if ((tokens[k]!.marks & CUE_MARK) === 0) return null;
  for (const rule of rulesOpening(tokens[k]!.w)) {
    if (disabled !== undefined && !ruleOn(disabled, rule.id)) continue;
    const read = rule.read(tokens, k, disabled);
    if (read === undefined) continue;
    if (read) read.rule = rule.id;
    return read || null;
  }
  return null;
}

/**
 * The cue whose verb stands right before the pronoun at `p` ("the SBU said
 * (that) it had identified ..."): the clause it reports is its speaker's, so
 * the pronoun is that speaker. Undefined when none, or when it is a pronoun too.
 */
export function reportingCue(tokens: readonly Token[], p: number, disabled: DisabledRules): Cue | undefined {
  let v = p - 1;
  if (tokens[v]?.w === 'that') v--;
  if (v < 0) return undefined;
  const c = cueAt(tokens, v, disabled);
  return c && c.k === v && !isPronounPhrase(c.phrase) && c.phrase.length > 0 && c.phrase[0]!.start < tokens[v]!.start ? c : undefined;
}
