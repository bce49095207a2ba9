// Attribution stage: the speech cues of a sentence ("X said", "according to X",
// "citing X", "...: Seoul"), each found by the first rule of CUE_RULES that
// claims its token.

import type { DisabledRules } from '../rule';
import { ruleOn } from '../rule';
import { CUE_MARK, type Token } from '../tokens';
import { CUE_RULES, type Cue } from './cue-rules';

export type { Cue } from './cue-rules';
export { antecedentOfWho } from './phrases';

/** Speech cues in a sentence's tokens, in order; rules in `disabled` are skipped. */
export function findCues(tokens: readonly Token[], disabled?: DisabledRules): Cue[] {
  const cues: Cue[] = [];
  for (let k = 0; k < tokens.length; k++) {
    // Most tokens open no cue (the tokenizer marked those that may: ../tokens.ts).
    if ((tokens[k]!.marks & CUE_MARK) === 0) continue;
    for (const rule of CUE_RULES) {
      if (disabled !== undefined && !ruleOn(disabled, rule.id)) continue;
      const read = rule.read(tokens, k, disabled);
      if (read === undefined) continue;
      if (read) {
        read.rule = rule.id;
        cues.push(read);
      }
      break;
    }
  }
  return cues;
}
