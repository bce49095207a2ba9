// The exports on the seed articles, read in place from ../shared/corpus (skipped
// when it is absent): the extractor's claims go out as W3C annotations and come
// back to the same offsets, in the text as read and after small edits.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { createSelectors } from '../../../lib/anchor/selectors';
import { anchorQuote } from '../../../lib/anchor/match-quote';
import { readAnnotations } from '../../../lib/export/import';
import { readCell, toCsv } from '../../../lib/export/csv';
import { type AnnotationCollection, exportPageJsonLd } from '../../../lib/export/jsonld';
import { exportPageMarkdown } from '../../../lib/export/markdown';
import { extractClaims } from '../../../lib/extract/extract-claims';
import type { JudgedClaim } from '../../../lib/types';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus');
const GOLD = join(CORPUS, 'seeds.gold.json');
const hasCorpus = existsSync(GOLD);
if (!hasCorpus) console.warn(`[export] skipping the seed-article export tests: no corpus at ${CORPUS}`);

interface GoldArticle {
  file: string;
  outlet: string;
  url: string | null;
  published: string;
}
const articles: GoldArticle[] = hasCorpus ? (JSON.parse(readFileSync(GOLD, 'utf8')) as { articles: GoldArticle[] }).articles : [];

const EDIT_PREFIX = "Editor's note: this story was updated.\n";
/** A small edit that keeps lengths: thousands separators written as dots (3,000 → 3.000). */
const dotThousands = (s: string) => s.replace(/(\d),(\d{3})/g, '$1.$2');

describe.skipIf(!hasCorpus)('exports of the seed articles', () => {
  test('the edit rewrites some figures themselves, so the fuzzy path is taken', () => {
    const changed = articles.flatMap((a) => {
      const text = readFileSync(join(CORPUS, a.file), 'utf8');
      return extractClaims(text, { published: a.published }).filter((c) => dotThousands(c.figure) !== c.figure);
    });
    expect(changed.length).toBeGreaterThan(3);
  });

  test.each(articles.map((a) => [a.file, a] as const))('%s: annotations find their figures again', (_file, article) => {
    const text = readFileSync(join(CORPUS, article.file), 'utf8');
    const claims: JudgedClaim[] = extractClaims(text, { published: article.published }).map((c) => ({
      ...c,
      ...createSelectors(text, c.start, c.end),
      verdict: 'unique',
      compared: [],
      earlier: [],
      later: [],
    }));
    expect(claims.length).toBeGreaterThan(0);
    const page = {
      page: { url: article.url, outlet: article.outlet, title: article.file, published: article.published },
      text,
      claims,
    };
    const created = new Date('2025-02-01T00:00:00Z');
    const items = readAnnotations(JSON.parse(exportPageJsonLd(page, created).contents) as AnnotationCollection).annotations;
    expect(items).toHaveLength(claims.length);

    const edited = EDIT_PREFIX + dotThousands(text);
    for (const [i, { quote, position }] of items.entries()) {
      const claim = claims[i]!;
      expect(anchorQuote(text, quote, position ?? null), claim.figure).toEqual({ start: claim.start, end: claim.end });
      // Moved by the note on top, figure and context lightly rewritten: found again at its new place.
      const moved = anchorQuote(edited, quote, position ?? null);
      expect(moved, claim.figure).toEqual({ start: claim.start + EDIT_PREFIX.length, end: claim.end + EDIT_PREFIX.length });
    }

    const rows = Papa.parse<Record<string, string>>(toCsv([page]), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => readCell(r.figure ?? ''))).toEqual(claims.map((c) => c.figure));
    const md = exportPageMarkdown(page, created).contents;
    expect(md.split('\n').filter((l) => l.startsWith('- **'))).toHaveLength(claims.length);
  });
});
