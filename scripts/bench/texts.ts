// The texts the extraction benchmark runs on: the seed articles, read in place
// from ../shared/corpus (never copied into the repo), or our own fixture
// articles when the corpus is absent; repeated to reach a word count.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BenchSource {
  /** Where the articles came from, for the table. */
  origin: string;
  articles: { name: string; text: string }[];
}

/** Reads the seed articles, or the fixtures in tests/fixtures when the corpus is absent. */
export function loadBenchArticles(root: string): BenchSource {
  const seeds = resolve(root, '../shared/corpus/seeds');
  const fixtures = resolve(root, 'tests/fixtures');
  for (const [dir, origin] of [
    [seeds, 'seed articles (../shared/corpus)'],
    [fixtures, 'our fixture articles (tests/fixtures)'],
  ] as const) {
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort();
    if (names.length) {
      return { origin, articles: names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })) };
    }
  }
  throw new Error(`no articles to benchmark: neither ${seeds} nor ${fixtures} holds .txt files`);
}

/** Number of whitespace-separated words in `text`. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The articles joined by blank lines and repeated until `words` words, cut at a
 * paragraph end where possible (so the last article is not cut mid-sentence).
 */
export function repeatToWords(articles: readonly string[], words: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const article = articles[i % articles.length]!;
    const n = countWords(article);
    if (count + n <= words) {
      parts.push(article.trim());
      count += n;
      continue;
    }
    // The last piece: whole paragraphs of the article up to the word count.
    const paragraphs = article.trim().split(/\n\s*\n/);
    const kept: string[] = [];
    for (const p of paragraphs) {
      const pn = countWords(p);
      if (count + pn > words) {
        // A paragraph longer than what is left: keep its first words.
        const left = words - count;
        if (left > 0) kept.push(p.split(/\s+/).filter(Boolean).slice(0, left).join(' '));
        count = words;
        break;
      }
      kept.push(p);
      count += pn;
    }
    parts.push(kept.join('\n\n'));
  }
  return parts.join('\n\n');
}

/** The first `words` words of `text`, whitespace kept as it is. */
export function prefixWords(text: string, words: number): string {
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(text))) {
    if (++n === words) return text.slice(0, m.index + m[0].length);
  }
  return text;
}
