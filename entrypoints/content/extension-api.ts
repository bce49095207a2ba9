// The extension APIs the content script uses, in one place (a seam for tests).
import { browser } from 'wxt/browser';
import type { ContentToBackground, IngestResponse } from '../../lib/messages';
import { isErrorResponse } from '../../lib/messages';

export interface ContentExtensionApi {
  ingest(message: Extract<ContentToBackground, { type: 'ingest' }>): Promise<IngestResponse>;
  onMessage(listener: (message: unknown) => Promise<unknown> | undefined): () => void;
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
    onMessage(listener) {
      const wrapped = (message: unknown) => listener(message);
      browser.runtime.onMessage.addListener(wrapped);
      return () => browser.runtime.onMessage.removeListener(wrapped);
    },
  };
}
