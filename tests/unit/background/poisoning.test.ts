// A hostile page cannot poison the store: whatever its <head> says (another
// page's canonical address, another site's name), its figures are filed at
// its own address under its own registrable domain, and what other pages and
// outlets reported stays as they reported it.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { articlesOfOutlet } from '../../../lib/store/article-index';
import type { WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createExtensionApi, type MessageSender } from '../../../lib/background/extension-api';
import { resolveSenderPage, siteOf } from '../../../lib/background/page-origin';
import { startBackground } from '../../../lib/background/start-background';
import { createDb, type TallymarkDb } from '../../../lib/store/db';
import { type PageMeta, toArticleId } from '../../../lib/types';
import { ingestPage } from '../../../lib/store/ingest';
import { claim, storedClaims, claimsOf } from '../store/helpers';
import { askDetails } from './ask-details';

const ORIGIN = 'chrome-extension://test-extension-id/';
const popup: MessageSender = { id: 'test-extension-id', url: `${ORIGIN}popup.html` };
/** The browser's word on who sent it: the address of the page the content script runs in. */
const from = (url: string): MessageSender => ({ id: 'test-extension-id', url, tab: { id: 7, incognito: false } });

let db: TallymarkDb;

beforeEach(() => {
  fakeBrowser.reset();
  db = createDb(`poison-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const real = createExtensionApi(fakeBrowser as unknown as WxtBrowser);
  startBackground(
    { ...real, addCommandListener: () => undefined, sendToActiveTab: vi.fn(async () => true), readBundledCorpus: async () => ({}) },
    () => db,
  );
});

async function send(message: unknown, sender: MessageSender): Promise<any> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  return answers[0];
}

const meta = (url: string | null, outlet: string, published = '2025-01-13'): PageMeta => ({
  url,
  outlet,
  title: `${outlet} story`,
  published,
});
const ingest = (page: PageMeta, text: string, sender: MessageSender) => send({ type: 'ingest', page, text }, sender);

// Texts we wrote: the wire's five figures, the spoof's one.
const wire =
  'Our wire said 300 North Korean soldiers were killed. It said 2,700 North Korean troops were wounded. ' +
  'About 11,000 North Korean troops were sent to Russia, it said. Two North Korean soldiers were captured. ' +
  'Some 4,000 North Korean casualties were counted.';
const wireTwo = 'Our wire said 300 North Korean soldiers were killed. It said 2,700 North Korean troops were wounded.';
const spoof = 'A made-up 90,000 North Korean soldiers were killed, the spoof says.';
const killed300 = (who: string) => `${who} says 300 North Korean soldiers were killed.`;
const WIRE = 'https://www.wire.example/world/story-1';

/** What a third page's popover would list for a killed figure: outlet, figure, address. */
async function seenFromElsewhere(): Promise<{ outlet: string; outletClaimed?: string; figure: string; url: string | null }[]> {
  const answer = await ingest(meta('https://reader.example/a', 'Reader'), killed300('A reader page'), from('https://reader.example/a'));
  const [verdict] = await askDetails(send, meta('https://reader.example/a', 'Reader'), answer, from('https://reader.example/a'), [0]);
  return verdict!.compared.map((c: any) => ({
    outlet: c.outlet,
    ...(c.outletClaimed ? { outletClaimed: c.outletClaimed } : {}),
    figure: c.figure,
    url: c.url,
  }));
}

describe('a page cannot poison the store', () => {
  test("a page naming another page's address as its canonical URL does not replace that article", async () => {
    await ingest(meta(WIRE, 'The Wire'), wire, from(WIRE));
    const answer = await ingest(meta(WIRE, 'The Wire'), spoof, from('https://spoof.example/p?id=1#top'));
    expect(answer.stored).toBe(true);
    const stored = await db.articles.toArray();
    const wireRow = stored.find((a) => a.id === WIRE);
    const spoofRow = stored.find((a) => a.id !== WIRE);
    expect(wireRow).toMatchObject({ outlet: 'wire.example', outletClaimed: 'The Wire' });
    expect((await claimsOf(db, WIRE)).length).toBe(5);
    // The spoof is filed at its own address, under its own domain; the name it took is only its claim.
    expect(spoofRow).toMatchObject({
      id: 'https://spoof.example/p?id=1',
      url: 'https://spoof.example/p?id=1',
      outlet: 'spoof.example',
      outletClaimed: 'The Wire',
    });
    const seen = await seenFromElsewhere();
    expect(seen).toHaveLength(2);
    expect(seen).toContainEqual({ outlet: 'wire.example', outletClaimed: 'The Wire', figure: '300', url: WIRE });
    expect(seen).toContainEqual({
      outlet: 'spoof.example',
      outletClaimed: 'The Wire',
      figure: '90,000',
      url: 'https://spoof.example/p?id=1',
    });
  });

  test("an empty page claiming another page's address deletes nothing of it", async () => {
    await ingest(meta(WIRE, 'The Wire'), wire, from(WIRE));
    await ingest(meta(WIRE, 'The Wire'), 'Nothing about troops here.', from('https://spoof.example/empty'));
    await ingest(meta(WIRE, 'The Wire'), 'Not 1 North Korean soldier was harmed, it says.', from('https://spoof.example/empty'));
    expect((await claimsOf(db, WIRE)).length).toBe(5);
  });

  test('a page on 127.0.0.1 with a reuters.com canonical and og:site_name "Reuters" is not stored as Reuters', async () => {
    const answer = await ingest(meta('https://www.reuters.com/world/x', 'Reuters'), spoof, from('http://127.0.0.1:8080/fake#x'));
    expect(answer.stored).toBe(true);
    expect(await db.articles.toArray()).toMatchObject([
      { id: 'http://127.0.0.1:8080/fake', outlet: '127.0.0.1', outletKey: '127.0.0.1', outletClaimed: 'Reuters' },
    ]);
    expect(await articlesOfOutlet(db, 'reuters')).toEqual([]);
    expect(await seenFromElsewhere()).toEqual([
      { outlet: '127.0.0.1', outletClaimed: 'Reuters', figure: '90,000', url: 'http://127.0.0.1:8080/fake' },
    ]);
  });

  test("claiming another outlet's name does not change what that outlet reported", async () => {
    await ingest(meta(WIRE, 'The Wire'), wire, from(WIRE));
    await ingest(meta('https://spoof.example/p', 'The Wire'), killed300('The spoof'), from('https://spoof.example/p'));
    const seen = await seenFromElsewhere();
    expect(seen).toHaveLength(2);
    expect(seen).toContainEqual({ outlet: 'wire.example', outletClaimed: 'The Wire', figure: '300', url: WIRE });
    expect(seen).toContainEqual({ outlet: 'spoof.example', outletClaimed: 'The Wire', figure: '300', url: 'https://spoof.example/p' });
    // deleting the spoof's domain leaves the outlet it named alone
    expect(await send({ type: 'deleteOutlet', outlet: 'spoof.example' }, popup)).toEqual({ articles: 1, claims: 1 });
    expect((await claimsOf(db, WIRE)).length).toBe(5);
  });

  test("a canonical address on the page's own registrable domain counts (amp and mobile copies file as one)", async () => {
    await ingest(meta(WIRE, 'The Wire'), wire, from(WIRE));
    await ingest(meta(WIRE, 'The Wire'), wireTwo, from('https://amp.wire.example/world/story-1.amp'));
    expect(await db.articles.count()).toBe(1);
    expect((await claimsOf(db, WIRE)).length).toBe(2);
  });

  test("a site on a private suffix cannot claim its neighbour's address", async () => {
    await ingest(meta('https://alice.github.io/post', 'Alice'), wire, from('https://alice.github.io/post'));
    await ingest(meta('https://alice.github.io/post', 'Alice'), spoof, from('https://mallory.github.io/post'));
    expect((await claimsOf(db, 'https://alice.github.io/post')).length).toBe(5);
    expect((await db.articles.toArray()).map((a) => a.outlet).sort()).toEqual(['alice.github.io', 'mallory.github.io']);
  });

  test("without the browser's word on the sender's address, nothing is stored", async () => {
    const answer = await ingest(meta(WIRE, 'The Wire'), spoof, { id: 'test-extension-id', tab: { id: 7, incognito: false } });
    expect(answer).toMatchObject({ stored: false, verdicts: [{ verdict: 'unique' }] });
    expect(await db.articles.count()).toBe(0);
  });

  test('a name a page takes makes it no part of the outlet of that name; it only hides a bundled outlet of that name from its own view', async () => {
    await ingest(meta(WIRE, 'The Wire'), wire, from(WIRE));
    // The bundled corpus files by name (it has no pages to ask): a bundled "The Wire" figure.
    await ingestPage(db, meta(null, 'The Wire'), [claim('A bundled 300 were killed.', '300', 'killed', 300, 300)], {
      articleId: toArticleId('bundled:wire'),
      source: 'bundled',
    });
    const answer = await ingest(meta('https://copy.example/a', 'The Wire'), killed300('A copy'), from('https://copy.example/a'));
    const [verdict] = await askDetails(send, meta('https://copy.example/a', 'The Wire'), answer, from('https://copy.example/a'), [0]);
    // From the popup, about the page as filed: the same.
    expect(await askDetails(send, answer.page, answer, popup, [0])).toEqual([verdict]);
    expect(verdict!.compared.map((c) => c.outlet)).toEqual(['wire.example']);
    expect((await seenFromElsewhere()).map((c) => c.outlet).sort()).toEqual(['The Wire', 'copy.example', 'wire.example']);
  });
});

describe('one bad claim never costs the page', () => {
  test('a text whose extraction yields a claim the store refuses still has its other figures stored and judged', async () => {
    await ingest(
      meta('https://other.example/a', 'Other'),
      'About 12,000 North Korean troops were sent to Russia.',
      from('https://other.example/a'),
    );
    const text =
      'On February 30, 2025, officials said 1,000 North Korean soldiers were killed. About 11,000 North Korean troops were sent to Russia.';
    const answer = await ingest(meta(WIRE, 'The Wire'), text, from(WIRE));
    expect(answer.error).toBeUndefined();
    expect(answer.stored).toBe(true);
    const sent = answer.claims.find((c: any) => c.figure === 'About 11,000');
    expect(sent).toBeDefined();
    expect(answer.verdicts[answer.claims.indexOf(sent)].verdict).not.toBe('unique');
    // Whatever is answered was stored: no impossible period reaches the store.
    for (const c of await storedClaims(db)) expect(c.period === null || !/-02-3\d/.test(c.period)).toBe(true);
    expect(answer.claims).toHaveLength(answer.verdicts.length);
  });
});

describe('resolveSenderPage and siteOf', () => {
  test.each([
    ['https://www.bbc.co.uk/news/1', 'bbc.co.uk'],
    ['https://foo.github.io/x', 'foo.github.io'],
    ['http://127.0.0.1:8080/a', '127.0.0.1'],
    ['http://localhost:3000/', 'localhost'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['not a url', null],
  ])('siteOf(%s) is %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  test('a page that names no site is filed under its domain, with no claim', () => {
    const page = resolveSenderPage({ ...meta(null, 'www.example.co.uk'), outletFromHost: true }, 'https://www.example.co.uk/a');
    expect(page).toEqual({
      url: 'https://www.example.co.uk/a',
      outlet: 'example.co.uk',
      title: 'www.example.co.uk story',
      published: '2025-01-13',
    });
  });

  test('an outletClaimed sent by the content script is not taken; javascript: and data: canonicals fall back to the address', () => {
    expect(resolveSenderPage({ ...meta('javascript:alert(1)', 'X'), outletClaimed: 'Reuters' }, 'https://x.example/a')).toMatchObject({
      url: 'https://x.example/a',
      outlet: 'x.example',
      outletClaimed: 'X',
    });
    expect(resolveSenderPage(meta('data:text/html,<script>alert(1)</script>', 'x.example'), 'https://x.example/a')).toEqual({
      url: 'https://x.example/a',
      outlet: 'x.example',
      title: 'x.example story',
      published: '2025-01-13',
    });
  });
});
