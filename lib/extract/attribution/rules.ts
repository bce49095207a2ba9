// The attribution stage's rules, in the order they are tried: the cue rules
// (the first that claims a token decides), the rules that find a source's
// side, those that look beyond the cue, and the precedence table.

import type { RuleInfo } from '../rule';
import { CUE_REFINEMENTS, CUE_RULES } from './cue-rules';
import { CONTEXT_RULES } from './context-rules';
import { PRECEDENCE } from './precedence';
import { SIDE_RULES } from './side-rules';

export const ATTRIBUTION_RULES: readonly RuleInfo[] = [...CUE_RULES, ...CUE_REFINEMENTS, ...SIDE_RULES, ...CONTEXT_RULES, ...PRECEDENCE];
