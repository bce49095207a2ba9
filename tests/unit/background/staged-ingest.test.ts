// A page is answered before its write settles (judged first, written after),
// without losing the write or hiding its failure; a live page sends only what
// changed, spliced into the text the background kept for its frame.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createExtensionApi, type ExtensionApi, type MessageSender } from '../../../lib/background/extension-api';
import { applyEdit, createFrameTexts } from '../../../lib/background/frame-texts';
import { startBackground } from '../../../lib/background/start-background';
import { createWriteQueue } from '../../../lib/background/write-queue';
import type { ToContent } from '../../../lib/messages';
import { createDb, type TallymarkDb } from '../../../lib/store/db';
import { ingestPage } from '../../../lib/store/ingest';
import { claim, page, storedClaims } from '../store/helpers';
import { askDetails } from './ask-details';
import { countClaims } from '../../../lib/store/claim-sets';

const ORIGIN = 'chrome-extension://test-extension-id/';
const popup: MessageSender = { id: 'test-extension-id', url: `${ORIGIN}popup.html` };
const tabAt = (url: string, tabId = 7, frameId = 0): MessageSender => ({
  id: 'test-extension-id',
  url,
  tab: { id: tabId, incognito: false },
  frameId,
});

const ALPHA = page('Alpha', '2025-01-13');
const BETA = page('Beta', '2025-01-13');
const alphaTab = tabAt(ALPHA.url as string);
const betaTab = tabAt(BETA.url as string, 8);

// Texts we wrote.
const HEAD = 'North Korean troops in Kursk\n';
const KILLED_300 = `${HEAD}Our made-up wire said 300 North Korean soldiers died.`;
const KILLED_3000 = `${HEAD}A briefing we invented said 3,000 North Korean soldiers died.`;

let db: TallymarkDb;
let toFrames: { tabId: number; frameId: number; message: ToContent }[];
let tabRemoved: ((tabId: number) => void)[];
let bg: ReturnType<typeof startBackground>;

