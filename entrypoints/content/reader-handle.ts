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

/** Start reading the page; `startedAt` is the content script's start (performance.now()). */
export type StartReader = (ctx: ContentScriptContext, startedAt: number) => ReaderHandle;
