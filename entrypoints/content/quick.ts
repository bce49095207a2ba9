// The topic gate, shared by the small content script and the page reader: does
// the article a person reads on this page name North Korea? In two steps, each
// counted in visible text only (no script, style, template, <option> or hidden
// text): the page's visible text first (cheap, and enough to say no on almost
// every page), then, only when that names North Korea, the article region the
// reader would read, so that a sidebar headline, a recommendation widget or a
// country list does not open the gate. Names come from the extractor's lexicon.
import { namesNorthKorea as mentionsTroops } from '../../lib/extract/quick-check';
import { articleRegionSteps } from '../../lib/page/article-region';
import { isInvisibleElement, visibleTextSteps } from '../../lib/page/visible-text';

/** Characters of visible text checked by the quick check. */
export const QUICK_CHECK_CHARS = 100_000;

/** The gate as a generator of pauses (drain it at once, or in slices with `pageMentionsTroopsAsync`). */
export function* gateSteps(doc: Document): Generator<void, boolean, void> {
  const body = doc.body;
  if (!body) return false;
  // Link text (menus, teasers, lists of other stories) apart: a page burying its article under them still has it read.
  const page = yield* visibleTextSteps(body, { maxChars: QUICK_CHECK_CHARS, maxLinkChars: QUICK_CHECK_CHARS });
  if (!mentionsTroops(page.text)) return false;
  const region = yield* articleRegionSteps(doc);
  const article = yield* visibleTextSteps(region.root, { maxChars: QUICK_CHECK_CHARS, skip: region.isDropped });
  return mentionsTroops(article.text);
}

/** Whether the article of `doc` names North Korea (at once: tests and re-checks of small additions). */
export function pageMentionsTroops(doc: Document): boolean {
  const steps = gateSteps(doc);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** `pageMentionsTroops` in slices of at most `sliceMs` of work, giving the page the main thread between them. */
export async function pageMentionsTroopsAsync(doc: Document, yieldToMain: () => Promise<void>, sliceMs = 8): Promise<boolean> {
  const steps = gateSteps(doc);
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

function visibleTextOf(node: Node): string {
  if (node.nodeType === 3) {
    const parent = node.parentElement;
    if (!parent) return (node as Text).data;
    // Text added into a script, a style or a hidden element is not read.
    return isInvisibleElement(parent) ? '' : (node as Text).data;
  }
  if (node.nodeType !== 1 || isInvisibleElement(node as Element)) return '';
  const steps = visibleTextSteps(node as Element, { maxChars: 20_000, maxNodes: 20_000 });
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value.text;
  }
}

/** Whether mutations added visible text that names North Korea (bounded: the first records and nodes only). */
export function mutationsMentionTroops(records: readonly MutationRecord[], isOwnNode: (n: Node) => boolean = () => false): boolean {
  for (let i = 0; i < records.length && i < 200; i++) {
    const r = records[i]!;
    if (r.type === 'characterData') {
      if (mentionsTroops(visibleTextOf(r.target))) return true;
      continue;
    }
    for (let j = 0; j < r.addedNodes.length && j < 50; j++) {
      const n = r.addedNodes[j]!;
      if (isOwnNode(n)) continue;
      if (mentionsTroops(visibleTextOf(n))) return true;
    }
  }
  return false;
}
