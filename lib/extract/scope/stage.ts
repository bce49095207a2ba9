// The scope stage in the engine's registry: each scope rule (./rules.ts, where
// the rules and their order live) as a RuleInfo whose cases are read on their
// own sentence, as the stage reads them, for the registry's one ablation test.

import type { CaseFields, RuleCase, RuleInfo } from '../rule';
import { scopeInSentence } from './index';
import { SCOPE_RULES } from './rules';

/** The scope a case's bracketed figure gets in its sentence, with the metric the case names. */
function readScopeCase(c: RuleCase, disabled: ReadonlySet<string> | undefined): CaseFields | null {
  const start = c.text.indexOf('[');
  const end = c.text.indexOf(']') - 1;
  const metric = c.want?.metric;
  if (start < 0 || end < start || metric === undefined) return null;
  const sentence = c.text.replace('[', '').replace(']', '');
  return { metric, scope: scopeInSentence(sentence, start, end, metric, disabled) };
}

export const SCOPE_STAGE_RULES: readonly RuleInfo[] = SCOPE_RULES.map((rule) => ({
  id: rule.id,
  stage: 'scope',
  summary: rule.summary,
  cases: rule.cases.map(([text, metric, scope]) => ({ text, want: { metric, scope } })),
  readCase: readScopeCase,
}));
