// Every trigger word of the scope rules (./rules.ts, `triggers`): the
// tokenizer marks the tokens that hold one (../tokens.ts, `SCOPE_MARK`), so
// the per-sentence test of which rules are worth trying (./triggers.ts) looks
// up only those.
import { SCOPE_RULES } from './rules';

export const SCOPE_TRIGGER_WORDS: ReadonlySet<string> = new Set(SCOPE_RULES.flatMap((r) => (r.triggers ?? []).flat()));
