// @vitest-environment happy-dom
// The article region on pages we write: what a reader would draw round the story.
import { describe, expect, test } from 'vitest';
import { classWeight, findArticleRegion, isUnlikely } from '../../../lib/page/article-region';
import { readArticleText } from '../../../lib/page/text-map';

const prose = (n: number, tag = 'Report') =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>${tag} ${i}: the ministers met on Monday, spoke at length, and agreed on little, as the officials who briefed reporters afterwards said.</p>`,
  ).join('');
const links = (n: number, word: string) =>
  `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s${i}">${word} story ${i}</a></li>`).join('')}</ul>`;

function read(html: string): string {
  document.body.innerHTML = html;
  return readArticleText(document).text;
}

describe('the article region', () => {
  test('comments inside main are not the article, even when each is an <article>', () => {
    const comments = Array.from(
      { length: 30 },
      (_, i) =>
        `<article class="comment"><p>Reader ${i} wrote a long comment, with commas, clauses, and opinions of every kind, 9,999 of them.</p></article>`,
    ).join('');
    const text = read(`<main><div itemprop="articleBody">${prose(6)}</div><section id="comments">${comments}</section></main>`);
    expect(text).toContain('Report 5');
    expect(text).not.toContain('9,999');
  });

  test('a gallery and a stream of other stories inside the article body are left out', () => {
    const gallery = `<div class="gallery">${Array.from({ length: 40 }, (_, i) => `<figure><img src="/${i}.jpg"><figcaption><a href="/g${i}">Other story ${i}: 5,000 troops</a></figcaption></figure>`).join('')}</div>`;
    const text = read(
      `<div itemprop="articleBody">${prose(3)}${gallery}${prose(3, 'More')}<div class="story-stream">${links(20, 'Stream')}</div></div>`,
    );
    expect(text).toContain('Report 2');
    expect(text).toContain('More 2');
    expect(text).not.toMatch(/Other story|Stream story/);
  });

  test('lists of other stories, share bars and bylines beside the story are left out', () => {
    const text = read(
      `<div class="page"><div class="story">${prose(6)}</div><div class="most-read">${links(10, 'Popular')}</div><div class="share">Share this on every network</div><div class="byline">By A. Writer</div></div>`,
    );
    expect(text).toContain('Report 5');
    expect(text).not.toMatch(/Popular story|Share this|A\. Writer/);
  });

  test('no article element: the body, still without navigation, forms, footers and link lists', () => {
    document.body.innerHTML = `<nav>${links(5, 'Menu')}</nav><p>Short text.</p><form><input value="North Korea"><label>Sign up</label></form><footer>Footer words</footer>`;
    const region = findArticleRegion(document);
    expect(region.fallback).toBe(true);
    const text = readArticleText(document).text;
    expect(text).toContain('Short text.');
    expect(text).not.toMatch(/Menu story|Sign up|Footer words/);
  });

  test('comments added later inside the article are left out on the next read too', () => {
    document.body.innerHTML = `<article>${prose(5)}</article>`;
    const region = findArticleRegion(document);
    const late = document.createElement('div');
    late.className = 'comments';
    late.innerHTML = '<p>A late comment: 7,777 of them.</p>';
    region.root.append(late);
    expect(region.isDropped(late)).toBe(true);
  });

  test('class and id names count in any case; a form whose control is named "id" is weighed by that id as a string', () => {
    document.body.innerHTML = `<div class="Story-Body" id="MAIN">x</div><div class="SIDEBAR">x</div><div id="Comment-Thread">x</div><div class="share-Tools">x</div>
      <form id="f"><input name="id"></form><form><input name="id"><p class="PROMO">x</p></form>`;
    const [story, sidebar, comments, share] = Array.from(document.querySelectorAll('div'));
    expect(classWeight(story!)).toBe(50);
    expect(classWeight(sidebar!)).toBe(-25);
    expect(isUnlikely(sidebar!)).toBe(true);
    expect(isUnlikely(comments!)).toBe(true);
    expect(classWeight(share!)).toBe(-25);
    const forms = Array.from(document.querySelectorAll('form'));
    // In a browser `form.id` is then the control (this DOM does not clobber: done by hand); "[object HTMLInputElement]" names nothing.
    for (const form of forms) Object.defineProperty(form, 'id', { get: () => form.querySelector('input') });
    for (const form of forms) {
      expect(classWeight(form)).toBe(0);
      expect(isUnlikely(form)).toBe(false);
    }
  });
});
