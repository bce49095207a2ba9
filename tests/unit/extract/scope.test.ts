import { describe, expect, test } from 'vitest';
import { scopeInSentence, scopeOfStoredFigure } from '../../../lib/extract/scope';

// Each scope rule's table, with the rule and without it, runs in
// tests/unit/extract/rules.test.ts with every other stage's (lib/extract/scope/stage.ts).

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
