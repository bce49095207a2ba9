// The command line's .html reading, in-process: the standard HTML parser (as
// Chromium's), the article region and the text map. Pages written for the test.
import { describe, expect, test } from 'vitest';
import { readHtmlArticle } from '../../../scripts/html-article';

const STORY =
  'Seoul said on Monday that about 300 North Korean soldiers had been killed in the Kursk region, a figure the lawmakers repeated after the briefing.';

describe('readHtmlArticle', () => {
  test('a <style> inside <svg> does not swallow the page (foreign content, parsed as Chromium does)', () => {
    const html = `<!doctype html><html><head><title>t</title><meta property="article:published_time" content="2025-01-14"></head><body>
      <header><svg viewBox="0 0 10 10"><style>.logo { fill: red; }</style><path d="M0 0h10v10z"/></svg></header>
      <article><h1>Soldiers in Kursk</h1><p>${STORY}</p><p>${STORY.replace('Monday', 'Tuesday')}</p></article></body></html>`;
    const r = readHtmlArticle(html);
    expect(r.text).toContain(STORY);
    expect(r.text).not.toContain('fill: red');
    expect(r.published).toBe('2025-01-14');
  });

  test('runs no script and leaves out the stories beside the article', () => {
    const html = `<body><script>document.body.innerHTML = '<p>999 killed</p>'</script>
      <main><article class="story"><p>${STORY}</p><p>${STORY.replace('Monday', 'Friday')}</p></article>
      <div class="related-stories"><ul><li><a href="/1">Other news: 5,000 troops</a></li><li><a href="/2">Markets</a></li><li><a href="/3">Sport</a></li></ul></div></main></body>`;
    const r = readHtmlArticle(html);
    expect(r.text).toContain(STORY);
    expect(r.text).not.toMatch(/999|5,000 troops/);
  });
});
