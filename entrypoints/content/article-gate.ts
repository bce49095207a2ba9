// The page reader's half of the topic gate: the content script found North
// Korea named somewhere in the page's visible text (quick.ts); this checks that
// the article region the reader would read names it too, so that a sidebar
// headline, a recommendation widget or a country list does not open the gate.
// The visible-text helpers come from the content script (`TopicGate`): only types are imported from quick.ts.
import { articleRegionSteps } from '../../lib/page/article-region';
import type { TopicGate } from './quick';

/** Characters of the article's visible text checked (as many as the page's quick check). */
const ARTICLE_CHECK_CHARS = 100_000;

/** The whole gate as a generator of pauses; `pageChecked`: the page's visible text is already known to name North Korea. */
export function* gateSteps(doc: Document, gate: TopicGate, pageChecked = false): Generator<void, boolean, void> {
  if (!doc.body) return false;
  if (!pageChecked && !(yield* gate.pageSteps(doc))) return false;
  const region = yield* articleRegionSteps(doc);
  const article = yield* gate.visibleTextSteps(region.root, { maxChars: ARTICLE_CHECK_CHARS, skip: region.isDropped });
  return gate.namesNorthKorea(article.text);
}

/** Whether the article of `doc` names North Korea (at once: tests, scripts). */
export function pageMentionsTroops(doc: Document, gate: TopicGate): boolean {
  return gate.drainSteps(gateSteps(doc, gate));
}

/** `pageMentionsTroops` in slices, giving the page the main thread between them. */
export function pageMentionsTroopsAsync(
  doc: Document,
  gate: TopicGate,
  yieldToMain: () => Promise<void>,
  pageChecked = false,
  sliceMs = 8,
): Promise<boolean> {
  return gate.drainStepsSliced(gateSteps(doc, gate, pageChecked), yieldToMain, sliceMs);
}
