// scripts/build-bundled.ts: the reference figures become bundled articles, facts only.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseBundled } from '../../../lib/store/bundled';
import { referenceArticles } from '../../../scripts/build-bundled';

const entry = (over: Record<string, unknown>) => ({
  asOf: '2025-04-30',
  published: '2025-04-30',
  outlet: 'Made-up Wire',
  url: 'https://www.wire.example/a',
  language: 'en',
  metric: 'killed',
  qualifier: 'approx',
  low: 600,
  high: 600,
  figure: 'about 600',
  scope: 'total',
  source: 'NIS (via lawmakers)',
  side: 'kr',
  evidence: 'words of the article that must never be shipped',
  ...over,
});

test('one article per address; a figure dated otherwise keeps its date as its period; no evidence', () => {
  const articles = referenceArticles({
    entries: [
      entry({}),
      entry({ asOf: '2025-04', figure: 'some 3,000', metric: 'casualties', low: 3000, high: 3000, side: null }),
      entry({
        url: 'https://other.example/b',
        outlet: 'Other',
        published: null,
        asOf: '2025-02',
        scope: 'plan',
        metric: 'deployed',
        low: null,
        high: 6000,
        qualifier: 'atMost',
        figure: 'up to 6,000',
      }),
    ],
  });
  expect(articles).toHaveLength(2);
  expect(articles[0]).toMatchObject({ url: 'https://www.wire.example/a', outlet: 'Made-up Wire', published: '2025-04-30' });
  expect(articles[0]?.claims).toEqual([
    {
      metric: 'killed',
      qualifier: 'approx',
      low: 600,
      high: 600,
      figure: 'about 600',
      scope: 'total',
      attribution: { side: 'kr', text: 'NIS (via lawmakers)' },
      period: null,
    },
    {
      metric: 'casualties',
      qualifier: 'approx',
      low: 3000,
      high: 3000,
      figure: 'some 3,000',
      scope: 'total',
      attribution: null,
      period: '2025-04',
    },
  ]);
  // No publication date: the month it describes, as comparisons read it.
  expect(articles[1]).toMatchObject({ published: '2025-02-15', claims: [{ scope: 'plan', period: '2025-02', high: 6000 }] });
  expect(JSON.stringify(articles)).not.toMatch(/evidence|never be shipped|language/);
});

test('refuses a damaged reference', () => {
  expect(() => referenceArticles({})).toThrow(/entries/);
  expect(() => referenceArticles({ entries: [entry({ url: 'javascript:alert(1)' })] })).toThrow(/url/);
  expect(() => referenceArticles({ entries: [entry({ metric: 'tanks' })] })).toThrow(/metric/);
});

const REFERENCE = resolve(__dirname, '../../../../shared/corpus/reference.json');
describe.skipIf(!existsSync(REFERENCE))('the committed corpus (skipped when ../shared/corpus is absent)', () => {
  test('holds every reference figure, filed under its site', () => {
    const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as {
      entries: { url: string; metric: string; low: number | null; high: number | null; scope: string }[];
    };
    const corpus = parseBundled(JSON.parse(readFileSync(resolve(__dirname, '../../../public/bundled-corpus.json'), 'utf8')));
    const held = new Set(
      corpus.articles.flatMap((a) => a.claims.map((c) => JSON.stringify([a.url && new URL(a.url).href, c.metric, c.low, c.high, c.scope]))),
    );
    const missing = reference.entries.filter((e) => !held.has(JSON.stringify([new URL(e.url).href, e.metric, e.low, e.high, e.scope])));
    expect(missing).toEqual([]);
    expect(corpus.articles.filter((a) => a.url !== null).every((a) => !a.outlet.includes(' '))).toBe(true);
  });
});
