// The extension APIs the page reader uses, in one place (a seam for tests).
// The small content script (lite.ts) answers the popup's messages itself.
import { browser } from 'wxt/browser';
import type { ContentToBackground, ReadPageResponse } from '../../lib/messages';
import { isErrorResponse } from '../../lib/messages';

export interface ContentExtensionApi {
  ingest(message: Extract<ContentToBackground, { type: 'ingest' }>): Promise<ReadPageResponse>;
}

/** Only call inside `main`: `browser` is not there when WXT loads the entrypoint at build time. */
export function createContentExtensionApi(): ContentExtensionApi {
  return {
    async ingest(message) {
      const answer: unknown = await browser.runtime.sendMessage(message);
      if (isErrorResponse(answer)) throw new Error(answer.error);
      const res = answer as ReadPageResponse | null;
      if (!res || typeof res !== 'object' || !Array.isArray(res.verdicts) || !Array.isArray(res.claims)) {
        throw new Error('no answer from the background');
      }
      return res;
    },
  };
}
