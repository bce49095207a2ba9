// `--explain` on every real dev article (issue 11: "--explain works on any dev
// article"): every figure the text holds is accounted for, either as the claim
// it became, with the rules that gave it its reading, or as a refusal naming
// the rule that refused it. ../shared/corpus is read in place and skipped,
// saying so, when absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { explainFigures } from '../../../lib/extract/explain';
import { extractWithRefusals } from '../../../lib/extract/extract-claims';
import { RULES } from '../../../lib/extract/rules';
import { readArticleFile } from '../../../scripts/cli';

const DEV_GOLD = resolve(import.meta.dirname, '../../../../shared/corpus/dev.gold.json');
const articles = existsSync(DEV_GOLD)
  ? (JSON.parse(readFileSync(DEV_GOLD, 'utf8')) as { articles: Array<{ file: string; published: string }> }).articles
  : [];
const registered = new Set(RULES.map((r) => r.id));

describe('--explain on every dev article', () => {
  test.skipIf(articles.length > 0)('skipped: ../shared/corpus/dev.gold.json is absent', () => {});
  test.runIf(articles.length > 0).each(articles.map((a) => [a.file, a]))('%s', async (_file, art) => {
    const text = await readArticleFile(resolve(dirname(DEV_GOLD), art.file));
    const { claims, refused, fired } = extractWithRefusals(text, { published: art.published });
    const trace = explainFigures(text, claims, refused, fired);
    // Every claim appears once, at its own figure.
    expect(trace.filter((f) => f.claim !== null).map((f) => f.claim)).toEqual(claims.map((_, i) => i));
    for (const f of trace) {
      expect(text.slice(f.start, f.end)).toBe(f.figure);
      if (f.claim === null) {
        // A figure not kept names the check that refused it.
        expect(f.refusedBy, `${art.file}: ${f.figure} at ${f.start}`).toBeTruthy();
      } else {
        // A kept figure names registered rules only, and its scope trace agrees with its claim.
        for (const r of f.fired) expect(registered.has(r.id), r.id).toBe(true);
        if (f.scope) expect(f.scope.scope).toBe(claims[f.claim]!.scope);
      }
    }
  });
});
