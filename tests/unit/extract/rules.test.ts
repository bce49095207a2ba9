import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../../lib/extract/extract-claims';
import { type CaseFields, type RuleCase, type RuleInfo, STAGES } from '../../../lib/extract/rule';
import { RULES } from '../../../lib/extract/rules';
import type { Claim } from '../../../lib/types';

const DEFAULT_PUBLISHED = '2025-06-01';

/** A case's text without its brackets, and the bracketed figure's start. */
function unbracket(marked: string): [text: string, start: number] {
  const start = marked.indexOf('[');
  if (start < 0 || marked.indexOf(']', start) < 0) throw new Error(`a case needs its figure in [brackets]: ${marked}`);
  return [marked.replace('[', '').replace(']', ''), start];
}

/** The claim that came of the case's figure (the one whose span holds its start), or null. */
function claimOf(c: RuleCase, disabledRules?: ReadonlySet<string>): Claim | null {
  const [text, start] = unbracket(c.text);
  const claims = extractClaims(text, { published: c.published ?? DEFAULT_PUBLISHED, disabledRules });
  return claims.find((k) => k.start <= start && start < k.end) ?? null;
}

/** The wanted fields as the claim has them (null: no claim). */
function seen(claim: Claim | null, want: CaseFields | null): CaseFields | null {
  if (claim === null || want === null) return claim === null ? null : {};
  return Object.fromEntries(Object.keys(want).map((k) => [k, claim[k as keyof CaseFields]])) as CaseFields;
}

/** What came of a case's figure: the rule's own reading of a lone sentence, or the whole extractor's claim. */
const reading = (rule: RuleInfo, c: RuleCase, disabled?: ReadonlySet<string>): CaseFields | null =>
  rule.readCase ? rule.readCase(c, disabled) : seen(claimOf(c, disabled), c.want);

const holds = (rule: RuleInfo, c: RuleCase, disabled?: ReadonlySet<string>): boolean =>
  JSON.stringify(reading(rule, c, disabled)) === JSON.stringify(c.want);

describe('the claim engine’s named rules: each rule’s table, with it and without it', () => {
  for (const rule of RULES) {
    describe(`${rule.stage}/${rule.id}: ${rule.summary}`, () => {
      test.each(rule.cases.map((c) => [c.text, c]))('%s', (_text, c) => {
        expect(reading(rule, c)).toEqual(c.want);
      });
      test('earns its place: without it, one of its cases comes out otherwise', () => {
        const off = new Set([rule.id]);
        expect(rule.cases.some((c) => !holds(rule, c, off))).toBe(true);
      });
    });
  }
});

describe('the rule registry', () => {
  test('a scope rule switched off through extractClaims is off in the whole extractor too', () => {
    const text = 'North Korea sent another 2,000 troops to Kursk.';
    expect(extractClaims(text, { published: DEFAULT_PUBLISHED })[0]?.scope).toBe('increment');
    expect(extractClaims(text, { published: DEFAULT_PUBLISHED, disabledRules: new Set(['increment.another']) })[0]?.scope).toBe('total');
  });
  test('ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
  test('every rule has a summary and at least one case, and the stages run in order', () => {
    for (const r of RULES) {
      expect(r.summary.length, r.id).toBeGreaterThan(0);
      expect(r.cases.length, r.id).toBeGreaterThan(0);
    }
    const order = RULES.map((r) => STAGES.indexOf(r.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
