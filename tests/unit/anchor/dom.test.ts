// @vitest-environment happy-dom
// Positions another tool can use on the page: a CSS selector to the article
// element and offsets in its textContent, from the ranges of Tallymark's text map.
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { describeArticleAnchors, describeElement, textContentOffset } from '../../../lib/anchor/dom';
import { readArticleText } from '../../../lib/page/text-map';
import { CORPUS_DIR, listSeeds, renderSeedPage } from '../../../scripts/news-pages';

const NEWS = `
  <header class="site"><a>The Daily Example</a><nav><a>World 100</a></nav></header>
  <div><div id="wrap"><article>
      <header><h1>Officials revise the  count</h1></header>
      <p>Seoul said <b>about   300</b> soldiers were killed.</p>
      <aside>Related: 300 more</aside>
      <p>Kyiv   said
         two were captured, and &nbsp; 2,700 hurt.</p>
      <script>var x = "not text 500";</script>
  </article><article><p>Another story</p></article></div></div>`;

/** Where each figure stands in the map's text, and the ranges the map gives for them. */
function figuresOf(text: string, figures: string[]) {
  return figures.map((f) => {
    const start = text.indexOf(f);
    if (start === -1) throw new Error(`not in the text: ${f}`);
    return { start, end: start + f.length };
  });
}

describe('describeArticleAnchors', () => {
  test('offsets in the article element’s textContent hold the figures, white space and skipped regions included', () => {
    document.body.innerHTML = NEWS;
    const root = document.querySelector('#wrap > article')!;
    const map = readArticleText(document, root);
    const spans = figuresOf(map.text, ['about 300', 'two', '2,700']);
    const anchors = describeArticleAnchors(
      root,
      spans.map((s) => map.rangeFor(s.start, s.end)),
    );
    expect(document.querySelector(anchors.selector)).toBe(root);
    const content = root.textContent ?? '';
    expect(anchors.positions.map((p) => p && content.slice(p.start, p.end))).toEqual(['about   300', 'two', '2,700']);
  });

  test('a selector for elements without an id: a path from the nearest unique id or the root', () => {
    document.body.innerHTML = '<main><section><p>a</p><p>b</p></section></main><div id="x"><p>c</p><p>d</p></div>';
    for (const el of Array.from(document.querySelectorAll('p, section, main, div'))) {
      expect(document.querySelector(describeElement(el))).toBe(el);
    }
    expect(describeElement(document.querySelector('#x > p:nth-of-type(2)')!)).toBe('#x > p:nth-of-type(2)');
    expect(describeElement(document.querySelector('main')!)).toBe('main');
  });

  test('an id that needs escaping still finds the element', () => {
    document.body.innerHTML = '<div id="2 col:main"><article><p>x</p></article></div>';
    const el = document.querySelector('article')!;
    expect(document.querySelector(describeElement(el.parentElement!))).toBe(el.parentElement);
  });

  test('any boundary: the length of the text before it', () => {
    document.body.innerHTML = '<article><p>ab<b>cd</b></p><p>ef</p></article>';
    const root = document.querySelector('article')!;
    fc.assert(
      fc.property(fc.nat(5), (n) => {
        const nodes: Text[] = [];
        const w = document.createTreeWalker(root, 4);
        for (let t = w.nextNode(); t; t = w.nextNode()) nodes.push(t as Text);
        let left = n;
        for (const t of nodes) {
          if (left <= t.data.length) {
            expect(textContentOffset(root, t, left)).toBe(n);
            return;
          }
          left -= t.data.length;
        }
      }),
    );
    expect(textContentOffset(root, document.body, 0)).toBeNull();
  });

  test.skipIf(!existsSync(CORPUS_DIR))('on every seed page as the harness serves it', () => {
    const seeds = listSeeds();
    expect(seeds.length).toBeGreaterThan(0);
    for (const { id: file } of seeds) {
      const html = renderSeedPage(file);
      expect(html, file).not.toBeNull();
      document.documentElement.innerHTML = html!;
      const map = readArticleText(document);
      const words = [...map.text.matchAll(/\d[\d,]*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      expect(words.length, file).toBeGreaterThan(5);
      const anchors = describeArticleAnchors(
        map.root,
        words.map((s) => map.rangeFor(s.start, s.end)),
      );
      const content = map.root.textContent ?? '';
      const found = anchors.positions.map((p) => p && content.slice(p.start, p.end));
      expect(found, file).toEqual(words.map((s) => map.text.slice(s.start, s.end)));
      expect(document.querySelector(anchors.selector)).toBe(map.root);
    }
  });
});
