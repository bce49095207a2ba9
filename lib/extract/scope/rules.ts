// The scope rules, in the order they decide (the first that fires wins),
// each with its own table of cases.

import type { Metric, Scope } from '../../types';
import type { Token } from '../tokens';
import { PART_RULES } from './rules-part';
import { PLAN_RULES } from './rules-plan';
import { INCREMENT_RULES } from './rules-increment';
import { EPISODE_RULES } from './rules-episode';

/** One case of a rule's table: the sentence with its figure in [brackets], its metric, the scope wanted. */
export type ScopeCase = readonly [sentence: string, metric: Metric, scope: Scope];

export interface ScopeRule {
  id: string;
  scope: Scope;
  summary: string;
  fires(T: readonly Token[], k: number, metric: Metric): boolean;
  /**
   * Words the rule cannot fire without: for each group, at least one of its
   * words is among the sentence's tokens (`Token.w`) whenever `fires` can be
   * true. A cheap test per sentence (./triggers.ts), so a rule is only tried
   * where its words are; none: always tried.
   */
  triggers?: readonly (readonly string[])[];
  cases: readonly ScopeCase[];
}

/** Every scope rule, in the order the stage asks them: parts, plans, increments, episodes (the first that fires decides). */
export const SCOPE_RULES: readonly ScopeRule[] = [...PART_RULES, ...PLAN_RULES, ...INCREMENT_RULES, ...EPISODE_RULES];
