// The page reader's half of the topic gate: the content script found North
// Korea named somewhere in the page's visible text (quick.ts); this checks that
// the article text the reader would send names it too, so that a sidebar
// headline, a recommendation widget or a country list does not open the gate.
// The check IS the first read: the article region is scored once and its text
// read once (the text map), and that map is what the reader then sends, with
// no second walk. The visible-text helpers come from the content script
// (`TopicGate`): only types are imported from quick.ts.
import { readArticleText, readArticleTextAsync, type TextMap } from '../../lib/page/text-map';
import type { TopicGate } from './quick';

/**
 * The article's text map when it names North Korea, else null. `pageChecked`:
 * the page's visible text is already known to name it (else that cheap check
 * runs first, in slices of at most `sliceMs`). The text map is read in slices too.
 */
export async function articleTextIfAboutTroops(
  doc: Document,
  gate: TopicGate,
  yieldToMain: () => Promise<void>,
  pageChecked = false,
  sliceMs = 8,
): Promise<TextMap | null> {
  if (!doc.body) return null;
  if (!pageChecked && !(await gate.drainStepsSliced(gate.pageSteps(doc), yieldToMain, sliceMs))) return null;
  const map = await readArticleTextAsync(doc, yieldToMain);
  return gate.namesNorthKorea(map.text) ? map : null;
}

/** Whether the article of `doc` names North Korea (at once: tests, scripts). */
export function pageMentionsTroops(doc: Document, gate: TopicGate): boolean {
  if (!doc.body || !gate.drainSteps(gate.pageSteps(doc))) return false;
  return gate.namesNorthKorea(readArticleText(doc).text);
}

/** `pageMentionsTroops` in slices, giving the page the main thread between them. */
export async function pageMentionsTroopsAsync(
  doc: Document,
  gate: TopicGate,
  yieldToMain: () => Promise<void>,
  pageChecked = false,
  sliceMs = 8,
): Promise<boolean> {
  return (await articleTextIfAboutTroops(doc, gate, yieldToMain, pageChecked, sliceMs)) !== null;
}
