import { afterEach, describe, expect, test } from 'vitest';
import { type BundledCorpus, bundledArticleId, loadBundled, parseBundled } from '../../../lib/store/bundled';
import type { TallymarkDb } from '../../../lib/store/db';
import { ingestPage } from '../../../lib/store/ingest';
import { judgePage } from '../../../lib/store/judge';
import { deleteAll, deleteArticle, deleteBundled, deleteOutlet, getStats } from '../../../lib/store/maintenance';
import { decideStorage, getPause, isPausedFor, normalizeSite, setPause } from '../../../lib/store/settings';
import { claim, freshDb, page, storedClaims, claimsOf } from './helpers';

let db: TallymarkDb;
afterEach(() => db?.close());

const corpus = (version: string, extra: Partial<BundledCorpus['articles'][number]> = {}): BundledCorpus => ({
  format: 'tallymark-bundled',
  version,
  articles: [
    {
      url: null,
      outlet: 'Bundled Blog',
      title: 'Bundled Blog, 2025-01-13',
      published: '2025-01-13',
      claims: [
        {
          metric: 'killed',
          qualifier: 'exact',
          low: 300,
          high: 300,
          figure: '300',
          attribution: { side: 'kr', text: 'a lawmaker' },
          period: null,
          scope: 'total',
        },
      ],
    },
    {
      url: 'https://wire.example/story',
      outlet: 'Wire',
      title: 'Wire, 2025-01-12',
      published: '2025-01-12',
      claims: [
        {
          metric: 'deployed',
          qualifier: 'atLeast',
          low: 10000,
          high: null,
          figure: 'more than 10,000',
          attribution: null,
          period: null,
          scope: 'total',
        },
      ],
      ...extra,
    },
  ],
});

describe('pausing', () => {
  test('globally and per site, and never in a private window', async () => {
    db = freshDb();
    const p = page('Alpha', '2025-01-13', 'https://news.alpha.example/a');
    expect(await decideStorage(db, p, { incognito: false })).toEqual({ store: true });
    expect(await decideStorage(db, p, { incognito: true })).toMatchObject({ store: false, reason: expect.stringMatching(/Private/) });
    expect(await setPause(db, true, 'alpha.example')).toEqual({ global: false, sites: ['alpha.example'] });
    expect(await decideStorage(db, p, { incognito: false })).toMatchObject({ store: false, reason: expect.stringMatching(/this site/) });
    await setPause(db, false, 'alpha.example');
    await setPause(db, true);
    expect(await getPause(db)).toEqual({ global: true, sites: [] });
    expect(await decideStorage(db, p, { incognito: false })).toMatchObject({ store: false, reason: expect.stringMatching(/paused/) });
    await expect(setPause(db, true, 'not a site!')).rejects.toThrow(/Not a site name/);
  });

  test.each([
    [{ global: false, sites: ['bbc.co.uk'] }, 'https://www.bbc.co.uk/news', true],
    [{ global: false, sites: ['bbc.co.uk'] }, 'https://notbbc.co.uk/news', false],
    [{ global: false, sites: [] }, 'https://a.example/', false],
    [{ global: true, sites: [] }, 'https://a.example/', true],
    [{ global: false, sites: ['a.example'] }, null, false],
  ])('isPausedFor(%j, %j) = %j', (state, url, want) => expect(isPausedFor(state, url)).toBe(want));

  test.each([
    ['BBC.co.uk', 'bbc.co.uk'],
    ['https://www.example.com/path', 'www.example.com'],
    ['javascript:alert(1)', null],
    ['', null],
  ])('normalizeSite(%j) = %j', (s, want) => expect(normalizeSite(s)).toBe(want));
});

describe('deleting and counting', () => {
  async function filled() {
    db = freshDb();
    await ingestPage(db, page('Alpha', '2025-01-13', 'https://alpha.example/1'), [claim('Some 300 died.', '300', 'killed', 300, 300)]);
    await ingestPage(db, page('alpha', '2025-01-14', 'https://alpha.example/2'), [
      claim('Two were caught.', 'Two', 'captured', 2, 2),
      claim('Ten were sent.', 'Ten', 'deployed', 10, 10),
    ]);
    await ingestPage(db, page('Beta', '2025-01-14'), [claim('Ten were sent.', 'Ten', 'deployed', 10, 10)]);
    await loadBundled(db, corpus('v1'));
  }

  test('getStats counts articles, outlets, claims, and the bundled part', async () => {
    await filled();
    expect(await getStats(db)).toEqual({ articles: 5, outlets: 4, claims: 6, bundledArticles: 2, bundledClaims: 2 });
  });

  test('delete one article, one outlet (ignoring case), the bundled corpus, everything', async () => {
    await filled();
    expect(await deleteArticle(db, 'https://alpha.example/1#frag')).toEqual({ articles: 1, claims: 1 });
    expect(await deleteArticle(db, 'https://alpha.example/nothing')).toEqual({ articles: 0, claims: 0 });
    expect(await deleteOutlet(db, 'ALPHA')).toEqual({ articles: 1, claims: 2 });
    expect((await getStats(db)).articles).toBe(3);
    expect(await deleteBundled(db)).toEqual({ articles: 2, claims: 2 });
    expect(await getStats(db)).toEqual({ articles: 1, outlets: 1, claims: 1, bundledArticles: 0, bundledClaims: 0 });
    // Removed by the reader: a new version is not loaded again unless asked.
    expect((await loadBundled(db, corpus('v2'))).loaded).toBe(false);
    expect((await loadBundled(db, corpus('v2'), { force: true })).loaded).toBe(true);
    expect(await deleteAll(db)).toEqual({ articles: 3, claims: 3 });
    expect(await getStats(db)).toEqual({ articles: 0, outlets: 0, claims: 0, bundledArticles: 0, bundledClaims: 0 });
  });
});

