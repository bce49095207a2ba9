// The trace behind `npm run extract -- --explain FILE`: per figure the text
// holds, whether it became a claim, the named rules that fired on it (./rules.ts:
// the metric reading that decided and any rule that changed a reading; then
// the scope rules, the first of which decides, CLAIMS.md "Scopes"), and for a
// figure not kept, the rule that rejected it. Development aid, never run by
// the extension.

import type { Claim, Scope } from '../types';
import { scanFigures } from './figures';
import { ruleById } from './rules';
import { SCOPE_RULES } from './scope';
import { tokenize } from './tokens';

export interface ScopeTrace {
  scope: Scope;
  /** The rule that decided, or null for the default `total`. */
  decidedBy: string | null;
  /** Every rule that fires on the figure, in order of precedence. */
  fired: Array<{ id: string; scope: Scope; summary: string }>;
}

export interface FigureTrace {
  figure: string;
  start: number;
  end: number;
  /** The index of the claim it became, or null when the extractor did not keep it. */
  claim: number | null;
  /** The named rules that fired on the figure, in the order they fired: the engine's (`extractWithRefusals`), then the scope rules. */
  fired: RuleFiring[];
  /** For a figure not kept: the id of the check that refused it (`extractWithRefusals`), when known. */
  refusedBy?: string;
  /** What that check says. */
  refusal?: string;
  scope?: ScopeTrace;
}

export interface RuleFiring {
  id: string;
  stage: string;
  summary: string;
}

/** Refusals that are no named rule: the end of a stage with nothing found, or a guard. */
const UNNAMED_REFUSALS: Readonly<Record<string, string>> = {
  'no-metric': 'no reading of the metric precedence table (lib/extract/metric/precedence.ts) gives the figure a metric',
  'no-token': 'the figure was lost between the sentence and its tokens',
  error: 'reading the figure threw; the others are read on',
};

const firingOf = (id: string): RuleFiring => {
  const r = ruleById(id);
  return { id, stage: r?.stage ?? 'unknown', summary: r?.summary ?? '' };
};

/** The scope rules that fire on a claim, read from its sentence as the extractor read it. */
export function traceScope(text: string, claim: Claim): ScopeTrace {
  const at = text.lastIndexOf(claim.sentence, claim.start);
  const offset = Math.max(at, 0);
  const sentence = claim.sentence;
  const T = tokenize(sentence, 0, sentence.length, scanFigures(sentence), 0);
  const k = T.findIndex((t) => t.fig >= 0 && t.start < claim.end - offset && t.end > claim.start - offset);
  const fired =
    k < 0 ? [] : SCOPE_RULES.filter((r) => r.fires(T, k, claim.metric)).map((r) => ({ id: r.id, scope: r.scope, summary: r.summary }));
  return { scope: claim.scope, decidedBy: fired[0]?.id ?? null, fired };
}

/**
 * Every figure of the text, in order, with the claim it became (if any) and
 * that claim's scope trace, or the check that refused it (`refused`: by the
 * figure's index among the text's figures).
 */
export function explainFigures(
  text: string,
  claims: readonly Claim[],
  refused?: ReadonlyMap<number, string>,
  fired?: ReadonlyMap<number, readonly string[]>,
): FigureTrace[] {
  const byStart = new Map(claims.map((c, i) => [c.start, i]));
  return scanFigures(text).map((f, n) => {
    const i = byStart.get(f.start);
    const trace: FigureTrace = {
      figure: text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      claim: i ?? null,
      fired: (fired?.get(n) ?? []).map(firingOf),
    };
    if (i !== undefined) {
      trace.scope = traceScope(text, claims[i]!);
      for (const r of trace.scope.fired) trace.fired.push({ id: r.id, stage: 'scope', summary: r.summary });
    } else if (refused?.has(n)) {
      const id = refused.get(n)!;
      trace.refusedBy = id;
      trace.refusal = ruleById(id)?.summary ?? UNNAMED_REFUSALS[id] ?? '';
    }
    return trace;
  });
}
