// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { CORPUS_DIR, renderSeedPage } from '../../../scripts/news-pages';
import { findArticleRoot, readArticleText, updateArticleText } from '../../../lib/page/text-map';

function setBody(html: string) {
  document.body.innerHTML = html;
}

const NEWS = `
  <header class="site"><a>The Daily Example</a><nav><a>World</a><a>Sport</a></nav></header>
  <main>
    <article>
      <header><h1>Officials revise the  count</h1></header>
      <p>Seoul said <b>about 300</b> soldiers were killed.</p>
      <p>Kyiv   said
         two were captured.</p>
      <script>var x = "not text 500";</script>
      <div hidden>Hidden 700 figure.</div>
      <p aria-hidden="true">Decorative 800.</p>
      <figure><figcaption>Troops on parade</figcaption></figure>
      <form><button>Subscribe for 9,000 updates</button></form>
    </article>
    <aside>Most read: 4,000 runners</aside>
  </main>
  <footer>Copyright 2025</footer>`;

describe('readArticleText', () => {
  beforeEach(() => setBody(NEWS));

  test('reads the article region with blocks on lines of their own and white space collapsed', () => {
    const map = readArticleText(document);
    expect(map.root.tagName).toBe('ARTICLE');
    expect(map.text).toBe(
      'Officials revise the count\nSeoul said about 300 soldiers were killed.\nKyiv said two were captured.\nTroops on parade',
    );
  });

  test('skips scripts, hidden and aria-hidden content, forms, asides, navigation and the site header', () => {
    const map = readArticleText(document, document.body);
    for (const absent of ['500', '700', '800', '9,000', '4,000', 'World', 'Daily Example', 'Copyright']) {
      expect(map.text).not.toContain(absent);
    }
    expect(map.text).toContain('Officials revise the count');
  });

  test('skips content hidden by inline style and by a stylesheet rule', () => {
    setBody(`<style>.gone { display: none }</style><article><p>Visible 1 figure here, long enough to count as the article body text.</p>
      <p style="display:none">Inline hidden</p><p class="gone">Class hidden</p><p style="visibility:hidden">Invisible</p></article>`);
    const map = readArticleText(document);
    expect(map.text).toContain('Visible 1 figure');
    expect(map.text).not.toContain('Inline hidden');
    expect(map.text).not.toContain('Class hidden');
    expect(map.text).not.toContain('Invisible');
  });

  test('a range for a figure covers exactly its words, across inline elements', () => {
    const map = readArticleText(document);
    const start = map.text.indexOf('said about 300');
    const end = start + 'said about 300'.length;
    const range = map.rangeFor(start, end)!;
    expect(range).not.toBeNull();
    expect(range.toString()).toBe('said about 300');
    expect(range.startContainer.textContent).toBe('Seoul said ');
    expect((range.endContainer.parentNode as Element).tagName).toBe('B');
  });

  test('a range over collapsed white space maps back into the original node', () => {
    const map = readArticleText(document);
    const start = map.text.indexOf('said two');
    const range = map.rangeFor(start, start + 'said two'.length)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('said two');
    expect(map.offsetAt(range.startContainer, range.startOffset)).toBe(start);
    expect(map.offsetAt(range.endContainer, range.endOffset)).toBe(start + 'said two'.length);
  });

  test('a range never starts on a block break and stays inside the text', () => {
    const map = readArticleText(document);
    const nl = map.text.indexOf('\n');
    const range = map.rangeFor(nl, nl + 6)!;
    expect(range.toString()).toBe('Seoul');
    expect(map.rangeFor(-1, 3)).toBeNull();
    expect(map.rangeFor(3, 3)).toBeNull();
    expect(map.rangeFor(0, map.text.length + 1)).toBeNull();
  });

  test('offsetAt: positions in skipped regions or outside the root are null', () => {
    const map = readArticleText(document);
    const script = document.querySelector('script')!.firstChild!;
    expect(map.offsetAt(script, 0)).toBeNull();
    const navText = document.querySelector('nav a')!.firstChild!;
    expect(map.offsetAt(navText, 1)).toBeNull();
  });

  test('offsetAt an element position gives the offset of the next text read', () => {
    const map = readArticleText(document);
    const p = document.querySelectorAll('article p')[1]!;
    expect(map.offsetAt(p, 0)).toBe(map.text.indexOf('Kyiv'));
    expect(map.offsetAt(p, p.childNodes.length)).toBe(map.text.indexOf(' two were captured.') + ' two were captured.'.length);
  });

  test('every character maps to a range whose text is that character (property)', () => {
    const map = readArticleText(document);
    fc.assert(
      fc.property(fc.nat(map.text.length - 1), fc.integer({ min: 1, max: 20 }), (start, len) => {
        const end = Math.min(map.text.length, start + len);
        const slice = map.text.slice(start, end);
        const range = map.rangeFor(start, end);
        if (slice.trim() === '' || slice.includes('\n')) return; // within one block only
        expect(range).not.toBeNull();
        expect(range!.toString().replace(/\s+/g, ' ').trim()).toBe(slice.trim());
      }),
    );
  });

  test('picks the candidate holding the most paragraph text', () => {
    setBody(`<article><p>Teaser</p></article><div role="main"><p>${'Long body text. '.repeat(20)}</p></div>`);
    expect(findArticleRoot(document).getAttribute('role')).toBe('main');
    setBody('<p>Short page without landmarks.</p>');
    expect(findArticleRoot(document)).toBe(document.body);
  });

  test('deep nesting does not blow the stack', () => {
    let html = '';
    for (let i = 0; i < 5000; i++) html += '<span>';
    html += 'deep 42 text';
    for (let i = 0; i < 5000; i++) html += '</span>';
    setBody(`<div>${html}</div>`);
    const map = readArticleText(document, document.body);
    expect(map.text).toBe('deep 42 text');
  });

  test('stops at the node and character budgets', () => {
    setBody(`<article>${'<p>word word word</p>'.repeat(500)}</article>`);
    const byNodes = readArticleText(document, undefined, { maxNodes: 100 });
    expect(byNodes.truncated).toBe(true);
    expect(byNodes.visited).toBeLessThanOrEqual(101);
    const byChars = readArticleText(document, undefined, { maxChars: 1000 });
    expect(byChars.truncated).toBe(true);
    expect(byChars.text.length).toBeLessThanOrEqual(1000);
    expect(readArticleText(document).truncated).toBe(false);
  });

  test('br breaks a line', () => {
    setBody('<article><p>First line 10<br>Second line</p></article>');
    expect(readArticleText(document, document.querySelector('article')!).text).toBe('First line 10\nSecond line');
  });

  test('adjacent blocks with no white space between them are parted, by tag or by computed display', () => {
    setBody(
      '<style>.as-block{display:block}</style><div id="r"><div>Menu</div><div>North Korea sent 300 troops.</div>' +
        '<span class="as-block">Kyiv said</span><span style="display:list-item">about 500</span>' +
        '<span style="display:inline-block">were</span><b>killed.</b></div>',
    );
    const root = document.getElementById('r')!;
    const map = readArticleText(document, root);
    expect(map.text).toBe('Menu\nNorth Korea sent 300 troops.\nKyiv said\nabout 500\nwerekilled.');
    // Offsets still map back to exactly the words in the DOM.
    for (const word of ['North Korea', '300', 'Kyiv said', 'about 500', 'Menu']) {
      const start = map.text.indexOf(word);
      expect(map.rangeFor(start, start + word.length)?.toString()).toBe(word);
    }
    const span = root.querySelector('.as-block')!.firstChild!;
    expect(map.offsetAt(span, 0)).toBe(map.text.indexOf('Kyiv'));
  });
});

