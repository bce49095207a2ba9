// Where the figures stand in the page itself, in terms another tool can use:
// a CSS selector to the article element, and each figure's offsets in that
// element's `textContent` (W3C: a CssSelector refined by a TextPositionSelector).
// Tallymark's own text collapses white space and skips regions; textContent
// does neither, so the offsets are counted again from each figure's DOM Range.
import type { TextSpan } from './match-quote';

/** The article element and each figure's span in its textContent (null where a figure has no range). */
export interface ArticleAnchors {
  /** A CSS selector that `querySelector` resolves to the article element. */
  selector: string;
  positions: (TextSpan | null)[];
}

/** A selector for an id: `#id` when it is a plain identifier, else an attribute selector. */
function selectId(id: string): string {
  return /^[A-Za-z_][\w-]*$/.test(id) ? `#${id}` : `[id="${id.replace(/["\\]/g, '\\$&')}"]`;
}

/**
 * A CSS selector that finds `el` in its document: its id when that is unique,
 * else the shortest path of `tag:nth-of-type(n)` steps from the nearest ancestor
 * with a unique id (or from `html`), checked with `querySelector`.
 */
export function describeElement(el: Element): string {
  const doc = el.ownerDocument;
  const unique = (selector: string) => {
    try {
      return doc.querySelectorAll(selector).length === 1 && doc.querySelector(selector) === el;
    } catch {
      return false;
    }
  };
  const steps: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.id) {
      const byId = selectId(node.id);
      if (doc.querySelectorAll(byId).length === 1) {
        steps.unshift(byId);
        break;
      }
    }
    const tag = node.localName;
    if (!node.parentElement) {
      steps.unshift(tag);
      break;
    }
    const same = Array.from(node.parentElement.children).filter((c) => c.localName === tag);
    steps.unshift(same.length === 1 ? tag : `${tag}:nth-of-type(${same.indexOf(node) + 1})`);
    // A short selector when the element is the only one of its kind ("article", "main").
    const tail = steps.join(' > ');
    if (steps.length === 1 && unique(tail)) return tail;
  }
  return steps.join(' > ');
}

/**
 * The offset in `root.textContent` of a DOM boundary point (a text node and an
 * offset in it, or an element and a child index): the length of the text from
 * the start of `root` to it (a Range's text is its Text nodes' data, as
 * textContent is). Null when the point is outside `root`.
 */
export function textContentOffset(root: Element, node: Node, offset: number): number | null {
  if (node !== root && !root.contains(node)) return null;
  try {
    const range = root.ownerDocument.createRange();
    range.setStart(root, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  } catch {
    return null;
  }
}

/** The span of `range` in `root.textContent`, or null when it is not inside `root`. */
export function rangeInTextContent(root: Element, range: Range): TextSpan | null {
  const start = textContentOffset(root, range.startContainer, range.startOffset);
  const end = textContentOffset(root, range.endContainer, range.endOffset);
  return start === null || end === null || end < start ? null : { start, end };
}

/**
 * The article element's selector and each range's span in its textContent,
 * counted in one walk over the element's text nodes (ranges that start and end
 * in text nodes, as the text map makes them; others counted one by one).
 */
export function describeArticleAnchors(root: Element, ranges: (Range | null)[]): ArticleAnchors {
  const wanted = new Set<Node>();
  for (const r of ranges) {
    if (!r) continue;
    wanted.add(r.startContainer);
    wanted.add(r.endContainer);
  }
  const before = new Map<Node, number>();
  let count = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 | 8 /* SHOW_TEXT, SHOW_CDATA_SECTION */);
  // Up to the last text node a range starts or ends in: the rest of a long article is not walked.
  for (let t = walker.nextNode(); t && before.size < wanted.size; t = walker.nextNode()) {
    if (wanted.has(t)) before.set(t, count);
    count += (t as Text).data.length;
  }
  const offsetOf = (node: Node, offset: number) => {
    const base = before.get(node);
    return base !== undefined ? base + offset : textContentOffset(root, node, offset);
  };
  const positions = ranges.map((r) => {
    if (!r) return null;
    const start = offsetOf(r.startContainer, r.startOffset);
    const end = offsetOf(r.endContainer, r.endOffset);
    return start === null || end === null || end < start ? null : { start, end };
  });
  return { selector: describeElement(root), positions };
}