describe('the bundled corpus', () => {
  test('loads once per version, replaces an older version, and is compared like any outlet', async () => {
    db = freshDb();
    expect(await loadBundled(db, corpus('v1'))).toEqual({ loaded: true, articles: 2, claims: 2 });
    expect((await loadBundled(db, corpus('v1'))).loaded).toBe(false);
    const v2 = corpus('v2', {
      claims: [
        {
          metric: 'deployed',
          qualifier: 'exact',
          low: 11000,
          high: 11000,
          figure: '11,000',
          attribution: null,
          period: null,
          scope: 'total',
        },
      ],
    });
    expect(await loadBundled(db, v2)).toEqual({ loaded: true, articles: 2, claims: 2 });
    const rows = (await storedClaims(db)).filter((r) => r.source === 'bundled');
    expect(rows.map((r) => r.figure).sort()).toEqual(['11,000', '300']);
    expect(rows.every((r) => r.sentence === null && r.quote === null)).toBe(true);
    const [v] = await judgePage(db, page('Reader Outlet', '2025-01-13'), [{ metric: 'killed', low: 300, high: 300, period: null }]);
    expect(v).toMatchObject({
      verdict: 'agrees',
      compared: [{ outlet: 'Bundled Blog', sentence: null, figureInSentence: null, url: null }],
    });
  });

  test("an article without URL gets a stable synthetic id; the reader's own copy is never overwritten", async () => {
    db = freshDb();
    const a = corpus('v1').articles[0]!;
    expect(bundledArticleId(a)).toMatch(/^bundled:[0-9a-f]{8}$/);
    expect(bundledArticleId(a)).toBe(bundledArticleId({ ...a }));
    expect(bundledArticleId(corpus('v1').articles[1]!)).toBe('https://wire.example/story');
    await ingestPage(db, page('Wire', '2025-01-12', 'https://wire.example/story'), [claim('Nine were sent.', 'Nine', 'deployed', 9, 9)]);
    await loadBundled(db, corpus('v1'));
    const wire = await claimsOf(db, 'https://wire.example/story');
    expect(wire.map((c) => [c.figure, c.source])).toEqual([['Nine', 'browser']]);
  });

  test('a bundled article the reader opens is one article, in the store and the counts; deleting the bundled set leaves it', async () => {
    db = freshDb();
    await loadBundled(db, corpus('v1'));
    expect(await getStats(db)).toMatchObject({ articles: 2, claims: 2, bundledArticles: 2, bundledClaims: 2 });
    // The reader opens the wire story (its address with a hash is the same article).
    await ingestPage(db, page('Wire', '2025-01-12', 'https://wire.example/story#top'), [
      claim('More than 10,000 were sent.', 'More than 10,000', 'deployed', 10000, null),
    ]);
    expect(await getStats(db)).toMatchObject({ articles: 2, claims: 2, bundledArticles: 1, bundledClaims: 1 });
    expect(await db.articles.where('id').equals('https://wire.example/story').count()).toBe(1);
    // A new bundled version leaves the reader's copy as it is, and does not add the article again.
    await loadBundled(db, corpus('v2'));
    expect(await getStats(db)).toMatchObject({ articles: 2, bundledArticles: 1 });
    expect(await deleteBundled(db)).toEqual({ articles: 1, claims: 1 });
    expect(await getStats(db)).toMatchObject({ articles: 1, claims: 1, bundledArticles: 0 });
    expect((await storedClaims(db)).map((c) => [c.figure, c.source])).toEqual([['More than 10,000', 'browser']]);
  });

  test('parseBundled refuses a damaged file', () => {
    expect(() => parseBundled({ format: 'nope' })).toThrow(/format/);
    const bad = JSON.parse(JSON.stringify(corpus('v1')));
    bad.articles[1].url = 'javascript:void(0)';
    expect(() => parseBundled(bad)).toThrow(/articles\[1\]\.url/);
    expect(parseBundled(JSON.parse(JSON.stringify(corpus('v1'))))).toEqual(corpus('v1'));
  });
});
