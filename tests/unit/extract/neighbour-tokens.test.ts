import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SideMemo } from '../../../lib/extract/attribution';
import type { AttributionCtx } from '../../../lib/extract/attribution/attribute';
import { tokensIfHolding, tokensOf } from '../../../lib/extract/context';
import { scanFigures } from '../../../lib/extract/figures';
import { tokenize } from '../../../lib/extract/tokens';

const MANY = /many/i;

function ctxOf(text: string): AttributionCtx {
  return {
    text,
    figs: scanFigures(text),
    disabled: undefined,
    memo: new SideMemo(),
    claims: [],
    pronouns: new Map(),
    tokens: new Map(),
    host: { tokensOf },
  };
}

describe('tokensIfHolding (a neighbouring sentence tokenized only when it may hold a word)', () => {
  test('a sentence without the word is not tokenized', () => {
    const ctx = ctxOf('Seoul gave no figure. Estimates put it at 3,000.');
    expect(tokensIfHolding(ctx, [0, 21], MANY)).toBeNull();
    expect(ctx.tokens.size).toBe(0);
  });

  test('a sentence with the word, in any case, is', () => {
    const ctx = ctxOf('HOW MANY died? Estimates put it at 3,000.');
    const T = tokensIfHolding(ctx, [0, 14], MANY);
    expect(T?.map((t) => t.w)).toEqual(['how', 'many', 'died', '?']);
    expect(tokensOf(ctx, [0, 14])).toBe(T);
  });

  test('a later ask at the same start gets the span first asked, as tokensOf alone gives it', () => {
    const text = 'RYDER: We cannot confirm it. Our count is about 1,000.';
    const lazy = ctxOf(text);
    expect(tokensIfHolding(lazy, [0, 28], MANY)).toBeNull();
    const eager = ctxOf(text);
    tokensOf(eager, [0, 28]);
    expect(tokensOf(lazy, [0, 5]).map((t) => t.w)).toEqual(tokensOf(eager, [0, 5]).map((t) => t.w));
    expect(tokensOf(lazy, [0, 5]).map((t) => t.w)).toContain('confirm');
  });

  test('it says null only when the tokens hold no such word', () => {
    const pieces = ['many', 'Many', 'MANY', 'how-many', 'manyfold', 'ma ny', 'How', 'are', '2,000', 'Ä', 'ß', 'İ', ',', '?', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const ctx = ctxOf(text);
        const T = tokensIfHolding(ctx, [0, text.length], MANY);
        const hasMany = tokenize(text, 0, text.length, ctx.figs, 0).some((t) => t.w === 'many');
        if (T === null) expect(hasMany).toBe(false);
        else expect(T.map((t) => t.w)).toEqual(tokenize(text, 0, text.length, ctx.figs, 0).map((t) => t.w));
      }),
    );
  });
});
