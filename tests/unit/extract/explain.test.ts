import { describe, expect, test } from 'vitest';
import { extractClaims, extractWithRefusals } from '../../../lib/extract/extract-claims';
import { explainFigures } from '../../../lib/extract/explain';

describe('--explain: the trace per figure', () => {
  const text =
    'North Korea sent another 2,000 soldiers to Kursk in 2025, Seoul said. Kim will send 6,000 builders, and 300 North Korean soldiers were killed in one assault.';
  const claims = extractClaims(text, { published: '2025-06-20' });
  const trace = explainFigures(text, claims);

  test('every figure of the text, kept or not', () => {
    expect(trace.map((f) => f.figure)).toEqual(['2,000', '2025', '6,000', '300', 'one']);
    expect(trace.map((f) => f.claim)).toEqual([0, null, 1, 2, null]);
  });
  test('the scope rule that decides, and every rule that fires', () => {
    expect(trace.map((f) => f.scope?.decidedBy ?? null)).toEqual(['increment.another', null, 'plan.verb', 'episode.event', null]);
    for (const f of trace) if (f.scope) expect(f.scope.scope).toBe(claims[f.claim!]!.scope);
    expect(trace[0]!.scope!.fired[0]!.summary).toMatch(/addition/);
  });
  test('the check that refused each figure not kept', () => {
    const { claims: again, refused } = extractWithRefusals(text, { published: '2025-06-20' });
    expect(again).toEqual(claims);
    const t = explainFigures(text, again, refused);
    expect(t.map((f) => f.refusedBy ?? null)).toEqual([null, 'year', null, null, 'bare-one']);
  });
  test('the named rules that fired on each figure, and what the rule that refused one says', () => {
    const more = `${text} Ukraine captured two wounded North Korean soldiers. Pyongyang has 0 troops there, Moscow said.`;
    const { claims: found, refused, fired } = extractWithRefusals(more, { published: '2025-06-20' });
    const t = explainFigures(more, found, refused, fired);
    const ids = (n: number) => t[n]!.fired.map((r) => r.id);
    // The metric reading that decided, the attribution and period rules, then the scope rules (the first decides).
    expect(ids(0)).toEqual(['metric.object-verb', 'speech-subject', 'increment.another']);
    expect(ids(3)).toEqual(['metric.predicate', 'episode.event']);
    // A rule that changed a reading fires before the reading it changed.
    expect(ids(5)).toEqual(['metric.capture-of-wounded', 'metric.adjective', 'captor-reports']);
    expect(t[5]!.fired[0]!.stage).toBe('metric');
    // Refused figures: no claim, the rule's id and its summary.
    expect(t[1]).toMatchObject({ claim: null, refusedBy: 'year', fired: [] });
    expect(t[1]!.refusal).toMatch(/year/);
    expect(t[6]).toMatchObject({ figure: '0', claim: null, refusedBy: 'zero' });
    // Switched off, the rule neither refuses nor appears.
    const off = extractWithRefusals(more, { published: '2025-06-20', disabledRules: new Set(['metric.capture-of-wounded']) });
    const t2 = explainFigures(more, off.claims, off.refused, off.fired);
    // (Read as two wounded, a handful: one clash's.)
    expect(t2[5]!.fired.map((r) => r.id)).toEqual(['metric.adjective', 'captor-reports', 'episode.small-loss']);
    expect(off.claims[t2[5]!.claim!]!.metric).toBe('wounded');
  });
  test('refusals are recorded only while asked for', () => {
    extractClaims(text, { published: '2025-06-20' });
    expect(extractWithRefusals('North Korea.', {}).refused.size).toBe(0);
  });
});
