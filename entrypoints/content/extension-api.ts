// The extension APIs the page reader uses, in one place (a seam for tests).
// The small content script (lite.ts) answers the popup's messages itself.
import type { ContentToBackground, ReadPageResponse } from '../../lib/messages';
import { isErrorResponse } from '../../lib/messages';
import type { ReaderRuntime } from './reader-handle';

export interface ContentExtensionApi {
  ingest(message: Extract<ContentToBackground, { type: 'ingest' }>): Promise<ReadPageResponse>;
}

/** Over the runtime the content script lends the page reader. */
export function createContentExtensionApi(runtime: ReaderRuntime): ContentExtensionApi {
  return {
    async ingest(message) {
      const answer: unknown = await runtime.sendMessage(message);
      if (isErrorResponse(answer)) throw new Error(answer.error);
      const res = answer as ReadPageResponse | null;
      if (!res || typeof res !== 'object' || !Array.isArray(res.verdicts) || !Array.isArray(res.claims)) {
        throw new Error('no answer from the background');
      }
      return res;
    },
  };
}
