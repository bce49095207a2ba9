import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { READ_BUDGET_CHARS, budgetCut } from '../../../lib/extract/budget';
import { extractClaims, extractText } from '../../../lib/extract/extract-claims';
import { checkClaim, ValidationError } from '../../../lib/store/validate';
import type { Claim } from '../../../lib/types';
import { articleArbitrary } from '../../../scripts/fuzz/articles';
import { contractBreak } from '../../../scripts/fuzz/contract';

const PUBLISHED = '2025-01-13';
const one = (text: string) => {
  const claims = extractClaims(text, { published: PUBLISHED });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('the contract holds on every claim', () => {
  test('"c. 11,000" stays in its sentence', () => {
    const c = one('Pyongyang has sent c. 11,000 North Korean troops to Russia, Seoul said.');
    expect(c.figure).toBe('c. 11,000');
    expect(c.sentence).toBe('Pyongyang has sent c. 11,000 North Korean troops to Russia, Seoul said.');
    expect(contractBreak('Pyongyang has sent c. 11,000 North Korean troops to Russia, Seoul said.', c)).toBeNull();
  });

  test('an impossible date leaves the figure without a period, and the figure is kept', () => {
    const feb = one('On February 30, 2025, Seoul said about 300 North Korean soldiers had been killed.');
    expect(feb.low).toBe(300);
    expect(feb.period).toBeNull();
    const year = one('In December 0050, Seoul said about 300 North Korean soldiers had been killed.');
    expect(year.period).toBeNull();
    expect(one('In December 2024, Seoul said about 300 North Korean soldiers had been killed.').period).toBe('2024-12');
  });

  test('a range never spans a line break', () => {
    const text = 'NORTH KOREA SENDS 2,693 \nto \n3,214 \ntroops';
    for (const c of extractClaims(text, { published: PUBLISHED })) expect(contractBreak(text, c)).toBeNull();
  });

  test('on generated article-shaped texts: offsets, sentence, period, bounds, and the background takes every claim', () => {
    fc.assert(
      fc.property(articleArbitrary(), (text) => {
        for (const c of extractClaims(text, { published: PUBLISHED })) expect(contractBreak(text, c), JSON.stringify(text)).toBeNull();
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});

describe('the background check (checkClaim) refuses what breaks the contract', () => {
  const good: Claim = {
    metric: 'killed',
    qualifier: 'approx',
    low: 300,
    high: 300,
    figure: 'about 300',
    start: 10,
    end: 19,
    sentence: 'Seoul said about 300 were killed.',
    attribution: null,
    period: '2024-12',
    scope: 'total',
  };
  test.each([
    ['a sentence without the figure', { sentence: 'Seoul said so.' }],
    ['offsets that do not span the figure', { end: 25 }],
    ['an empty figure', { figure: '', end: 10 }],
    ['an impossible day', { period: '2025-02-30' }],
    ['a year written short', { period: '50-12' }],
    ['low above high', { low: 400 }],
  ])('%s', (_what, change) => {
    expect(() => checkClaim(good, 'claim')).not.toThrow();
    expect(() => checkClaim({ ...good, ...change }, 'claim')).toThrow(ValidationError);
  });
});

describe('the read budget', () => {
  test('a text longer than the budget is read up to it, cut at a line break, and says where it stopped', () => {
    const line = 'Seoul said about 300 North Korean soldiers were killed.\n';
    const text = line.repeat(100);
    const whole = extractText(text, { published: PUBLISHED });
    expect(whole.stoppedAt).toBeNull();
    expect(whole.claims).toHaveLength(100);
    const part = extractText(text, { published: PUBLISHED, budget: line.length * 10 + 20 });
    expect(part.stoppedAt).toBe(line.length * 10);
    expect(part.claims).toHaveLength(10);
    expect(part.claims.every((c) => c.end <= part.stoppedAt!)).toBe(true);
  });

  test('the budget is stated once and cuts never split a character', () => {
    expect(READ_BUDGET_CHARS).toBe(2_000_000);
    expect(budgetCut('ab', 5)).toBe(2);
    expect(budgetCut('a\u{1F600}b', 2)).toBe(1);
    expect(budgetCut('x'.repeat(100), 50)).toBe(50);
  });
});
