import { describe, expect, test } from 'vitest';
import { SCOPE_RULES, scopeInSentence, scopeOfStoredFigure } from '../../../lib/extract/scope';
import type { Metric, Scope } from '../../../lib/types';

/** A case's sentence without its brackets, and the bracketed figure's offsets. */
function unbracket(marked: string): [string, number, number] {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return [marked.replace('[', '').replace(']', ''), start, end];
}

const scopeOf = (marked: string, metric: Metric, disabled?: ReadonlySet<string>): Scope => {
  const [sentence, start, end] = unbracket(marked);
  return scopeInSentence(sentence, start, end, metric, disabled);
};

describe('scope rules: each rule’s table of cases', () => {
  for (const rule of SCOPE_RULES) {
    describe(`${rule.id}: ${rule.summary}`, () => {
      test.each(rule.cases.map((c) => [...c]))('%s (%s) → %s', (marked, metric, scope) => {
        expect(scopeOf(marked, metric as Metric)).toBe(scope);
      });
      test('earns its place: without it, one of its cases comes out otherwise', () => {
        const off = new Set([rule.id]);
        const changed = rule.cases.filter(([marked, metric, scope]) => scopeOf(marked, metric, off) !== scope);
        expect(changed.length).toBeGreaterThan(0);
      });
    });
  }
  test('rule ids are unique', () => {
    expect(new Set(SCOPE_RULES.map((r) => r.id)).size).toBe(SCOPE_RULES.length);
  });
});

describe('scope of a stored figure (the store derives it for rows written before scopes)', () => {
  test('found by its words in the sentence', () => {
    expect(scopeOfStoredFigure('North Korea sent another 2,000 troops to Kursk.', 'another 2,000', 'deployed')).toBe('increment');
    expect(scopeOfStoredFigure('North Korea sent 2,000 troops to Kursk.', '2,000', 'deployed')).toBe('total');
  });
  test('a figure that is not in the sentence is a total', () => {
    expect(scopeOfStoredFigure('No figure here.', '2,000', 'deployed')).toBe('total');
    expect(scopeInSentence('', 0, 5, 'killed')).toBe('total');
  });
});
