// The shape every named rule of the claim engine shares (issue 11): an id, the
// stage it belongs to, a one-line summary and its own table of cases. The
// ordered configuration (which rule runs when) lives in one place; the rules'
// logic lives with their stage. `ExtractOptions.disabledRules` switches rules
// off by id, for the ablation test (every rule's removal must change at least
// one of its own cases) and for `--explain`.

import type { Claim } from '../types';

/** The stages of the engine, in the order they run. */
export const STAGES = ['numbers', 'topic', 'metric', 'scope', 'attribution', 'period'] as const;
export type Stage = (typeof STAGES)[number];

/** The fields of a claim a case may check. */
export type CaseFields = Partial<Pick<Claim, 'metric' | 'qualifier' | 'low' | 'high' | 'figure' | 'attribution' | 'period' | 'scope'>>;

/**
 * One case of a rule's table: a text of our own with the figure in [brackets],
 * and what should come of that figure: the fields wanted of its claim, or null
 * when no claim should come of it.
 */
export interface RuleCase {
  text: string;
  want: CaseFields | null;
  /** Publication date "YYYY-MM-DD" for cases about periods. */
  published?: string;
}

export interface RuleInfo {
  id: string;
  stage: Stage;
  summary: string;
  cases: readonly RuleCase[];
  /**
   * How one case is read when the stage works on a lone sentence rather than
   * an article (the scope stage): the fields of the figure's reading, or null.
   * Without it, a case runs through the whole extractor.
   */
  readCase?: (c: RuleCase, disabled: DisabledRules) => CaseFields | null;
}

/** A set of disabled rule ids, or none. */
export type DisabledRules = ReadonlySet<string> | undefined;

/** Whether rule `id` is switched on. */
export const ruleOn = (disabled: DisabledRules, id: string): boolean => disabled === undefined || !disabled.has(id);
