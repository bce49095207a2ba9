// The committed bundled corpus (public/bundled-corpus.json): facts only, and loadable.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { loadBundled, parseBundled } from '../../../lib/store/bundled';
import { judgePage } from '../../../lib/store/judge';
import { freshDb } from './helpers';

const raw = JSON.parse(readFileSync(resolve(__dirname, '../../../public/bundled-corpus.json'), 'utf8'));

test('is a valid bundled corpus with a content version', () => {
  const corpus = parseBundled(raw);
  expect(corpus.version).toMatch(/^[0-9a-f]{16}$/);
  expect(corpus.articles.length).toBeGreaterThan(0);
  expect(corpus.articles.every((a) => a.claims.length > 0)).toBe(true);
});

test('keeps facts only: no sentence, no article text, short strings', () => {
  const articleKeys = new Set(raw.articles.flatMap((a: object) => Object.keys(a)));
  expect([...articleKeys].sort()).toEqual(['claims', 'outlet', 'outletClaimed', 'published', 'title', 'url']);
  const claimKeys = new Set(raw.articles.flatMap((a: { claims: object[] }) => a.claims.flatMap((c) => Object.keys(c))));
  expect([...claimKeys].sort()).toEqual(['attribution', 'figure', 'high', 'low', 'metric', 'period', 'qualifier', 'scope']);
  // Short strings but the addresses: names, dates, figure words, who gave the figure.
  const strings: string[] = [];
  JSON.stringify(raw, (k, v) => {
    if (typeof v === 'string' && k !== 'url') strings.push(v);
    return v;
  });
  expect(Math.max(...strings.map((s) => s.length))).toBeLessThan(120);
  expect(JSON.stringify(raw)).not.toMatch(/"(evidence|sentence|text_?body|language)"/);
});

test("loads into a store, where its figures are compared like any outlet's", async () => {
  const db = freshDb();
  const corpus = parseBundled(raw);
  const result = await loadBundled(db, corpus);
  expect(result.loaded).toBe(true);
  expect(result.articles).toBe(corpus.articles.length);
  const first = corpus.articles.find((a) => a.claims.some((c) => c.scope === 'total'))!;
  const fact = first.claims.find((c) => c.scope === 'total')!;
  const [v] = await judgePage(db, { url: null, outlet: 'Someone else', title: '', published: first.published }, [
    { ...fact, period: fact.period },
  ]);
  expect(v?.compared.some((f) => f.outlet === first.outlet && f.sentence === null)).toBe(true);
  db.close();
});
