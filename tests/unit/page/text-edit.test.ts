// A live page sends only what changed: the edit between two texts, and the
// content script's sender over the background's handler (whole text first,
// edits after, the whole text again when the background lost it).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createContentExtensionApi } from '../../../entrypoints/content/extension-api';
import type { ReaderRuntime } from '../../../entrypoints/content/reader-handle';
import { textEdit } from '../../../entrypoints/content/text-edit';
import { createFrameTexts } from '../../../lib/background/frame-texts';
import { handleMessage, type BackgroundMessage } from '../../../lib/background/handle-message';
import type { MessageSender } from '../../../lib/background/extension-api';
import { createWriteQueue } from '../../../lib/background/write-queue';
import { freshDb, page } from '../store/helpers';

describe('textEdit', () => {
  test('one splice from the common beginning to the common end', () => {
    expect(textEdit('abcdef', 'abXYef', 4)).toEqual({ base: 4, start: 2, end: 4, text: 'XY' });
    expect(textEdit('abc', 'abc', 1)).toEqual({ base: 1, start: 3, end: 3, text: '' });
    expect(textEdit('', 'new', 1)).toEqual({ base: 1, start: 0, end: 0, text: 'new' });
    expect(textEdit('aaaa', 'aaaaa', 1)).toMatchObject({ text: 'a' });
  });

  test('spliced into the old text, it gives the new one (long texts: the block-wise compare)', () => {
    const chars = fc.constantFrom('a', 'b', ' ', '\n', '7');
    const text = fc.array(chars, { maxLength: 9000 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, text, text, (head, oldMid, newMid, tail) => {
        const before = head + oldMid + tail;
        const after = head + newMid + tail;
        const e = textEdit(before, after, 1);
        expect(before.slice(0, e.start) + e.text + before.slice(e.end)).toBe(after);
        expect(e.text.length).toBeLessThanOrEqual(newMid.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe("the content script's sender", () => {
  const HEAD = 'North Korean troops in Kursk\n';
  const post = (n: number) => `Post ${n}: our made-up wire said ${n}00 North Korean soldiers died.\n`;
  const ALPHA = page('Alpha', '2025-01-13');
  const sender: MessageSender = { id: 'x', url: ALPHA.url as string, tab: { id: 3, incognito: false }, frameId: 0 };

  function setUp() {
    const db = freshDb();
    const texts = createFrameTexts();
    const ctx = { db, extensionOrigin: 'chrome-extension://x/', texts, writes: createWriteQueue() };
    const sent: BackgroundMessage[] = [];
    const runtime: ReaderRuntime = {
      sendMessage: async (message) => {
        sent.push(structuredClone(message) as BackgroundMessage);
        return handleMessage(ctx, message as BackgroundMessage, sender).catch((e: unknown) => ({ error: String(e) }));
      },
      getURL: (p) => p,
      topic: {} as ReaderRuntime['topic'],
      createRereadGate: (() => undefined) as unknown as ReaderRuntime['createRereadGate'],
      yieldToMain: () => Promise.resolve(),
    };
    return { api: createContentExtensionApi(runtime), sent, texts };
  }

  test('the whole text first, then only the new post, answered as the whole text', async () => {
    const { api, sent } = setUp();
    let text = HEAD + post(1) + post(2) + post(3);
    const first = await api.ingest(ALPHA, text);
    expect(sent.at(-1)).toMatchObject({ type: 'ingest', text, version: 1 });
    text = HEAD + post(4) + post(1) + post(2) + post(3);
    const second = await api.ingest(ALPHA, text);
    const edit = sent.at(-1) as Extract<BackgroundMessage, { type: 'ingestEdit' }>;
    expect(edit).toMatchObject({ type: 'ingestEdit', version: 2, edit: { base: 1 } });
    // The new post only ("Post " is common to it and the post after it).
    expect(edit.edit.text.length).toBeLessThanOrEqual(post(4).length);
    expect(second.claims.map((c) => c.figure)).toEqual(['400', '100', '200', '300']);
    expect(second.claims[0]?.start).toBe(text.indexOf('400'));
    expect(first.claims).toHaveLength(3);
  });

  test('a background that lost the text asks for it whole; a text rewritten throughout goes whole', async () => {
    const { api, sent, texts } = setUp();
    await api.ingest(ALPHA, HEAD + post(1));
    texts.dropTab(3);
    const answer = await api.ingest(ALPHA, HEAD + post(2) + post(1));
    expect(sent.map((m) => m.type)).toEqual(['ingest', 'ingestEdit', 'ingest']);
    expect(answer.claims.map((c) => c.figure)).toEqual(['200', '100']);
    await api.ingest(ALPHA, post(7));
    expect(sent.at(-1)?.type).toBe('ingest');
  });

  test('isLatest names only the text of the last answer of this run', async () => {
    const { api, sent } = setUp();
    await api.ingest(ALPHA, HEAD + post(1));
    await api.ingest(ALPHA, HEAD + post(2) + post(1));
    const last = sent.at(-1) as { session: string; version: number };
    expect(api.isLatest(last)).toBe(true);
    expect(api.isLatest({ ...last, version: 1 })).toBe(false);
    expect(api.isLatest({ ...last, session: 'another' })).toBe(false);
  });
});
