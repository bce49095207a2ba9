// The extension APIs the page reader uses, in one place (a seam for tests).
// The small content script (lite.ts) answers the popup's messages itself.
import { browser } from 'wxt/browser';
import type { ContentToBackground, IngestResponse } from '../../lib/messages';
import { isErrorResponse } from '../../lib/messages';

export interface ContentExtensionApi {
  ingest(message: Extract<ContentToBackground, { type: 'ingest' }>): Promise<IngestResponse>;
}

/** Only call inside `main`: `browser` is not there when WXT loads the entrypoint at build time. */
export function createContentExtensionApi(): ContentExtensionApi {
  return {
    async ingest(message) {
      const answer: unknown = await browser.runtime.sendMessage(message);
      if (isErrorResponse(answer)) throw new Error(answer.error);
      if (!answer || typeof answer !== 'object' || !Array.isArray((answer as IngestResponse).verdicts)) {
        throw new Error('no answer from the background');
      }
      return answer as IngestResponse;
    },
  };
}
