// The code the readability benchmark runs inside each page, as the content
// script would: the topic gate, the text map and the extractor, bundled into
// one script (see bundle.ts). Exposed on `globalThis.__tallymarkBench`.
import { mentionsTroops } from '../../lib/extract/quick-check';
import { extractClaims } from '../../lib/extract/extract-claims';
import { findArticleRegion } from '../../lib/page/article-region';
import { readArticleText } from '../../lib/page/text-map';
import { pageMentionsTroops } from '../../entrypoints/content/article-gate';
import { topicGate } from '../../entrypoints/content/quick';

function describe(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
  return `${el.tagName.toLowerCase()}${id}${cls}`;
}

(globalThis as Record<string, unknown>).__tallymarkBench = {
  read() {
    const t0 = performance.now();
    const region = findArticleRegion(document);
    const t1 = performance.now();
    const map = readArticleText(document);
    const t2 = performance.now();
    const gate = pageMentionsTroops(document, topicGate);
    return {
      gate,
      text: map.text,
      root: describe(map.root),
      fallback: region.fallback,
      dropped: region.dropped.slice(0, 8).map(describe),
      regionMs: t1 - t0,
      readMs: t2 - t1,
    };
  },
  gate: () => pageMentionsTroops(document, topicGate),
  mentions: (text: string) => mentionsTroops(text),
  extract: (text: string, published: string) => extractClaims(text, { published }),
};
