// The contract between the small content script and the page reader it loads on demand.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReport } from '../../lib/messages';

/** Where the page reader leaves its start function, in the content script's (isolated) global scope. */
export const READER_GLOBAL = '__tallymarkStartReader';
/** The page reader's file in the extension (see modules/page-reader-resources.ts). */
export const READER_PATH = '/page-reader.js' as const;

export interface ReaderHandle {
  report(): Promise<PageReport>;
  focusFigure(index: number): boolean;
  navigate(direction: 1 | -1): boolean;
}

/**
 * The two extension calls the page reader makes, lent by the content script:
 * the page reader bundles no copy of the browser API (or its polyfill) of its own.
 */
export interface ReaderRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  getURL(path: string): string;
}

/** Start reading the page; `startedAt` is the content script's start (performance.now()). */
export type StartReader = (ctx: ContentScriptContext, startedAt: number, runtime: ReaderRuntime) => ReaderHandle;
