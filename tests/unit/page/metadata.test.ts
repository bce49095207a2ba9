import { Window } from 'happy-dom';
import { afterEach, describe, expect, test } from 'vitest';
import { readCanonicalUrl, readPageMeta, readPublished, toIsoDay } from '../../../lib/page/metadata';
import { resolveOutlet } from '../../../lib/page/outlet';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

function doc(head: string, body = '<p>Text.</p>', url = 'https://www.example.co.uk/news/story-1?ref=x#top'): Document {
  const w = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
  windows.push(w);
  w.document.write(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  return w.document as unknown as Document;
}

const NOW = new Date(2025, 0, 20, 12);

describe('readCanonicalUrl', () => {
  test.each([
    ['link rel=canonical, relative, resolved', '<link rel="canonical" href="/news/story-1#x">', 'https://www.example.co.uk/news/story-1'],
    ['og:url when there is no canonical link', '<meta property="og:url" content="https://example.co.uk/a">', 'https://example.co.uk/a'],
    [
      'canonical wins over og:url',
      '<link rel="canonical" href="https://c.example/a"><meta property="og:url" content="https://o.example/a">',
      'https://c.example/a',
    ],
    ['the location without hash', '', 'https://www.example.co.uk/news/story-1?ref=x'],
    ['rel is a list of tokens, in any case', '<link rel="alternate  CANONICAL" href="https://c.example/b">', 'https://c.example/b'],
    [
      'a rel that only holds the word is not canonical',
      '<link rel="noncanonical" href="https://c.example/c">',
      'https://www.example.co.uk/news/story-1?ref=x',
    ],
    [
      'a javascript: canonical is ignored',
      '<link rel="canonical" href="javascript:alert(1)">',
      'https://www.example.co.uk/news/story-1?ref=x',
    ],
  ])('%s', (_name, head, want) => {
    expect(readCanonicalUrl(doc(head))).toBe(want);
  });

  test('a local file has no URL and is a "Local file"', () => {
    const meta = readPageMeta(doc('<title>Mine</title>', '', 'file:///home/me/a.html'), NOW);
    expect(meta.url).toBeNull();
    expect(meta.outlet).toBe('Local file');
  });
});

describe('readPageMeta', () => {
  test('reads og:site_name, og:title and article:published_time', () => {
    const meta = readPageMeta(
      doc(`
      <title>Fallback title</title>
      <meta property="og:site_name" content="The Example Times">
      <meta property="og:title" content="  A headline  we wrote ">
      <meta property="article:published_time" content="2025-01-13T08:30:00+09:00">`),
      NOW,
    );
    expect(meta).toEqual({
      url: 'https://www.example.co.uk/news/story-1?ref=x',
      outlet: 'The Example Times',
      title: 'A headline we wrote',
      published: '2025-01-13',
    });
  });

  test('falls back to the host (flagged for the background), <title>, and the reading day (flagged)', () => {
    const meta = readPageMeta(doc('<title>Only a title</title>'), NOW);
    expect(meta).toEqual({
      url: 'https://www.example.co.uk/news/story-1?ref=x',
      outlet: 'www.example.co.uk',
      outletFromHost: true,
      title: 'Only a title',
      published: '2025-01-20',
      publishedGuessed: true,
    });
    expect(resolveOutlet(meta).outlet).toBe('example.co.uk');
  });
});

describe('resolveOutlet', () => {
  const page = { url: 'https://news.example.com.au/a', title: 't', published: '2025-01-01' };
  test.each([
    ['a host narrowed to its registrable domain', { ...page, outlet: 'news.example.com.au', outletFromHost: true }, 'example.com.au'],
    ['a named site kept as named', { ...page, outlet: 'The Example' }, 'The Example'],
    ['a local file kept', { ...page, url: null, outlet: 'Local file', outletFromHost: true }, 'Local file'],
    ['an IP address kept', { ...page, url: 'http://127.0.0.1:8080/a', outlet: '127.0.0.1', outletFromHost: true }, '127.0.0.1'],
  ])('%s', (_name, meta, outlet) => {
    expect(resolveOutlet(meta).outlet).toBe(outlet);
  });
});

describe('readPublished', () => {
  test.each([
    [
      'JSON-LD object',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-12-23T10:00:00Z"}</script>',
      '',
      '2024-12-23',
    ],
    [
      'JSON-LD @graph',
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-01-02"}]}</script>',
      '',
      '2025-01-02',
    ],
    [
      'JSON-LD top-level array',
      '<script type="application/ld+json">[{"@type":"Organization"},{"datePublished":"2025-01-03T00:00:00+01:00"}]</script>',
      '',
      '2025-01-03',
    ],
    [
      'broken JSON-LD then a good one',
      '<script type="application/ld+json">{oops</script><script type="application/ld+json">{"datePublished":"2025-01-04"}</script>',
      '',
      '2025-01-04',
    ],
    ['<time datetime>', '', '<p>Posted <time datetime="2025-01-05T07:00">5 Jan</time></p>', '2025-01-05'],
    [
      'a meta date that does not parse falls through to <time>',
      '<meta property="article:published_time" content="soon">',
      '<time datetime="2025-01-06">x</time>',
      '2025-01-06',
    ],
    ['nothing', '', '<p>No date.</p>', null],
    ['dc.date, its name in any case', '<meta name="DC.Date" content="2025-01-07">', '', '2025-01-07'],
    ['itemprop datePublished in the body', '', '<div><meta itemprop="datePublished" content="2025-01-08"></div>', '2025-01-08'],
    [
      "a key's first meta counts: empty, so the next key's",
      '<meta name="pubdate" content=" "><meta name="pubdate" content="2025-01-01"><meta name="date" content="2025-01-09">',
      '',
      '2025-01-09',
    ],
    [
      'the keys in order, wherever their metas stand',
      '<meta name="date" content="2025-01-10"><meta property="article:published_time" content="2025-01-11">',
      '',
      '2025-01-11',
    ],
  ])('%s', (_name, head, body, want) => {
    expect(readPublished(doc(head, body))).toBe(want);
  });
});

test.each([
  ['2025-01-13T23:30:00-05:00', '2025-01-13'],
  ['2025-13-01', null],
  ['Mon, 13 Jan 2025 10:00:00 GMT', '2025-01-13'],
  ['not a date', null],
])('toIsoDay(%j)', (s, want) => expect(toIsoDay(s)).toBe(want));
