// Which scope rules a sentence's words allow: every rule's trigger groups
// (./rules.ts, `triggers`) get one bit each, every trigger word the bits of
// the groups it is in, and one pass over a sentence's tokens ORs them
// together (kept per token array). A rule is worth trying only when all its
// groups' bits are set; most sentences hold none of most rules' words.

import { marksOf, SCOPE_MARK, type Token } from '../tokens';
import type { ScopeRule } from './rules';

export interface RuleTriggers {
  /** Per rule (in the rules' order): the bits of its groups, all of which must be set; 0 when it has none. */
  need: readonly number[];
  /** Each trigger word's bits. */
  bits: ReadonlyMap<string, number>;
  /** Every trigger word is one the tokenizer marks (SCOPE_MARK): a token without the mark has no bits. */
  marked: boolean;
}

export function ruleTriggers(rules: readonly ScopeRule[]): RuleTriggers {
  const bits = new Map<string, number>();
  let next = 0;
  const need = rules.map((r) => {
    let mask = 0;
    for (const group of r.triggers ?? []) {
      // Bitwise operators work on 32 bits: beyond 31 groups a rule goes untested (always tried).
      if (next > 30) return 0;
      const bit = 1 << next++;
      mask |= bit;
      for (const x of group) bits.set(x, (bits.get(x) ?? 0) | bit);
    }
    return mask;
  });
  return { need, bits, marked: [...bits.keys()].every((x) => (marksOf(x) & SCOPE_MARK) !== 0) };
}

// The last token array read and its groups: a sentence's figures come one after another (a WeakMap costs more than it saves).
let lastTokens: readonly Token[] | null = null;
let lastTriggers: RuleTriggers | null = null;
let lastGroups = 0;

/** The trigger groups whose words stand among the tokens (a token array is never changed once made). */
export function groupsIn(T: readonly Token[], tr: RuleTriggers): number {
  if (T === lastTokens && tr === lastTriggers) return lastGroups;
  let m = 0;
  if (tr.marked) {
    for (let i = 0; i < T.length; i++) if ((T[i]!.marks & SCOPE_MARK) !== 0) m |= tr.bits.get(T[i]!.w) ?? 0;
  } else for (let i = 0; i < T.length; i++) m |= tr.bits.get(T[i]!.w) ?? 0;
  lastTokens = T;
  lastTriggers = tr;
  lastGroups = m;
  return m;
}
