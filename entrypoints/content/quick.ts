// The cheap checks, shared by the small content script and the page reader.
import { mentionsTroops } from '../../lib/extract/quick-check';

/** Characters of the page checked by the quick check. */
export const QUICK_CHECK_CHARS = 100_000;

/**
 * Title plus the first QUICK_CHECK_CHARS characters of the body's text
 * (collected node by node, so a huge page costs no more than a small one).
 */
export function pageMentionsTroops(doc: Document): boolean {
  if (mentionsTroops(doc.title)) return true;
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const pieces: string[] = [];
  let chars = 0;
  for (let n = walker.nextNode(); n && chars < QUICK_CHECK_CHARS; n = walker.nextNode()) {
    const data = (n as Text).data;
    pieces.push(data);
    chars += data.length;
  }
  return mentionsTroops(pieces.join(''));
}

/** Whether mutations added text that mentions the troops (bounded: the first records and nodes only). */
export function mutationsMentionTroops(records: readonly MutationRecord[], isOwnNode: (n: Node) => boolean = () => false): boolean {
  for (let i = 0; i < records.length && i < 200; i++) {
    const r = records[i]!;
    if (r.type === 'characterData') {
      if (mentionsTroops((r.target as Text).data ?? '')) return true;
      continue;
    }
    for (let j = 0; j < r.addedNodes.length && j < 50; j++) {
      const n = r.addedNodes[j]!;
      if (isOwnNode(n)) continue;
      const text = n.nodeType === 3 ? (n as Text).data : n.nodeType === 1 ? ((n as Element).textContent ?? '').slice(0, 20_000) : '';
      if (mentionsTroops(text)) return true;
    }
  }
  return false;
}
