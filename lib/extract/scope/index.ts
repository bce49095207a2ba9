// What a figure counts of the whole (CLAIMS.md, "Scopes"): `total` unless the
// words around it make it an addition (`increment`), one event, unit, place or
// short span (`episode`), something planned or possible (`plan`) or a subset
// of a force counted elsewhere (`part`). Named rules in one ordered list; the
// first that fires decides. Each rule carries its own table of cases
// (tests/unit/extract/rules.test.ts runs them, and each rule without itself, through ./stage.ts).

import type { Metric, Scope } from '../../types';
import { scanFigures } from '../figures';
import { tokenize, type Token } from '../tokens';
import { SCOPE_RULES, type ScopeRule } from './rules';
import { groupsIn, ruleTriggers } from './triggers';

export { SCOPE_RULES, type ScopeCase, type ScopeRule } from './rules';

/**
 * The scope of the figure at token `k` of a sentence's tokens, with its
 * metric. `disabled` switches rules off by id (for the rules' own tests).
 */
export function scopeAt(T: readonly Token[], k: number, metric: Metric, disabled?: ReadonlySet<string>): Scope {
  return deciding(T, k, metric, disabled)?.scope ?? 'total';
}

/** Which rule decides a figure's scope, or null for the default (for `--explain`). */
export function scopeRuleAt(T: readonly Token[], k: number, metric: Metric): ScopeRule | null {
  return deciding(T, k, metric, undefined);
}

const TRIGGERS = ruleTriggers(SCOPE_RULES);

/** The first rule that fires, trying only those whose trigger words the sentence holds. */
function deciding(T: readonly Token[], k: number, metric: Metric, disabled: ReadonlySet<string> | undefined): ScopeRule | null {
  for (const r of rulesAllowed(groupsIn(T, TRIGGERS))) {
    if (disabled?.has(r.id)) continue;
    if (r.fires(T, k, metric)) return r;
  }
  return null;
}

/**
 * The rules, in order, whose every trigger group is among `have` (those
 * without triggers always), listed once for each set of groups: a text's
 * sentences hold few distinct sets, and a figure is then asked of only the
 * rules its sentence allows, not tested against every rule's groups.
 */
function rulesAllowed(have: number): readonly ScopeRule[] {
  let rules = ALLOWED.get(have);
  if (rules === undefined) {
    if (ALLOWED.size >= MAX_ALLOWED_SETS) ALLOWED.clear();
    rules = SCOPE_RULES.filter((_, i) => (have & TRIGGERS.need[i]!) === TRIGGERS.need[i]!);
    ALLOWED.set(have, rules);
  }
  return rules;
}

/** The rules each set of trigger groups allows (`rulesAllowed`), at most this many sets kept. */
const ALLOWED = new Map<number, readonly ScopeRule[]>();
const MAX_ALLOWED_SETS = 4096;

/**
 * The scope of a stored figure from its sentence alone: `start`/`end` are the
 * figure's offsets inside `sentence` (a stored claim keeps its sentence and
 * figure; the figure's offsets in the sentence are
 * `sentence.indexOf(figure)` where the article text is gone). `total` when
 * the figure cannot be found in the sentence.
 */
export function scopeInSentence(sentence: string, start: number, end: number, metric: Metric, disabled?: ReadonlySet<string>): Scope {
  try {
    const figs = scanFigures(sentence);
    const T = tokenize(sentence, 0, sentence.length, figs, 0);
    const k = T.findIndex((t) => t.fig >= 0 && t.start < end && t.end > start);
    return k < 0 ? 'total' : scopeAt(T, k, metric, disabled);
  } catch {
    return 'total';
  }
}

/** The scope of a stored figure given its words (`figure`) rather than offsets: the first place they stand in `sentence`. */
export function scopeOfStoredFigure(sentence: string, figure: string, metric: Metric): Scope {
  const at = sentence.indexOf(figure);
  return at < 0 ? 'total' : scopeInSentence(sentence, at, at + figure.length, metric);
}
