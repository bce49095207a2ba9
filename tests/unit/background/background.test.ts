import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createExtensionApi, type ExtensionApi, type MessageSender } from '../../../lib/background/extension-api';
import { forwardCommand, startBackground } from '../../../lib/background/start-background';
import { createDb, type TallymarkDb } from '../../../lib/store/db';
import type { BundledCorpus } from '../../../lib/store/bundled';
import type { PageToBackground } from '../../../lib/messages';
import type { PageMeta } from '../../../lib/types';
import { factsOf } from '../../../lib/details';
import { readPage } from '../../../lib/background/read-page';
import { page } from '../store/helpers';
import { askDetails } from './ask-details';

const ORIGIN = 'chrome-extension://test-extension-id/';
const popup: MessageSender = { id: 'test-extension-id', url: `${ORIGIN}popup.html` };
/** A content script's sender: the browser gives the address of the page it runs in. */
const tab = (incognito = false, url = 'https://alpha.example/story'): MessageSender => ({
  id: 'test-extension-id',
  url,
  tab: { id: 7, incognito },
});
/** The sender of a page's own content script (at the page's address). */
const tabOf = (p: { url: string | null }, incognito = false): MessageSender => tab(incognito, p.url ?? 'https://alpha.example/story');

const corpus: BundledCorpus = {
  format: 'tallymark-bundled',
  version: 'test-1',
  articles: [
    {
      url: null,
      outlet: 'Bundled Blog',
      title: 'Bundled Blog, 2025-01-13',
      published: '2025-01-13',
      claims: [
        { metric: 'killed', qualifier: 'exact', low: 3000, high: 3000, figure: '3,000', attribution: null, period: null, scope: 'total' },
      ],
    },
  ],
};

let db: TallymarkDb;
let api: ExtensionApi;
let bg: ReturnType<typeof startBackground>;
let commandListeners: ((c: string) => void)[];

