import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { APPOSITION_RE } from '../../../lib/extract/attribution';
import { extractClaims } from '../../../lib/extract/extract-claims';

// The apposition reader as it was: the same language, but a run of capitals
// can be split into words in exponentially many ways. Kept here only as the
// reference the linear reading must agree with (on short strings, where its
// backtracking is still cheap).
const EXPONENTIAL = /^(?:[\s-]*\p{Lu}[\p{L}-]*)*\s*,\s*(?:a|an|the)\s+([^,.;]{1,80})/u;

const same = (s: string) => expect(JSON.stringify(APPOSITION_RE.exec(s))).toBe(JSON.stringify(EXPONENTIAL.exec(s)));

describe('the apposition after a name', () => {
  test.each([
    [' Sun-won, a lawmaker on the intelligence committee, said', 'lawmaker on the intelligence committee'],
    [', the head of Ukraine’s military intelligence', 'head of Ukraine’s military intelligence'],
    [' Seong-kweun , an MP of the ruling party; he said', 'MP of the ruling party'],
    [' Jae-myung Lee-Kim, the president', 'president'],
    [' - Yoo, a spokesman', 'spokesman'],
    [' said on Friday, a day after', null],
    [' sun-won, a lawmaker', null],
    [' Sun-won said, a lawmaker', null],
    [' Sun-won, lawmaker', null],
  ])('%j reads %j', (after, apposition) => {
    expect(APPOSITION_RE.exec(after)?.[1] ?? null).toBe(apposition);
    same(after);
  });

  test('reads as the exponential reading did, on short strings', () => {
    const unit = fc.constantFrom('A', 'B', 'É', 'b', 'é', 'x', ' ', '\t', '-', ',', '.', 'a', 'n', 't', 'h', 'e');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 14 }), (s) => {
        same(s);
      }),
      { numRuns: 3000 },
    );
    const tail = fc.constantFrom(', a lawmaker', ' , the head of HUR', ',an aide', ', the', ', a;', '');
    const head = fc.string({ unit: fc.constantFrom('A', 'b', ' ', '-', 'É'), maxLength: 12 });
    fc.assert(
      fc.property(head, tail, (h, t) => {
        same(h + t);
      }),
      { numRuns: 3000 },
    );
  });

  // Linear work: these would not finish in any lifetime with the nested
  // quantifier (24 capitals took 82 ms, each further one doubles it). They run
  // under vitest's per-test timeout; no time is asserted.
  test('a run of 10,000 capitals is read in one pass', () => {
    expect(APPOSITION_RE.exec('A'.repeat(10_000))).toBeNull();
    expect(APPOSITION_RE.exec(`${' KIM'.repeat(2_500)} SAID`)).toBeNull();
    expect(APPOSITION_RE.exec(`${'A-'.repeat(5_000)} `)).toBeNull();
    expect(APPOSITION_RE.exec(`${'A'.repeat(10_000)}, a lawmaker`)?.[1]).toBe('lawmaker');
  });

  test('an all-capitals line after a speaker’s name costs the extractor nothing', () => {
    const caps = 'A'.repeat(10_000);
    const text = `Park said North Korea has sent about 11,000 troops to Russia.\nPark ${caps}, a lawmaker.\n`;
    const claims = extractClaims(text, { published: '2025-01-13' });
    expect(claims.map((c) => c.figure)).toEqual(['about 11,000']);
    expect(claims[0]!.attribution?.text).toBe('Park');
  });
});
