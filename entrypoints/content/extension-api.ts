// The extension APIs the page reader uses, in one place (a seam for tests).
// The small content script (lite.ts) answers the popup's messages itself.
//
// The article text goes to the background whole the first time; after that,
// as one edit from the text last answered (`ingestEdit`, text-edit.ts): a live
// page that adds a post sends the post, not the whole page again. The
// background keeps the last text per frame in memory; when it has not got it
// (restarted), it says so and the whole text is sent.
import type { ContentToBackground, PageAnswer, TextVersion } from '../../lib/messages';
import type { PageMeta } from '../../lib/types';
import { isErrorResponse, isResendAnswer } from '../../lib/messages';
import type { ReaderRuntime } from './reader-handle';
import { textEdit } from './text-edit';

export interface ContentExtensionApi {
  /** Send the article text; the background answers with its figures and their verdicts' marks. */
  ingest(page: PageMeta, text: string): Promise<PageAnswer>;
  /** Whether `v` names the text of the last answer (a `notStored` about an older text is stale). */
  isLatest(v: TextVersion): boolean;
}

/** An edit is sent only when it is smaller than this share of the new text. */
const EDIT_AT_MOST = 0.5;

function checkAnswer(answer: unknown): PageAnswer {
  if (isErrorResponse(answer)) throw new Error(answer.error);
  const res = answer as PageAnswer | null;
  if (!res || typeof res !== 'object' || !Array.isArray(res.verdicts) || !Array.isArray(res.claims)) {
    throw new Error('no answer from the background');
  }
  return res;
}

/** Over the runtime the content script lends the page reader. */
export function createContentExtensionApi(runtime: ReaderRuntime): ContentExtensionApi {
  // One run of this content script: the background keys its texts by tab, frame and session.
  const session = Math.random().toString(36).slice(2, 12) || 'session';
  let version = 0;
  /** The text of the last answer, and its version. */
  let answered: { text: string; version: number } | null = null;
  return {
    async ingest(page, text) {
      const v = ++version;
      let answer: unknown;
      const edit = answered ? textEdit(answered.text, text, answered.version) : null;
      if (edit && edit.text.length < text.length * EDIT_AT_MOST) {
        const message: ContentToBackground = { type: 'ingestEdit', page, edit, session, version: v };
        answer = await runtime.sendMessage(message);
      }
      if (answer === undefined || isResendAnswer(answer)) {
        answered = null;
        const message: ContentToBackground = { type: 'ingest', page, text, session, version: v };
        answer = await runtime.sendMessage(message);
      }
      try {
        const res = checkAnswer(answer);
        answered = { text, version: v };
        return res;
      } catch (e) {
        answered = null;
        throw e;
      }
    },
    isLatest: (v) => v.session === session && answered?.version === v.version,
  };
}
