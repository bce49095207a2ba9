// The content script every http(s) page gets: small on purpose. It checks
// whether the page's title or visible text names North Korea (now, and as the
// page changes) and only then imports the page reader (entrypoints/page-reader.ts),
// which checks the article itself names it (article-gate.ts) and does the rest:
// a title that names it spares the walk of the page here, since that check
// decides anyway. It answers the popup's messages, handing them to the reader once loaded.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReport, ToContent } from '../../lib/messages';
import { namesNorthKorea } from '../../lib/extract/quick-check';
import { createRereadGate } from '../../lib/page/guard';
import { drainStepsSliced, mutationsMentionTroops, pageSteps, topicGate } from './quick';
import { READER_GLOBAL, READER_PATH, type ReaderHandle, type StartReader } from './reader-handle';
import { ignoreForgedStarts } from './shield';

// Saved before the page could replace them (isolated worlds protect most of this already).
const MutationObserverRef = globalThis.MutationObserver;
const performanceRef = globalThis.performance;

function isToContent(x: unknown): x is ToContent {
  if (!x || typeof x !== 'object') return false;
  const type = (x as { type?: unknown }).type;
  return type === 'getPageReport' || type === 'focusFigure' || type === 'navigate' || type === 'notStored';
}

/** A check of the whole page at most this often (ms): a live page that keeps adding text is not re-scored on every change. */
const MIN_CHECK_INTERVAL = 2000;

const NO_FIGURES: PageReport = { status: 'no-figures', page: null, text: '', claims: [], stored: false };

export function startLite(ctx: ContentScriptContext): void {
  const startedAt = performanceRef.now();
  try {
    ignoreForgedStarts(ctx);
    run(ctx, startedAt);
  } catch {
    // never into the page
  }
}

function run(ctx: ContentScriptContext, startedAt: number): void {
  const doc = document;
  let reader: ReaderHandle | null = null;
  let loading: Promise<ReaderHandle | null> | null = null;
  let checkTimer = 0;

  const load = (): Promise<ReaderHandle | null> =>
    (loading ??= (async () => {
      observer.disconnect();
      await import(/* @vite-ignore */ browser.runtime.getURL(READER_PATH));
      const start = (globalThis as Record<string, unknown>)[READER_GLOBAL] as StartReader | undefined;
      if (typeof start !== 'function' || !ctx.isValid) return null;
      reader = start(ctx, startedAt, {
        sendMessage: (message) => browser.runtime.sendMessage(message),
        getURL: (path) => browser.runtime.getURL(path as typeof READER_PATH),
        topic: topicGate,
        createRereadGate,
        yieldToMain,
      });
      return reader;
    })().catch(() => null));

  let checking = false;
  let lastCheck = -Infinity;
  const yieldToMain = (): Promise<void> => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
    return new Promise((resolve) => ctx.setTimeout(resolve, 0));
  };
  // The gate runs in slices: a huge page never holds the main thread for long.
  const check = () => {
    if (loading || checking || !ctx.isValid) return;
    const wait = lastCheck + MIN_CHECK_INTERVAL - performanceRef.now();
    if (wait > 0) {
      if (!checkTimer)
        checkTimer = ctx.setTimeout(() => {
          checkTimer = 0;
          check();
        }, wait);
      return;
    }
    // A title naming North Korea: no walk of the page here, the reader's article gate decides.
    if (namesNorthKorea(doc.title.slice(0, 500))) return void load();
    checking = true;
    lastCheck = performanceRef.now();
    drainStepsSliced(pageSteps(doc), yieldToMain)
      .then((yes) => {
        if (yes && !loading && ctx.isValid) void load();
      })
      .catch(() => undefined)
      .finally(() => {
        checking = false;
      });
  };

  const observer = new MutationObserverRef((records) => {
    try {
      if (loading || checkTimer) return;
      if (mutationsMentionTroops(records)) {
        checkTimer = ctx.setTimeout(() => {
          checkTimer = 0;
          check();
        }, 300);
      }
    } catch {
      // ignore
    }
  });

  const removeMessages = (() => {
    const listener = (message: unknown): Promise<unknown> | undefined => {
      if (!isToContent(message)) return undefined;
      if (!loading) return message.type === 'getPageReport' ? Promise.resolve(NO_FIGURES) : Promise.resolve({ ok: false });
      return load()
        .then((r) => {
          if (!r) return message.type === 'getPageReport' ? NO_FIGURES : { ok: false };
          switch (message.type) {
            case 'getPageReport':
              return r.report();
            case 'focusFigure':
              return { ok: r.focusFigure(message.index) };
            case 'navigate':
              return { ok: r.navigate(message.direction) };
            case 'notStored':
              return { ok: r.notStored(message) };
          }
        })
        .catch(() => ({ error: 'could not answer' }));
    };
    // Answered through sendResponse (kept open by returning true): the page's
    // scripts use the browser's own API, with no polyfill to turn a returned promise into the answer.
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): boolean => {
      const answer = listener(message);
      if (!answer) return false;
      void answer.then(sendResponse, () => sendResponse({ error: 'could not answer' }));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  })();

  // Once loaded, the reader follows URL changes itself. Before, a real change of
  // address (not a forged event) leads to one check, at most every 3 s.
  const addressGate = createRereadGate({
    readAddress: () => location.href,
    debounceMs: 600,
    intervalMs: 3000,
    schedule: (fn, ms) => ctx.setTimeout(fn, ms),
    cancel: (id) => clearTimeout(id),
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    try {
      if (!loading) addressGate.announce(check);
    } catch {
      // never into the page
    }
  });

  ctx.onInvalidated(() => {
    observer.disconnect();
    removeMessages();
  });

  check();
  if (!loading) observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
}
