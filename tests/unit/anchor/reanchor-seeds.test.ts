// Re-anchoring the seed articles' annotations after the edits a newsroom makes
// (read in place from ../shared/corpus; skipped, saying so, when it is absent).
// An anchor is right when it overlaps the figure where the edit put it; wrong
// anywhere else, and wrong whenever the figure is gone.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { anchorQuotes, type TextSpan } from '../../../lib/anchor/match-quote';
import { createSelectors } from '../../../lib/anchor/selectors';
import { extractClaims } from '../../../lib/extract/extract-claims';
import type { Claim } from '../../../lib/types';
import { applyEdits, changeNearbyWords, changeNumber, type Edit, type Edited, paragraphAt, rewordFigure, sentenceSpan } from './edits';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus');
const GOLD = join(CORPUS, 'seeds.gold.json');
const hasCorpus = existsSync(GOLD);
if (!hasCorpus) console.warn(`[anchor] skipping the re-anchoring table: no corpus at ${CORPUS}`);

interface Article {
  file: string;
  text: string;
  claims: Claim[];
}
const articles: Article[] = hasCorpus
  ? (JSON.parse(readFileSync(GOLD, 'utf8')) as { articles: { file: string; published: string }[] }).articles.map((a) => {
      const text = readFileSync(join(CORPUS, a.file), 'utf8');
      return { file: a.file, text, claims: extractClaims(text, { published: a.published }) };
    })
  : [];

interface Tally {
  annotations: number;
  placed: number;
  refused: number;
  wrong: number;
  /** Annotations whose figure was still there (a right answer existed). */
  present: number;
  examples: string[];
}
const table = new Map<string, Tally>();

function score(name: string, article: Article, edited: Edited, only?: (i: number) => boolean): Tally {
  const total = table.get(name) ?? { annotations: 0, placed: 0, refused: 0, wrong: 0, present: 0, examples: [] };
  table.set(name, total);
  const t: Tally = { annotations: 0, placed: 0, refused: 0, wrong: 0, present: 0, examples: [] };
  // The page's annotations placed together, as an import places them.
  const anchors = anchorQuotes(
    edited.text,
    article.claims.map((c) => createSelectors(article.text, c.start, c.end)),
  );
  article.claims.forEach((c, i) => {
    if (only && !only(i)) return;
    const truth = edited.follow({ start: c.start, end: c.end });
    const got: TextSpan | null = anchors[i] ?? null;
    t.annotations++;
    if (truth) t.present++;
    const right = [truth, ...copies(article.text, c).map((s) => edited.follow(s))];
    if (!got) t.refused++;
    else if (right.some((r) => r && got.start < r.end && r.start < got.end)) t.placed++;
    else {
      t.wrong++;
      t.examples.push(`${article.file} "${c.figure}" → "${edited.text.slice(got.start, got.end)}"`);
    }
  });
  for (const k of ['annotations', 'placed', 'refused', 'wrong', 'present'] as const) total[k] += t[k];
  total.examples.push(...t.examples);
  return t;
}

/**
 * The figure in every other copy of its sentence (some pages repeat a headline
 * word for word): the same words in the same sentence, so a right place too.
 */
function copies(text: string, c: Claim): TextSpan[] {
  const at = text.lastIndexOf(c.sentence, c.start);
  if (at === -1) return [];
  const out: TextSpan[] = [];
  for (let k = text.indexOf(c.sentence); k !== -1; k = text.indexOf(c.sentence, k + 1)) {
    if (k !== at) out.push({ start: k + c.start - at, end: k + c.end - at });
  }
  return out;
}

const spans = (a: Article) => a.claims.map((c) => ({ start: c.start, end: c.end }));

/** A paragraph of our own before every paragraph holding a figure, repeating the figures in other words around them. */
function insertParagraphs(a: Article): Edit[] {
  const starts = new Set(a.claims.map((c) => paragraphAt(a.text, c.start).start));
  const edits: Edit[] = [{ start: 0, end: 0, insert: 'Updated: this story now has more from officials.\n\n' }];
  for (const start of starts) {
    if (start === 0) continue;
    const figures = a.claims.filter((c) => paragraphAt(a.text, c.start).start === start).map((c) => c.figure);
    edits.push({ start, end: start, insert: `An earlier version of this story gave ${figures.join(' and ')} without a source.\n\n` });
  }
  return edits;
}

const reword = (a: Article): Edit[] =>
  a.claims
    .filter((c, i, all) => all.findIndex((o) => o.start < c.end && c.start < o.end) === i)
    .map((c) => ({ start: c.start, end: c.end, insert: rewordFigure(c.figure), kind: 'reword' as const }));

const renumber = (a: Article): Edit[] =>
  a.claims
    .filter((c, i, all) => all.findIndex((o) => o.start < c.end && c.start < o.end) === i)
    .flatMap((c) => {
      const to = changeNumber(c.figure);
      return to === null ? [] : [{ start: c.start, end: c.end, insert: to, kind: 'gone' as const }];
    });

describe.skipIf(!hasCorpus)('re-anchoring the seed articles’ annotations', () => {
  test('the seed articles hold annotations', () => {
    expect(articles.reduce((n, a) => n + a.claims.length, 0)).toBeGreaterThan(30);
  });

  test.each(articles.map((a) => [a.file, a] as const))(
    '%s: unchanged, paragraphs inserted, nearby words changed: every annotation placed',
    (_f, a) => {
      for (const [name, edits] of [
        ['unchanged', []],
        ['paragraph inserted', insertParagraphs(a)],
        ['nearby words changed', changeNearbyWords(a.text, spans(a))],
      ] as const) {
        const t = score(name, a, applyEdits(a.text, [...edits]));
        expect(t.wrong, `${name}: ${t.examples.join('; ')}`).toBe(0);
        expect(t.refused, name).toBe(0);
      }
    },
  );

  test.each(articles.map((a) => [a.file, a] as const))('%s: figures reworded: never on the wrong words', (_f, a) => {
    const t = score('figures reworded', a, applyEdits(a.text, reword(a)));
    expect(t.wrong, t.examples.join('; ')).toBe(0);
  });

  test.each(articles.map((a) => [a.file, a] as const))(
    '%s: a figure’s sentence deleted: that annotation anchors nowhere, the others never wrongly',
    (_f, a) => {
      a.claims.forEach((c) => {
        const gone = sentenceSpan(a.text, c.sentence, c.start);
        expect(gone, c.sentence).not.toBeNull();
        const edited = applyEdits(a.text, [{ start: gone!.start, end: gone!.end, insert: '', kind: 'gone' }]);
        const t = score('sentence deleted', a, edited);
        expect(t.wrong, t.examples.join('; ')).toBe(0);
      });
    },
  );

  test.each(articles.map((a) => [a.file, a] as const))('%s: the number itself changed: no annotation anchors', (_f, a) => {
    const t = score('number changed', a, applyEdits(a.text, renumber(a)));
    expect(t.wrong, t.examples.join('; ')).toBe(0);
  });

  afterAll(() => {
    const rows = [...table].map(([name, t]) => `| ${name} | ${t.annotations} | ${t.present} | ${t.placed} | ${t.refused} | ${t.wrong} |`);
    console.info(
      [
        '| edit | annotations | figure still there | placed right | refused | wrong |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        ...rows,
      ].join('\n'),
    );
  });
});