beforeEach(() => {
  fakeBrowser.reset();
  db = createDb(`bg-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  commandListeners = [];
  const real = createExtensionApi(fakeBrowser as unknown as WxtBrowser);
  api = {
    ...real,
    addMessageListener: real.addMessageListener,
    addInstalledListener: real.addInstalledListener,
    addCommandListener: (l) => commandListeners.push(l),
    sendToActiveTab: vi.fn(async () => true),
    readBundledCorpus: async () => structuredClone(corpus),
  };
  bg = startBackground(api, () => db);
});

/** Sends a message as the browser would deliver it; the one answer of the one listener. */
async function send(message: unknown, sender: MessageSender): Promise<any> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  expect(answers).toHaveLength(1);
  return answers[0];
}

/** From a tab: as the popover asks (the page as read); from the popup: as it asks (the page as filed). */
const detailsOf = (answer: any, sender: MessageSender, indices?: number[], asRead: PageMeta = page('Alpha', '2025-01-13')) =>
  askDetails(send, sender.tab ? asRead : answer.page, answer, sender, indices);

/** Article texts as the content script sends them: the background finds the figures. */
const KILLED_300 = 'North Korean troops in Kursk\nOur made-up wire said 300 North Korean soldiers died.';
const KILLED_310 = 'North Korean troops in Kursk\nWe hear that 310 North Korean soldiers died.';

describe('the background', () => {
  test('loads the bundled corpus on install, not again on an update of the same version', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await bg.idle();
    expect(await send({ type: 'getStats' }, popup)).toEqual({ articles: 1, outlets: 1, claims: 1, bundledArticles: 1, bundledClaims: 1 });
    const spy = vi.spyOn(api, 'readBundledCorpus');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await bg.idle();
    expect(spy).toHaveBeenCalled();
    expect((await send({ type: 'getStats' }, popup)).bundledClaims).toBe(1);
  });

  test('a page read while the bundled corpus is loading is judged against it', async () => {
    void fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    const answer = await send({ type: 'ingest', page: page('Alpha', '2025-01-13'), text: KILLED_300 }, tabOf(page('Alpha', '2025-01-13')));
    expect(answer.verdicts).toEqual([{ verdict: 'conflicts', reason: null }]);
    expect(await detailsOf(answer, tabOf(page('Alpha', '2025-01-13')))).toMatchObject([
      { verdict: 'conflicts', compared: [{ outlet: 'Bundled Blog' }] },
    ]);
  });

  test('ingest stores and judges against other outlets; a private window stores nothing', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await bg.idle();
    const answer = await send({ type: 'ingest', page: page('Alpha', '2025-01-13'), text: KILLED_300 }, tabOf(page('Alpha', '2025-01-13')));
    expect(answer).toMatchObject({ stored: true, verdicts: [{ verdict: 'conflicts' }] });
    expect(await detailsOf(answer, popup)).toMatchObject([
      { verdict: 'conflicts', compared: [{ outlet: 'Bundled Blog', figure: '3,000' }] },
    ]);
    // The figures come back as offsets into the text sent, with their selectors.
    expect(answer.claims).toMatchObject([{ figure: '300', metric: 'killed', quote: { exact: '300' }, position: { start: 51, end: 54 } }]);
    expect(KILLED_300.slice(answer.claims[0].start, answer.claims[0].end)).toBe('300');
    const priv = await send(
      { type: 'ingest', page: page('Beta', '2025-01-13'), text: KILLED_300 },
      tabOf(page('Beta', '2025-01-13'), true),
    );
    expect(priv).toMatchObject({ stored: false, notStoredReason: expect.stringMatching(/Private/), verdicts: [{ verdict: 'conflicts' }] });
    expect((await send({ type: 'getStats' }, popup)).articles).toBe(2);
  });

  test("the page's answer carries each verdict's mark only; `details` gives the verdicts in full, as reading the page judged them", async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await bg.idle();
    const text = `${KILLED_300}\nThe made-up wire also said 3,000 North Korean soldiers died.`;
    const alpha = page('Alpha', '2025-01-13');
    const answer = await send({ type: 'ingest', page: alpha, text }, tabOf(alpha));
    expect(answer.claims).toHaveLength(2);
    for (const v of answer.verdicts) expect(Object.keys(v).sort()).toEqual(['reason', 'verdict']);
    // In full: what the page would have been answered before, judged against the store without the page's own article.
    const full = await readPage(db, answer.page, text, { store: false });
    expect(await detailsOf(answer, tabOf(alpha))).toEqual(full.verdicts);
    expect(full.verdicts.map((v) => v.verdict)).toEqual(answer.verdicts.map((v: any) => v.verdict));
    // One figure, as the popover asks; from the popup the same.
    expect(await detailsOf(answer, tabOf(alpha), [1])).toEqual([full.verdicts[1]]);
    expect(await detailsOf(answer, popup, [1, 0])).toEqual([full.verdicts[1], full.verdicts[0]]);
  });

  test.each<[string, (figures: any[]) => object, RegExp]>([
    ['a figure without its metric', (f) => ({ figures: [{ ...f[0], metric: 'eaten' }], indices: [0] }), /figures\[0\]\.metric/],
    ['an index past the figures', (f) => ({ figures: f, indices: [f.length] }), /indices/],
    ['an index asked twice', (f) => ({ figures: f, indices: [0, 0] }), /asked twice/],
    ['figures that are not a list', () => ({ figures: 'all', indices: [0] }), /figures: expected an array/],
    ['more figures than a page may have', (f) => ({ figures: Array.from({ length: 1001 }, () => f[0]), indices: [0] }), /too many/],
  ])('`details` with %s is answered { error }', async (_name, make, want) => {
    const alpha = page('Alpha', '2025-01-13');
    const answer = await send({ type: 'ingest', page: alpha, text: KILLED_300 }, tabOf(alpha));
    const got = await send({ type: 'details', page: answer.page, ...make(answer.claims.map(factsOf)) }, tabOf(alpha));
    expect(got).toEqual({ error: expect.stringMatching(want) });
  });

  test('a text without figures is answered with none and not stored', async () => {
    const answer = await send(
      { type: 'ingest', page: page('Alpha', '2025-01-13'), text: 'North Korea held a parade; no figures here.' },
      tabOf(page('Alpha', '2025-01-13')),
    );
    expect(answer).toMatchObject({ claims: [], verdicts: [], stored: false });
    expect((await send({ type: 'getStats' }, popup)).articles).toBe(0);
  });

  test('pausing a site stops storing it; setPause answers the new state', async () => {
    expect(await send({ type: 'setPause', scope: 'site', site: 'alpha.example', paused: true }, popup)).toEqual({
      global: false,
      sites: ['alpha.example'],
    });
    expect(await send({ type: 'getPause' }, popup)).toEqual({ global: false, sites: ['alpha.example'] });
    const answer = await send({ type: 'ingest', page: page('Alpha', '2025-01-13'), text: KILLED_300 }, tabOf(page('Alpha', '2025-01-13')));
    expect(answer).toMatchObject({ stored: false, notStoredReason: expect.stringMatching(/paused on this site/) });
    expect(await send({ type: 'setPause', scope: 'global', paused: true }, popup)).toEqual({ global: true, sites: ['alpha.example'] });
  });

  test('backup, deleteAll, restore round-trip; a bad restore answers { error } and changes nothing', async () => {
    await send({ type: 'ingest', page: page('Alpha', '2025-01-13'), text: KILLED_300 }, tabOf(page('Alpha', '2025-01-13')));
    // Enough articles that the backup is longer than any field a message carries otherwise.
    for (let i = 0; i < 20; i++)
      await send(
        { type: 'ingest', page: page('Beta', '2025-01-13', `https://beta.example/${i}`), text: KILLED_300 },
        tabOf(page('Beta', '2025-01-13', `https://beta.example/${i}`)),
      );
    const { text } = await send({ type: 'backup' }, popup);
    expect(JSON.parse(text)).toMatchObject({ format: 'tallymark-backup', version: 1 });
    expect(text.length).toBeGreaterThan(10_000);
    expect(await send({ type: 'deleteAll' }, popup)).toEqual({ articles: 21, claims: 21 });
    const bad = await send({ type: 'restore', text: text.slice(0, 40) }, popup);
    expect(bad).toEqual({ error: expect.stringMatching(/not valid JSON/) });
    expect((await send({ type: 'getStats' }, popup)).articles).toBe(0);
    expect(await send({ type: 'restore', text }, popup)).toEqual({ articles: 21, claims: 21, skipped: 0 });
    expect((await send({ type: 'getStats' }, popup)).claims).toBe(21);
  });

  test.each<[PageToBackground, object]>([
    [
      { type: 'deleteArticle', url: 'https://alpha.example/story' },
      { articles: 1, claims: 1 },
    ],
    [
      { type: 'deleteOutlet', outlet: 'alpha.example' },
      { articles: 1, claims: 1 },
    ],
    [{ type: 'deleteBundled' }, { articles: 1, claims: 1 }],
  ])('%j deletes', async (message, want) => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await bg.idle();
    await send({ type: 'ingest', page: page('Alpha', '2025-01-13'), text: KILLED_300 }, tabOf(page('Alpha', '2025-01-13')));
    expect(await send(message, popup)).toEqual(want);
    expect((await send({ type: 'getStats' }, popup)).articles).toBe(1);
  });

  test('exportAll answers every article with its judged claims', async () => {
    await send({ type: 'ingest', page: page('Alpha', '2025-01-13'), text: KILLED_300 }, tabOf(page('Alpha', '2025-01-13')));
    await send({ type: 'ingest', page: page('Beta', '2025-01-14'), text: KILLED_310 }, tabOf(page('Beta', '2025-01-14')));
    const { articles } = await send({ type: 'exportAll' }, popup);
    // Filed under each page's registrable domain; the name each gave itself kept as its claim.
    expect(articles.map((a: any) => [a.page.outlet, a.page.outletClaimed])).toEqual([
      ['beta.example', 'Beta'],
      ['alpha.example', 'Alpha'],
    ]);
    expect(articles[1].claims[0]).toMatchObject({
      figure: '300',
      sentence: 'Our made-up wire said 300 North Korean soldiers died.',
      verdict: 'agrees',
      compared: [{ outlet: 'beta.example', outletClaimed: 'Beta' }],
    });
  });

  test("getSources answers each source's current total as of a date, with its earlier totals", async () => {
    const said = (outlet: string, day: string, n: number) => {
      const p = page(outlet, day, `https://${outlet.toLowerCase()}.example/${day}`);
      return send(
        {
          type: 'ingest',
          page: p,
          text: `North Korean troops in Kursk\nSouth Korea's spy agency said ${n} North Korean soldiers have been killed.`,
        },
        tabOf(p),
      );
    };
    await said('Alpha', '2025-01-13', 300);
    await said('Beta', '2025-04-30', 600);
    await said('Gamma', '2025-05-02', 600);
    // Outlets are filed under their registrable domain.
    const sources = await send({ type: 'getSources', at: '2026-11-26' }, popup);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ side: 'kr', metric: 'killed', current: { outlet: 'gamma.example', low: 600 }, outlets: 2 });
    expect(sources[0].history.map((f: any) => [f.outlet, f.low])).toEqual([
      ['alpha.example', 300],
      ['beta.example', 600],
    ]);
    const january = await send({ type: 'getSources', at: '2025-02-01' }, popup);
    expect(january[0]).toMatchObject({ current: { outlet: 'alpha.example', low: 300 }, outlets: 1, history: [] });
    expect(await send({ type: 'getSources', at: 'today' }, popup)).toEqual({ error: expect.stringMatching(/at: expected a date/) });
    expect(await send({ type: 'getSources', at: '2026-11-26' }, tab())).toEqual({
      error: expect.stringMatching(/only taken from Tallymark's own pages/),
    });
  });

  test('store-wide messages from a web page are refused; errors come back as { error }, never thrown', async () => {
    expect(await send({ type: 'deleteAll' }, tab())).toEqual({ error: expect.stringMatching(/only taken from Tallymark's own pages/) });
    expect(await send({ type: 'ingest', page: page('Alpha', '2025-01-13'), text: KILLED_300 }, popup)).toEqual({
      error: expect.stringMatching(/content script/),
    });
    expect(
      await send({ type: 'ingest', page: { ...page('Alpha', '2025-01-13'), url: 'javascript:alert(1)' }, text: KILLED_300 }, tab()),
    ).toEqual({ error: expect.stringMatching(/page\.url/) });
    expect(await send({ type: 'ingest', page: page('Alpha', '2025-01-13'), text: 42 }, tabOf(page('Alpha', '2025-01-13')))).toEqual({
      error: expect.stringMatching(/text/),
    });
    expect(await send({ type: 'setPause', scope: 'site', site: 42, paused: true }, popup)).toEqual({
      error: expect.stringMatching(/site/),
    });
  });

  test('a wake message (the page sent one before reading, until the page bench showed it cost the page and gained the cold start nothing) gets no answer', async () => {
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'wake' }, tab() as never, () => {})).toEqual([undefined]);
  });

  test("messages that are not the background's get no answer from it", async () => {
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'navigate', direction: 1 }, popup as never, () => {})).toEqual([undefined]);
    expect(await fakeBrowser.runtime.onMessage.trigger('hello', popup as never, () => {})).toEqual([undefined]);
  });

  test('keyboard commands are forwarded to the active tab as navigate messages', async () => {
    expect(commandListeners).toHaveLength(1);
    commandListeners[0]!('next-figure');
    commandListeners[0]!('previous-figure');
    commandListeners[0]!('something-else');
    await Promise.resolve();
    expect(api.sendToActiveTab).toHaveBeenCalledTimes(2);
    expect(vi.mocked(api.sendToActiveTab).mock.calls).toEqual([
      [{ type: 'navigate', direction: 1 }],
      [{ type: 'navigate', direction: -1 }],
    ]);
    expect(await forwardCommand(api, 'unknown')).toBe(false);
  });
});

