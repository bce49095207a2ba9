// The ordered configuration of the claim engine's named rules: every stage's
// rule list, in the order the stages run (STAGES in ./rule.ts). The only
// place the engine's rules are listed; `--explain` and the ablation test
// (tests/unit/extract/rules.test.ts) read it.

import { ATTRIBUTION_RULES } from './attribution/rules';
import { OUTRIGHT_RULES } from './numbers/outright';
import { PERIOD_RULES } from './period/rules';
import type { RuleInfo } from './rule';

export const RULES: readonly RuleInfo[] = [...OUTRIGHT_RULES, ...ATTRIBUTION_RULES, ...PERIOD_RULES];

/** A rule by its id. */
export const ruleById = (id: string): RuleInfo | undefined => RULES.find((r) => r.id === id);
