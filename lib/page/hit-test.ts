// Which painted figure a click landed on.
import type { TextSpan } from './text-map';

/**
 * Index of the span containing text offset `offset` (start ≤ offset ≤ end: a
 * caret just after a figure's last character still counts), or null. `spans`
 * sorted by start and not overlapping; at a shared edge the later span wins.
 */
export function findSpanAt(offset: number, spans: readonly TextSpan[]): number | null {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = spans[found];
  return s && offset <= s.end ? found : null;
}

/** A DOM position (node + offset) under a viewport point, or null where the browser has no caret API. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      if (p) return { node: p.offsetNode, offset: p.offset };
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      if (r) return { node: r.startContainer, offset: r.startOffset };
    }
  } catch {
    // some pages break caret APIs (e.g. inside replaced elements)
  }
  return null;
}

/** True when the point lies in one of the range's boxes (with `slack` pixels around them). */
export function isPointInRange(range: Range, x: number, y: number, slack = 2): boolean {
  if (typeof range.getClientRects !== 'function') return true; // no layout (tests): trust the offsets
  const rects = range.getClientRects();
  if (rects.length === 0) return true;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}