describe('updateArticleText', () => {
  const PAGE = `<article><h1>Live</h1><div id="feed"><section><p>Old post one, nothing here.</p></section><section><p>Old post two says 300 killed.</p></section></div></article>`;

  test('an added post is read and reported as changed; the rest is kept', () => {
    setBody(PAGE);
    const map = readArticleText(document, document.querySelector('article')!);
    const feed = document.getElementById('feed')!;
    const post = document.createElement('section');
    post.innerHTML = '<p>New post: 4,500 soldiers killed.</p>';
    feed.insertBefore(post, feed.firstChild);
    const { map: next, changed, full } = updateArticleText(map, [feed, post]);
    expect(full).toBe(false);
    expect(next.text).toBe('Live\nNew post: 4,500 soldiers killed.\nOld post one, nothing here.\nOld post two says 300 killed.');
    expect(changed).toHaveLength(1);
    expect(next.text.slice(changed[0]!.start, changed[0]!.end)).toBe('New post: 4,500 soldiers killed.');
    // Old text still maps to the DOM after the shift.
    const i = next.text.indexOf('300 killed');
    expect(next.rangeFor(i, i + 10)!.toString()).toBe('300 killed');
    expect(readArticleText(document, document.querySelector('article')!).text).toBe(next.text);
  });

  test('a changed paragraph is read again, with its new words', () => {
    setBody(PAGE);
    const map = readArticleText(document, document.querySelector('article')!);
    const p = document.querySelectorAll('p')[1]!;
    (p.firstChild as Text).data = 'Old post two now says 400 killed.';
    const { map: next, changed } = updateArticleText(map, [p.firstChild!]);
    expect(next.text).toContain('now says 400 killed.');
    expect(changed.map((c) => next.text.slice(c.start, c.end))).toEqual(['Old post two now says 400 killed.']);
  });

  test('a removed post disappears from the text', () => {
    setBody(PAGE);
    const map = readArticleText(document, document.querySelector('article')!);
    const feed = document.getElementById('feed')!;
    feed.removeChild(feed.lastElementChild!);
    const { map: next, changed } = updateArticleText(map, [feed]);
    expect(next.text).toBe('Live\nOld post one, nothing here.');
    expect(changed).toEqual([]);
  });

  test('a root that left the document is read from scratch', () => {
    setBody(PAGE);
    const map = readArticleText(document, document.querySelector('article')!);
    document.body.innerHTML = `<main><p>${'Fresh page with 12 words of text. '.repeat(5)}</p></main>`;
    const { map: next, full } = updateArticleText(map, [document.body]);
    expect(full).toBe(true);
    expect(next.root.tagName).toBe('MAIN');
  });
});

