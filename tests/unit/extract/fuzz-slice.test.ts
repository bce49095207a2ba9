import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../../lib/extract/extract-claims';
import { contractBreak } from '../../../scripts/fuzz/contract';
import { SHAPES } from '../../../scripts/fuzz/shapes';
import { fuzzString } from '../../../scripts/fuzz/strings';
import { createRandom } from '../../../scripts/random';

// A fast slice of `npm run fuzz` (which runs 1,000,000 strings and the
// scaling table): the same strings, fewer of them, and every shape at 20,000
// characters. What is checked is what comes out, never how fast: the
// timeouts are generous so that a busy machine does not fail them.

describe('extraction fuzz, a slice', () => {
  test('2,000 strings: no throw, no contract break', () => {
    const r = createRandom(15);
    const breaks: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const s = fuzzString(r, i);
      for (const c of extractClaims(s, { published: '2025-01-13' })) {
        const b = contractBreak(s, c);
        if (b) breaks.push(`string ${i}: ${b}`);
      }
    }
    expect(breaks).toEqual([]);
  }, 300_000);

  test.each(Object.keys(SHAPES))(
    'the shape "%s" at 20,000 characters keeps the contract',
    (name) => {
      const text = SHAPES[name]!(20_000);
      for (const c of extractClaims(text, { published: '2025-01-13' })) expect(contractBreak(text, c)).toBeNull();
    },
    120_000,
  );
});