beforeEach(() => {
  fakeBrowser.reset();
  db = createDb(`staged-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  toFrames = [];
  tabRemoved = [];
  const real = createExtensionApi(fakeBrowser as unknown as WxtBrowser);
  const api: ExtensionApi = {
    ...real,
    addCommandListener: () => undefined,
    sendToActiveTab: vi.fn(async () => true),
    readBundledCorpus: async () => ({}),
    sendToFrame: async (tabId, frameId, message) => {
      toFrames.push({ tabId, frameId, message });
      return true;
    },
    addTabRemovedListener: (l) => tabRemoved.push(l),
  };
  bg = startBackground(api, () => db);
});

async function send(message: unknown, sender: MessageSender): Promise<any> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  return answers[0];
}

describe('judged first, written after', () => {
  test('the answer does not wait for the write; the next page, the popup and a backup see it written', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    // Hold the write's transaction open until released: the answer must come anyway.
    const put = db.articles.put.bind(db.articles);
    const spy = vi
      .spyOn(db.articles, 'put')
      .mockImplementationOnce(((...args: Parameters<typeof put>) => gate.then(() => put(...args))) as typeof put);
    const answer = await send({ type: 'ingest', page: ALPHA, text: KILLED_300 }, alphaTab);
    // Answered while the write is held (were the answer waiting for it, this would never resolve).
    expect(answer).toMatchObject({ stored: true, claims: [{ figure: '300' }], verdicts: [{ verdict: 'unique' }] });
    // Asked meanwhile, the popup's question and the next page wait for the write.
    const stats = send({ type: 'getStats' }, popup);
    const beta = send({ type: 'ingest', page: BETA, text: KILLED_3000 }, betaTab);
    release();
    expect(await stats).toMatchObject({ articles: 1, claims: 1 });
    expect((await beta).verdicts[0]).toMatchObject({ verdict: 'conflicts' });
    expect((await askDetails(send, BETA, await beta, betaTab, [0]))[0]).toMatchObject({
      verdict: 'conflicts',
      compared: [{ outlet: 'alpha.example', figure: '300' }],
    });
    await bg.idle();
    expect(await countClaims(db)).toBe(2);
    expect(spy).toHaveBeenCalled();
  });

  test('the same verdicts as storing first, on a page stored before under another outlet name', async () => {
    const killed = (outlet: string, figure: string, n: number) =>
      claim(`${outlet} says ${figure} North Korean soldiers died.`, figure, 'killed', n, n);
    await ingestPage(db, page('Beta', '2025-01-13'), [killed('Beta', '3,000', 3000)]);
    const alpha = page('Alpha', '2025-01-13');
    // Alpha's page, filed first as "Alpha Old", then read again as "Alpha": its old copy is no figure to compare with.
    await ingestPage(db, { ...alpha, outlet: 'Alpha Old' }, [killed('Alpha', '300', 300)]);
    const again = await ingestPage(db, alpha, [killed('Alpha', '300', 300)]);
    expect(again.verdicts[0]?.compared.map((c) => c.outlet)).toEqual(['Beta']);
    expect(await countClaims(db)).toBe(2);
  });

  test('the same page read again with the same figures rewrites only its article row (the buckets stay, and their cache warm)', async () => {
    await send({ type: 'ingest', page: ALPHA, text: KILLED_300 }, alphaTab);
    await bg.idle();
    const firstRead = (await db.articles.toArray())[0]?.readAt ?? 0;
    const articlesPut = vi.spyOn(db.articles, 'put');
    const bucketsPut = vi.spyOn(db.buckets, 'put');
    const bucketsBulkPut = vi.spyOn(db.buckets, 'bulkPut');
    await new Promise((r) => setTimeout(r, 5));
    await send({ type: 'ingest', page: ALPHA, text: KILLED_300 }, alphaTab);
    await bg.idle();
    expect(articlesPut).toHaveBeenCalledTimes(1);
    expect(bucketsPut).not.toHaveBeenCalled();
    expect(bucketsBulkPut).not.toHaveBeenCalled();
    expect((await db.articles.toArray())[0]?.readAt).toBeGreaterThan(firstRead);
    // A figure changed: rewritten.
    await send({ type: 'ingest', page: ALPHA, text: KILLED_300.replace('300', '310') }, alphaTab);
    await bg.idle();
    expect(articlesPut).toHaveBeenCalledTimes(2);
    expect(bucketsPut.mock.calls.length + bucketsBulkPut.mock.calls.length).toBeGreaterThan(0);
    expect((await storedClaims(db)).map((c) => c.figure)).toEqual(['310']);
  });

  test('a write that fails after the answer is reported to the frame that sent the page, and nothing of it is stored', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(db.articles, 'put').mockRejectedValueOnce(quota);
    const answer = await send(
      { type: 'ingest', page: ALPHA, text: KILLED_300, session: 's1', version: 3 },
      tabAt(ALPHA.url as string, 7, 2),
    );
    expect(answer).toMatchObject({ stored: true, verdicts: [{ verdict: 'unique' }] });
    await bg.idle();
    expect(toFrames).toEqual([
      { tabId: 7, frameId: 2, message: { type: 'notStored', session: 's1', version: 3, reason: expect.stringMatching(/storage is full/) } },
    ]);
    expect(await db.articles.count()).toBe(0);
    expect(await countClaims(db)).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('a live page sends what changed', () => {
  const v = (version: number) => ({ session: 'live-1', version });

  test('an edit spliced into the kept text is answered as the whole new text would be', async () => {
    await send({ type: 'ingest', page: BETA, text: KILLED_3000 }, betaTab);
    await send({ type: 'ingest', page: ALPHA, text: HEAD, ...v(1) }, alphaTab);
    const at = HEAD.length;
    const edit = { base: 1, start: at, end: at, text: KILLED_300.slice(at) };
    const spliced = await send({ type: 'ingestEdit', page: ALPHA, edit, ...v(2) }, alphaTab);
    const whole = await send({ type: 'ingest', page: ALPHA, text: KILLED_300 }, alphaTab);
    expect(spliced).toEqual(whole);
    expect(spliced.claims[0]).toMatchObject({ figure: '300', start: KILLED_300.indexOf('300') });
    // And on from version 2: replace "300" by "310".
    const from = KILLED_300.indexOf('300');
    const next = await send(
      { type: 'ingestEdit', page: ALPHA, edit: { base: 2, start: from, end: from + 3, text: '310' }, ...v(3) },
      alphaTab,
    );
    expect(next.claims.map((c: { figure: string }) => c.figure)).toEqual(['310']);
  });

  test('without the base text (another version, session, frame or tab; the tab closed), the page is asked for its whole text', async () => {
    await send({ type: 'ingest', page: ALPHA, text: KILLED_300, ...v(1) }, alphaTab);
    const edit = { base: 1, start: 0, end: 0, text: '' };
    expect(await send({ type: 'ingestEdit', page: ALPHA, edit: { ...edit, base: 2 }, ...v(3) }, alphaTab)).toEqual({ resend: true });
    expect(await send({ type: 'ingestEdit', page: ALPHA, edit, session: 'other', version: 2 }, alphaTab)).toEqual({ resend: true });
    expect(await send({ type: 'ingestEdit', page: ALPHA, edit, ...v(2) }, tabAt(ALPHA.url as string, 7, 1))).toEqual({ resend: true });
    expect(await send({ type: 'ingestEdit', page: ALPHA, edit, ...v(2) }, tabAt(ALPHA.url as string, 9))).toEqual({ resend: true });
    for (const l of tabRemoved) l(7);
    expect(await send({ type: 'ingestEdit', page: ALPHA, edit, ...v(2) }, alphaTab)).toEqual({ resend: true });
  });

  test('a malformed edit or version is refused with an error, and only from a tab', async () => {
    await send({ type: 'ingest', page: ALPHA, text: KILLED_300, ...v(1) }, alphaTab);
    const bad = async (edit: unknown, extra = v(2)) => (await send({ type: 'ingestEdit', page: ALPHA, edit, ...extra }, alphaTab)).error;
    expect(await bad({ base: 1, start: 5, end: 2, text: '' })).toMatch(/offsets out of the text/);
    expect(await bad({ base: 1, start: 0, end: KILLED_300.length + 1, text: '' })).toMatch(/offsets out of the text/);
    expect(await bad({ base: 1, start: 0, end: 0, text: 42 })).toMatch(/edit.text/);
    expect(await bad({ base: 1, start: 0, end: 0, text: '' }, { session: '', version: 2 })).toMatch(/session/);
    expect(await bad({ base: 1, start: 0, end: 0, text: '' }, { session: 'live-1', version: 0 })).toMatch(/version/);
    expect((await send({ type: 'ingestEdit', page: ALPHA, edit: { base: 1, start: 0, end: 0, text: '' }, ...v(2) }, popup)).error).toMatch(
      /tab's content script/,
    );
  });
});

describe('the kept texts and the write queue', () => {
  test('least recently used frames go first, past the frame or character bound', () => {
    const texts = createFrameTexts({ frames: 2, chars: 10 });
    texts.set('1:0', { session: 'a', version: 1, text: 'aaaa' });
    texts.set('2:0', { session: 'b', version: 1, text: 'bbbb' });
    texts.get('1:0');
    texts.set('3:0', { session: 'c', version: 1, text: 'cc' });
    expect(texts.get('2:0')).toBeUndefined();
    expect(texts.get('1:0')?.text).toBe('aaaa');
    texts.set('4:0', { session: 'd', version: 1, text: 'dddddd' });
    expect(texts.chars).toBeLessThanOrEqual(10);
    expect(texts.get('4:0')?.text).toBe('dddddd');
    texts.set('5:0', { session: 'e', version: 1, text: 'x'.repeat(11) });
    expect(texts.get('5:0')).toBeUndefined();
    texts.dropTab(4);
    expect(texts.get('4:0')).toBeUndefined();
  });

  test('applyEdit splices, and refuses a result over the bound', () => {
    expect(applyEdit('abcdef', { base: 1, start: 2, end: 4, text: 'XYZ' }, 100)).toBe('abXYZef');
    expect(() => applyEdit('abc', { base: 1, start: 0, end: 0, text: 'long' }, 5)).toThrow(/too long/);
  });

  test('idle waits for every write tracked, failed ones too, and reports each failure once', async () => {
    const queue = createWriteQueue();
    const failures: unknown[] = [];
    let fail!: (e: unknown) => void;
    queue.track(
      new Promise<void>((_, reject) => {
        fail = reject;
      }),
      (e) => failures.push(e),
    );
    queue.track(Promise.resolve(), () => failures.push('never'));
    expect(queue.size).toBe(2);
    const idle = queue.idle();
    fail(new Error('full'));
    await idle;
    expect(failures).toEqual([new Error('full')]);
    expect(queue.size).toBe(0);
  });

  test('idle waits for the writes tracked before it, not for those tracked after (a stream of pages starves no one)', async () => {
    const queue = createWriteQueue();
    let settle!: () => void;
    queue.track(
      new Promise<void>((r) => {
        settle = r;
      }),
      () => undefined,
    );
    const idle = queue.idle();
    queue.track(new Promise<void>(() => undefined), () => undefined);
    settle();
    await idle;
    expect(queue.size).toBe(1);
  });
});