describe('createExtensionApi over fakeBrowser', () => {
  test('sendToActiveTab sends to the active tab, and answers false without one', async () => {
    fakeBrowser.reset();
    const real = createExtensionApi(fakeBrowser as unknown as WxtBrowser);
    expect(real.extensionOrigin).toBe(ORIGIN);
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValueOnce([] as never);
    expect(await real.sendToActiveTab({ type: 'navigate', direction: 1 })).toBe(false);
    query.mockRestore();
    const window = await fakeBrowser.windows.create({ focused: true });
    const created = await fakeBrowser.tabs.create({ url: 'https://alpha.example/', active: true, windowId: window?.id });
    expect(await real.sendToActiveTab({ type: 'navigate', direction: -1 })).toBe(true);
    expect(sendMessage).toHaveBeenCalledWith(created.id, { type: 'navigate', direction: -1 });
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
    expect(await real.sendToActiveTab({ type: 'navigate', direction: 1 })).toBe(false);
  });
});

describe('when the store cannot be opened', () => {
  test('messages are answered with { error }, and the next message tries again', async () => {
    fakeBrowser.reset();
    let attempts = 0;
    const good = createDb(`bg-retry-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const real = createExtensionApi(fakeBrowser as unknown as WxtBrowser);
    startBackground({ ...real, addCommandListener: () => {}, readBundledCorpus: async () => corpus }, () => {
      attempts++;
      if (attempts === 1) return { open: () => Promise.reject(new Error('disk unavailable')) } as unknown as TallymarkDb;
      return good;
    });
    expect(await send({ type: 'getStats' }, popup)).toEqual({ error: expect.stringMatching(/disk unavailable/) });
    expect(await send({ type: 'getStats' }, popup)).toEqual({ articles: 0, outlets: 0, claims: 0, bundledArticles: 0, bundledClaims: 0 });
    expect(attempts).toBe(2);
    good.close();
  });
});