describe.skipIf(!existsSync(CORPUS_DIR))('on a rendered seed page (../shared/corpus)', () => {
  test('reads the article, not the site around it', () => {
    const html = renderSeedPage('000')!;
    document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/, '');
    const map = readArticleText(document);
    expect(map.root.tagName).toBe('ARTICLE');
    expect(map.text).toMatch(/more than 3,000 deaths/);
    expect(map.text).not.toMatch(/Most read|Subscribe|Share/);
    const i = map.text.indexOf('more than 3,000');
    expect(map.rangeFor(i, i + 'more than 3,000'.length)!.toString()).toBe('more than 3,000');
  });
});

describe('a huge text node', () => {
  test('is read in slices with the same text and offsets as a small one', () => {
    const unit = 'North  Korean\tsoldiers \n were counted ';
    const data = unit.repeat(Math.ceil(300_000 / unit.length));
    document.body.innerHTML = '<article><p id="p"></p></article>';
    document.getElementById('p')!.textContent = data;
    const map = readArticleText(document, document.querySelector('article')!);
    expect(map.text).toBe(data.replace(/\s+/g, ' ').trim());
    // Offsets far into the node map back to the same words.
    const at = map.text.lastIndexOf('soldiers');
    expect(map.rangeFor(at, at + 'soldiers'.length)!.toString()).toBe('soldiers');
    const text = document.getElementById('p')!.firstChild!;
    expect(map.offsetAt(text, data.lastIndexOf('were'))).toBe(map.text.lastIndexOf('were'));
  });
});
