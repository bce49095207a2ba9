// The trace behind `npm run extract -- --explain FILE`: per figure the text
// holds, whether it became a claim and, for a claim, which scope rules fire
// (the first decides; CLAIMS.md "Scopes"). Development aid, never run by the
// extension.

import type { Claim, Scope } from '../types';
import { scanFigures } from './figures';
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
  /** For a figure not kept: the id of the check that refused it (`extractWithRefusals`), when known. */
  refusedBy?: string;
  scope?: ScopeTrace;
}

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
export function explainFigures(text: string, claims: readonly Claim[], refused?: ReadonlyMap<number, string>): FigureTrace[] {
  const byStart = new Map(claims.map((c, i) => [c.start, i]));
  return scanFigures(text).map((f, n) => {
    const i = byStart.get(f.start);
    const trace: FigureTrace = { figure: text.slice(f.start, f.end), start: f.start, end: f.end, claim: i ?? null };
    if (i !== undefined) trace.scope = traceScope(text, claims[i]!);
    else if (refused?.has(n)) trace.refusedBy = refused.get(n)!;
    return trace;
  });
}
