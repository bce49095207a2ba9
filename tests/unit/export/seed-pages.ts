// The seed articles (../shared/corpus, read in place) as export pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSelectors } from '../../../lib/anchor/selectors';
import type { ExportPage } from '../../../lib/export/page';
import { extractClaims } from '../../../lib/extract/extract-claims';
import { VENDOR } from './w3c';

export const CORPUS = join(VENDOR, '../corpus');
const GOLD = join(CORPUS, 'seeds.gold.json');
export const hasCorpus = existsSync(GOLD);

/** The seed articles as export pages, each figure judged 'unique' (the verdict does not change the shape). */
export function seedPages(): ExportPage[] {
  const articles = (
    JSON.parse(readFileSync(GOLD, 'utf8')) as { articles: { file: string; outlet: string; url: string | null; published: string }[] }
  ).articles;
  return articles.map((a) => {
    const text = readFileSync(join(CORPUS, a.file), 'utf8');
    const claims = extractClaims(text, { published: a.published }).map((c) => ({
      ...c,
      ...createSelectors(text, c.start, c.end),
      verdict: 'unique' as const,
      compared: [],
      earlier: [],
      later: [],
    }));
    return { page: { url: a.url, outlet: a.outlet, title: a.file, published: a.published, language: 'en' }, text, claims };
  });
}
