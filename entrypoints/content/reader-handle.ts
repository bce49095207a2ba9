// The contract between the small content script and the page reader it loads on demand.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReport, ToContent } from '../../lib/messages';
import type { createRereadGate } from '../../lib/page/guard';
import type { TopicGate } from './quick';

/** Where the page reader leaves its start function, in the content script's (isolated) global scope. */
export const READER_GLOBAL = '__tallymarkStartReader';
/** The page reader's file in the extension (see modules/page-reader-resources.ts). */
export const READER_PATH = '/page-reader.js' as const;

export interface ReaderHandle {
  report(): Promise<PageReport>;
  focusFigure(index: number): boolean;
  navigate(direction: 1 | -1): boolean;
  /** The background could not store the page it answered (`notStored`); true when it was about the text shown. */
  notStored(message: Extract<ToContent, { type: 'notStored' }>): boolean;
}

/**
 * What the content script lends the page reader: the two extension calls it makes
 * (the page reader bundles no copy of the browser API, or its polyfill, of its own)
 * and the code both use: the topic gate's visible-text helpers, the gate on
 * address changes and the yield to the page's main thread (no second copy of them in the page reader either).
 */
export interface ReaderRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  getURL(path: string): string;
  topic: TopicGate;
  createRereadGate: typeof createRereadGate;
  /** Give the page the main thread back (scheduler.yield, else a timeout). */
  yieldToMain: () => Promise<void>;
}

/** Start reading the page; `startedAt` is the content script's start (performance.now()). */
export type StartReader = (ctx: ContentScriptContext, startedAt: number, runtime: ReaderRuntime) => ReaderHandle;
