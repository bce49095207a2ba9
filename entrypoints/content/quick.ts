// The cheap half of the topic gate, in the small content script every page gets:
// does the page's visible text name North Korea anywhere (no script, style,
// template, <option> or hidden text)? Enough to say no on almost every page.
// The other half (does the ARTICLE name it, so that a sidebar headline or a
// recommendation list does not count) runs in the page reader (article-gate.ts),
// which gets these helpers lent through `topicGate`: no copy of them in its bundle.
// Names come from the extractor's lexicon.
import { namesNorthKorea } from '../../lib/extract/quick-check';
import { isInvisibleElement, visibleTextSteps } from '../../lib/page/visible-text';

/** Characters of visible text checked by the quick check. */
export const QUICK_CHECK_CHARS = 100_000;

/** Whether the page's visible text names North Korea, as a generator of pauses. */
export function* pageSteps(doc: Document): Generator<void, boolean, void> {
  const body = doc.body;
  if (!body) return false;
  // Link text (menus, teasers, lists of other stories) apart: a page burying its article under them still has it read.
  const page = yield* visibleTextSteps(body, { maxChars: QUICK_CHECK_CHARS, maxLinkChars: QUICK_CHECK_CHARS });
  return namesNorthKorea(page.text);
}

/** Runs `steps` to the end at once. */
export function drainSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs `steps` in slices of at most `sliceMs` of work, giving the page the main thread between them. */
export async function drainStepsSliced<T>(steps: Generator<void, T, void>, yieldToMain: () => Promise<void>, sliceMs = 8): Promise<T> {
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start > sliceMs) {
      await yieldToMain();
      start = performance.now();
    }
  }
}

/** Whether the page's visible text names North Korea (at once). */
export function pageNamesNorthKorea(doc: Document): boolean {
  return drainSteps(pageSteps(doc));
}

function visibleTextOf(node: Node): string {
  if (node.nodeType === 3) {
    const parent = node.parentElement;
    if (!parent) return (node as Text).data;
    // Text added into a script, a style or a hidden element is not read.
    return isInvisibleElement(parent) ? '' : (node as Text).data;
  }
  if (node.nodeType !== 1 || isInvisibleElement(node as Element)) return '';
  return drainSteps(visibleTextSteps(node as Element, { maxChars: 20_000, maxNodes: 20_000 })).text;
}

/** Whether mutations added visible text that names North Korea (bounded: the first records and nodes only). */
export function mutationsMentionTroops(records: readonly MutationRecord[], isOwnNode: (n: Node) => boolean = () => false): boolean {
  for (let i = 0; i < records.length && i < 200; i++) {
    const r = records[i]!;
    if (r.type === 'characterData') {
      if (namesNorthKorea(visibleTextOf(r.target))) return true;
      continue;
    }
    for (let j = 0; j < r.addedNodes.length && j < 50; j++) {
      const n = r.addedNodes[j]!;
      if (isOwnNode(n)) continue;
      if (namesNorthKorea(visibleTextOf(n))) return true;
    }
  }
  return false;
}

/** The content script's topic helpers, lent to the page reader (see reader-handle.ts). */
export const topicGate = {
  pageSteps,
  visibleTextSteps,
  namesNorthKorea,
  mutationsMentionTroops,
  drainSteps,
  drainStepsSliced,
};
export type TopicGate = typeof topicGate;
