// The article's text, and a map from its offsets back to the DOM.
//
// One text for the whole article region: text nodes in document order, runs of
// white space collapsed to one space, each block element (p, li, h1, div…) on a
// line of its own ("\n" between blocks, so a sentence never runs across
// paragraphs). Regions a reader does not read as the article (scripts, nav,
// asides, forms, hidden content…) are skipped. The walk is iterative (no
// recursion on deep nesting) and stops at a node / character budget.
//
// Incremental: each leaf block (a block with no block inside) is cached by
// element, so `update` re-reads only the blocks a mutation touched and reuses
// the rest.

import { articleRegionSteps, type ArticleRegion } from './article-region';
import { BLOCK_TAGS } from './blocks';
import { ChunkedWeakMap } from './chunked';
import { isBlockDisplay, isHiddenByAttributes, SKIP_ROLES, SKIP_TAGS } from './skip';

/** Offsets in `TextMap.text`, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface TextMap {
  /** The article text the offsets refer to. */
  readonly text: string;
  /** The element read. */
  readonly root: Element;
  /** True when the walk stopped at the node or character budget. */
  readonly truncated: boolean;
  /** Nodes visited by the last read (for measurements). */
  readonly visited: number;
  /**
   * A DOM Range covering `text.slice(start, end)`, or null when the offsets are
   * out of bounds, cover no text node, or the nodes have left the document.
   */
  rangeFor(start: number, end: number): Range | null;
  /**
   * The text offset of a DOM position (a Text node and a character offset in
   * it, or an element and a child index), or null when the position is not in
   * the text read (skipped region, outside the root, unread).
   */
  offsetAt(node: Node, offset: number): number | null;
}

export interface TextMapUpdate {
  map: TextMap;
  /** Spans of the new text that were read afresh (new or changed blocks), merged, in order. */
  changed: TextSpan[];
  /** True when the root had to be read again from scratch. */
  full: boolean;
}

export interface ReadOptions {
  /** Stop after visiting this many nodes. Default 100,000. */
  maxNodes?: number;
  /** Stop after this many characters of text. Default 2,000,000. */
  maxChars?: number;
  /** Check `getComputedStyle` for display:none / visibility:hidden. Default: when available. */
  computedStyle?: boolean;
}

const DEFAULT_MAX_NODES = 100_000;
const DEFAULT_MAX_CHARS = 2_000_000;
/** Characters of one text node handled between pauses (a power of two, less one). */
const TEXT_SLICE_MASK = 0xffff;
/** Leaf blocks with more text nodes than this are not cached (copying them costs more than reading them again). */
const MAX_CACHED_SEGMENTS = 4000;
/** getComputedStyle calls per read, at most: it is cheap per call but not free. */
const MAX_STYLE_CHECKS = 20_000;

/** Elements of our own that hold no article text (the popover's shadow host). */
const OWN_HOST_PREFIX = 'TALLYMARK-POPOVER';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

interface Segment {
  node: Text;
  /** Offsets in the output text. */
  start: number;
  end: number;
  /** Node offset of `start` when the mapping is the identity plus a shift. */
  base: number;
  /** Node offset of each output character, when white space was collapsed. */
  offs: Int32Array | null;
}

interface CachedBlock {
  text: string;
  /** Segments with offsets relative to the block's start. */
  segs: Segment[];
}

const STATE = Symbol('state');

const SEGS = Symbol('segs');

interface ReaderState {
  doc: Document;
  options: Required<ReadOptions>;
  /** Leaf blocks read, by element (chunked: a page of 100,000 paragraphs; see chunked.ts). */
  cache: ChunkedWeakMap<Element, CachedBlock>;
  /** Containers inside the root that are not the article (from the article region); none when a root was given. */
  drop: ((el: Element) => boolean) | null;
  /** The element that scored highest as the article (never skipped, whatever holds it). */
  top: Element | null;
}

const upper = (el: Element) => el.tagName.toUpperCase();
export const isBlockElement = (el: Element): boolean => BLOCK_TAGS.has(upper(el));

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0;
/** Text of `isSpace` characters only. */
const ALL_SPACE = /^[ \t\n\r\f\u00a0]+$/;
/** Text with white space that collapses wherever it stands: a space other than U+0020, or two spaces. */
const NEEDS_COLLAPSE = /[\t\n\r\f\u00a0]| {2}/;

function nodeOffsetOf(seg: Segment, pos: number): number {
  const i = pos - seg.start;
  return seg.offs ? (seg.offs[i] ?? seg.base + i) : seg.base + i;
}

/** How the walk reads an element: left out with its subtree, read inline, or read as a block (a line of its own). */
const SKIP = 0;
const INLINE = 1;
const BLOCK = 2;
type ElementKind = typeof SKIP | typeof INLINE | typeof BLOCK;

/**
 * Whether `el` and its subtree are left out of the article text, else whether it is a block: a block tag, or an
 * element whose computed display is block-level (a styled span or a custom element laid out as a block).
 */
function classify(el: Element, state: ReaderState, styleChecks: { n: number }, root: Element): ElementKind {
  const tag = upper(el);
  if (SKIP_TAGS.has(tag)) return SKIP;
  if (tag.startsWith(OWN_HOST_PREFIX)) return SKIP;
  if (tag === 'HEADER' && !el.closest('article')) return SKIP;
  if (isHiddenByAttributes(el)) return SKIP;
  const editable = el.getAttribute('contenteditable');
  // An editor inside the article (a comment box) is not the article; an editable article still is.
  if (editable !== null && editable !== 'false' && !(state.top && el.contains(state.top))) return SKIP;
  const role = el.getAttribute('role');
  if (role !== null && SKIP_ROLES.has(role) && el !== root) return SKIP;
  if (state.drop && el !== root && state.drop(el)) return SKIP;
  let block = BLOCK_TAGS.has(tag);
  // Style is computed only where a stylesheet or the element's own style may hide it or make it a block.
  if (
    state.options.computedStyle &&
    styleChecks.n < MAX_STYLE_CHECKS &&
    (el.hasAttribute('class') || el.hasAttribute('style') || tag.includes('-'))
  ) {
    styleChecks.n++;
    const view = state.doc.defaultView;
    try {
      const cs = view?.getComputedStyle(el);
      if (cs && (cs.display === 'none' || cs.visibility === 'hidden')) return SKIP;
      if (!block && cs && isBlockDisplay(cs.display)) block = true;
    } catch {
      // a detached or exotic element: read it
    }
  }
  return block ? BLOCK : INLINE;
}

interface Frame {
  el: Element;
  block: boolean;
  /** Output length after the separator, when the element was entered. */
  p0: number;
  pieceIdx: number;
  segIdx: number;
  hasBlockChild: boolean;
}

interface WalkResult {
  text: string;
  segs: Segment[];
  truncated: boolean;
  visited: number;
  changed: TextSpan[];
}

/**
 * Walk `root`, reusing cached leaf blocks. `oldNodes` (when updating) tells which
 * text nodes were read before, so that new inline text outside leaf blocks counts
 * as changed; null on a first read, where everything is new.
 */
function* walkSteps(
  root: Element,
  state: ReaderState,
  oldNodes: Set<Text> | null,
  dirtyTexts: Set<Node>,
): Generator<void, WalkResult, void> {
  const { maxNodes, maxChars } = state.options;
  const pieces: string[] = [];
  const segs: Segment[] = [];
  const changed: TextSpan[] = [];
  const styleChecks = { n: 0 };
  let length = 0;
  let last = 10; // as if after a "\n": no leading space
  let visited = 0;
  let truncated = false;
  const stack: Frame[] = [];

  const markChanged = (start: number, end: number) => {
    if (end <= start) return;
    const prev = changed[changed.length - 1];
    if (prev && start <= prev.end + 1) prev.end = Math.max(prev.end, end);
    else changed.push({ start, end });
  };

  const trimTrailingSpace = () => {
    while (last === 32 && pieces.length > 0) {
      const piece = pieces[pieces.length - 1] ?? '';
      pieces[pieces.length - 1] = piece.slice(0, -1);
      length--;
      const seg = segs[segs.length - 1];
      if (seg && seg.end > length) {
        seg.end = length;
        if (seg.end <= seg.start) segs.pop();
      }
      if (pieces[pieces.length - 1] === '') pieces.pop();
      const p = pieces[pieces.length - 1];
      last = p ? p.charCodeAt(p.length - 1) : 10;
    }
  };

  const breakLine = () => {
    trimTrailingSpace();
    if (length > 0 && last !== 10) {
      pieces.push('\n');
      length++;
      last = 10;
    }
  };

  // A generator: a huge text node (megabytes in one node) is read in slices, pausing between them.
  function* emitText(node: Text): Generator<void, void, void> {
    const data = node.data;
    if (data.length === 0) return;
    const room = maxChars - length;
    if (room <= 0) {
      truncated = true;
      return;
    }
    const n = Math.min(data.length, room);
    if (n < data.length) truncated = true;
    let out = '';
    let offs: Int32Array | null = null;
    let firstOff = 0;
    // Fast path: nothing to collapse, the text is the node's data.
    let simple = true;
    let prevC = last;
    for (let i = 0; i < n; i++) {
      if ((i & TEXT_SLICE_MASK) === TEXT_SLICE_MASK) yield;
      const c = data.charCodeAt(i);
      if (c === 32 ? prevC === 32 || prevC === 10 : isSpace(c)) {
        simple = false;
        break;
      }
      prevC = c;
    }
    if (simple) {
      out = n === data.length ? data : data.slice(0, n);
    } else {
      // Collapsed in runs: a run of kept characters is one slice of the node, joined at the end.
      const chunks: string[] = [];
      const parts: string[] = [];
      const map = new Int32Array(n);
      let count = 0;
      let runStart = -1;
      let prev = last;
      for (let i = 0; i < n; i++) {
        if ((i & TEXT_SLICE_MASK) === TEXT_SLICE_MASK) {
          // Join what this slice kept before pausing, so that no join at the end is long.
          if (runStart >= 0) {
            parts.push(data.slice(runStart, i));
            runStart = i;
          }
          chunks.push(parts.join(''));
          parts.length = 0;
          yield;
        }
        const c = data.charCodeAt(i);
        if (isSpace(c)) {
          if (runStart >= 0) {
            parts.push(data.slice(runStart, i));
            runStart = -1;
          }
          if (prev === 32 || prev === 10) continue;
          parts.push(' ');
          prev = 32;
        } else {
          if (runStart < 0) runStart = i;
          prev = c;
        }
        map[count++] = i;
      }
      if (runStart >= 0) parts.push(data.slice(runStart, n));
      chunks.push(parts.join(''));
      out = chunks.join('');
      if (out.length > 0) {
        firstOff = map[0] ?? 0;
        let identity = true;
        for (let k = 0; k < count; k++) {
          if ((k & TEXT_SLICE_MASK) === TEXT_SLICE_MASK) yield;
          if (map[k] !== firstOff + k) {
            identity = false;
            break;
          }
        }
        // A view where it keeps most of the buffer (a 5 MB text node would copy 20 MB in one step), else a copy.
        if (!identity) offs = count > n / 2 ? map.subarray(0, count) : map.slice(0, count);
      }
    }
    emitted(node, out, firstOff, offs);
  }

  const emitted = (node: Text, out: string, base: number, offs: Int32Array | null) => {
    const count = out.length;
    if (count === 0) return;
    const start = length;
    pieces.push(out);
    length += count;
    last = out.charCodeAt(count - 1);
    segs.push({ node, start, end: length, base, offs });
    if (oldNodes && (!oldNodes.has(node) || dirtyTexts.has(node))) markChanged(start, length);
  };

  /**
   * Most text nodes at once, with no generator and no loop per character (native regular expressions
   * instead): white space only (the line breaks between a page's tags), or text with nothing to collapse.
   * False for the rest (runs of white space inside, a node past the budget or longer than a slice), which
   * `emitText` reads; what both emit is the same.
   */
  const emitQuick = (node: Text): boolean => {
    const data = node.data;
    const n = data.length;
    if (n === 0) return true;
    if (n > TEXT_SLICE_MASK || n > maxChars - length) return false;
    if (ALL_SPACE.test(data)) {
      // One space for the run, none after a space or a line break.
      if (last !== 32 && last !== 10) emitted(node, ' ', 0, null);
      return true;
    }
    if (NEEDS_COLLAPSE.test(data) || (data.charCodeAt(0) === 32 && (last === 32 || last === 10))) return false;
    emitted(node, data, 0, null);
    return true;
  };

  // A block starts: end the line, and its nearest block ancestor is no longer a leaf.
  const startBlock = () => {
    breakLine();
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = stack[i]!;
      if (f.block) {
        f.hasBlockChild = true;
        break;
      }
    }
  };

  const enter = (el: Element, block: boolean): Frame => {
    if (block) {
      startBlock();
    }
    const frame: Frame = { el, block, p0: length, pieceIdx: pieces.length, segIdx: segs.length, hasBlockChild: false };
    stack.push(frame);
    return frame;
  };

  const exit = () => {
    const frame = stack.pop();
    if (!frame?.block) return;
    trimTrailingSpace();
    if (!frame.hasBlockChild && !truncated && segs.length - frame.segIdx <= MAX_CACHED_SEGMENTS) {
      // A leaf block: cache it, and on an update its span is new.
      const text = pieces.slice(frame.pieceIdx).join('');
      const rel = segs.slice(frame.segIdx).map((s) => ({ ...s, start: s.start - frame.p0, end: s.end - frame.p0 }));
      state.cache.set(frame.el, { text, segs: rel });
      if (oldNodes) markChanged(frame.p0, length);
    } else if (!frame.hasBlockChild && oldNodes && !truncated) {
      markChanged(frame.p0, length);
    }
    breakLine();
  };

  const useCached = (el: Element, cached: CachedBlock) => {
    startBlock();
    if (length + cached.text.length > maxChars) {
      truncated = true;
      return;
    }
    const p0 = length;
    if (cached.text.length > 0) {
      pieces.push(cached.text);
      length += cached.text.length;
      last = cached.text.charCodeAt(cached.text.length - 1);
      for (const s of cached.segs) segs.push({ ...s, start: s.start + p0, end: s.end + p0 });
    }
    breakLine();
    void el;
  };

  enter(root, isBlockElement(root));
  let node: Node | null = root.firstChild;
  if (!node) exit();
  while (node) {
    visited++;
    // Every so often, offer to pause (the async readers give the page the main thread here).
    if ((visited & 511) === 0) yield;
    if (visited > maxNodes) {
      truncated = true;
      break;
    }
    let descend = false;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      if (!emitQuick(node as Text)) yield* emitText(node as Text);
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      if (upper(el) === 'BR') {
        breakLine();
      } else {
        const kind = classify(el, state, styleChecks, root);
        const cached = kind === BLOCK ? state.cache.get(el) : undefined;
        if (kind === SKIP) {
          // left out with its subtree
        } else if (cached) useCached(el, cached);
        else {
          enter(el, kind === BLOCK);
          if (el.firstChild) descend = true;
          else exit();
        }
      }
    }
    if (truncated) break;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next node in document order, leaving entered elements on the way up.
    let n: Node | null = node;
    node = null;
    while (n) {
      if (n === root) break;
      if (n.nextSibling) {
        node = n.nextSibling;
        break;
      }
      n = n.parentNode;
      if (n) exit();
    }
  }
  while (stack.length > 0) exit();
  // Drop a trailing line break.
  let text = pieces.join('');
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return { text, segs, truncated, visited, changed };
}

/** Run a walk to its end without pausing. */
function drain(steps: Generator<void, WalkResult, void>): WalkResult {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Milliseconds of walking between pauses of the async readers. */
export const WALK_SLICE_MS = 12;

/** Run a walk, pausing with `yieldToMain` after each WALK_SLICE_MS of work. */
async function drainAsync<T>(steps: Generator<void, T, void>, yieldToMain: () => Promise<void>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart > WALK_SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}

function createMap(state: ReaderState, root: Element, result: WalkResult): TextMap {
  const { text, segs, truncated, visited } = result;
  let byNode: Map<Text, number> | null = null;
  const indexOf = (node: Text): number | undefined => {
    if (!byNode) {
      byNode = new Map();
      segs.forEach((s, i) => {
        if (!byNode!.has(s.node)) byNode!.set(s.node, i);
      });
    }
    return byNode.get(node);
  };

  /** Index of the last segment with start <= pos, or -1. */
  const segmentAtOrBefore = (pos: number): number => {
    let lo = 0;
    let hi = segs.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.start <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };

  const rangeFor = (start: number, end: number): Range | null => {
    if (!(start >= 0 && end > start && end <= text.length) || segs.length === 0) return null;
    let si = segmentAtOrBefore(start);
    if (si < 0 || start >= segs[si]!.end) si++; // start fell on a break: move to the next text
    const ei = segmentAtOrBefore(end - 1);
    if (ei < 0) return null;
    if (end - 1 >= segs[ei]!.end) {
      // end fell after a segment (on a break): end at that segment's end
    }
    const s = segs[si];
    const e = segs[ei];
    if (!s || !e || si > ei) return null;
    if (!s.node.isConnected || !e.node.isConnected) return null;
    const startPos = Math.max(start, s.start);
    const endPos = Math.min(end, e.end);
    try {
      const range = state.doc.createRange();
      range.setStart(s.node, nodeOffsetOf(s, startPos));
      range.setEnd(e.node, nodeOffsetOf(e, endPos - 1) + 1);
      return range;
    } catch {
      return null;
    }
  };

  const offsetInSegment = (i: number, nodeOffset: number): number => {
    // Segments of one node are consecutive; find the output position of nodeOffset.
    const first = segs[i]!;
    let seg = first;
    for (let j = i; j < segs.length && segs[j]!.node === first.node; j++) {
      seg = segs[j]!;
      const lastOff = nodeOffsetOf(seg, seg.end - 1);
      if (nodeOffset <= lastOff) break;
    }
    if (!seg.offs) return Math.min(seg.end, Math.max(seg.start, seg.start + (nodeOffset - seg.base)));
    // Collapsed white space: the first output char at or after nodeOffset.
    let lo = 0;
    let hi = seg.end - seg.start;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seg.offs[mid] ?? 0) < nodeOffset) lo = mid + 1;
      else hi = mid;
    }
    return seg.start + lo;
  };

  const offsetAt = (node: Node, offset: number): number | null => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      const i = indexOf(node as Text);
      return i === undefined ? null : offsetInSegment(i, offset);
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return null;
    if (!root.contains(node) && !node.contains(root)) return null;
    // An element position: the first text read at or after the child at `offset`.
    const children = node.childNodes;
    const child = offset < children.length ? children[offset] : null;
    const doc = state.doc;
    const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    if (child) {
      walker.currentNode = child;
      let t: Node | null = child.nodeType === TEXT_NODE ? child : walker.nextNode();
      for (let guard = 0; t && guard < 10_000; guard++) {
        const i = indexOf(t as Text);
        if (i !== undefined) return segs[i]!.start;
        t = walker.nextNode();
      }
      return null;
    }
    // After the last child: the end of the last text read inside node, else the next text.
    walker.currentNode = node;
    let lastIn: number | null = null;
    let t = walker.nextNode();
    for (let guard = 0; t && guard < 100_000; guard++) {
      if (!node.contains(t)) {
        if (lastIn !== null) return lastIn;
        const i = indexOf(t as Text);
        if (i !== undefined) return segs[i]!.start;
      } else {
        const i = indexOf(t as Text);
        if (i !== undefined) {
          let j = i;
          while (segs[j + 1]?.node === t) j++;
          lastIn = segs[j]!.end;
        }
      }
      t = walker.nextNode();
    }
    return lastIn;
  };

  const map: TextMap & { [STATE]: ReaderState; [SEGS]: Segment[] } = {
    text,
    root,
    truncated,
    visited,
    rangeFor,
    offsetAt,
    [STATE]: state,
    [SEGS]: segs,
  };
  return map;
}

/** What the region found for a root, kept so that a later read of the same root leaves out the same containers. */
const regions = new WeakMap<Element, ArticleRegion>();

/** The element that holds the article (see article-region.ts); `body` when no element scores as one. */
export function findArticleRoot(doc: Document): Element {
  return regionOf(drainSteps(articleRegionSteps(doc))).root;
}

function regionOf(region: ArticleRegion): ArticleRegion {
  regions.set(region.root, region);
  return region;
}

function drainSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

function resolveOptions(doc: Document, options: ReadOptions): Required<ReadOptions> {
  return {
    maxNodes: options.maxNodes ?? DEFAULT_MAX_NODES,
    maxChars: options.maxChars ?? DEFAULT_MAX_CHARS,
    computedStyle: options.computedStyle ?? typeof doc.defaultView?.getComputedStyle === 'function',
  };
}

function stateFor(doc: Document, root: Element, options: ReadOptions): ReaderState {
  const region = regions.get(root);
  return {
    doc,
    options: resolveOptions(doc, options),
    cache: new ChunkedWeakMap(),
    drop: region?.isDropped ?? null,
    top: region?.top ?? null,
  };
}

/**
 * Read the article text of `doc` (from `root`, else the article region found by
 * `articleRegionSteps`) with a map back to the DOM. Never throws on odd pages; stops
 * at the budget (`truncated`).
 */
export function readArticleText(doc: Document, root?: Element, options: ReadOptions = {}): TextMap {
  const el = root ?? regionOf(drainSteps(articleRegionSteps(doc))).root;
  const state = stateFor(doc, el, options);
  return createMap(state, el, drain(walkSteps(el, state, null, new Set())));
}

/**
 * `readArticleText` in slices: the page gets the main thread (`yieldToMain`)
 * every few milliseconds, while the region is scored and while the text is read.
 * A DOM changed meanwhile may be read partly; the caller's MutationObserver
 * catches up with `updateArticleText`.
 */
export async function readArticleTextAsync(
  doc: Document,
  yieldToMain: () => Promise<void>,
  root?: Element,
  options: ReadOptions = {},
): Promise<TextMap> {
  const el = root ?? regionOf(await drainAsync(articleRegionSteps(doc), yieldToMain)).root;
  const state = stateFor(doc, el, options);
  return createMap(state, el, await drainAsync(walkSteps(el, state, null, new Set()), yieldToMain));
}

/**
 * Read again after the DOM changed. `dirty` are the nodes mutations touched
 * (MutationRecord targets and added nodes); only the blocks holding them are
 * read afresh, the rest comes from the previous read. When the root left the
 * document, the page is read from scratch (`full`).
 */
export function updateArticleText(previous: TextMap, dirty: Iterable<Node>): TextMapUpdate {
  const prepared = prepareUpdate(previous, dirty);
  if ('full' in prepared) return prepared.full();
  const { state, root, oldNodes, dirtyTexts } = prepared;
  const result = drain(walkSteps(root, state, oldNodes, dirtyTexts));
  return { map: createMap(state, root, result), changed: result.changed, full: false };
}

/** `updateArticleText` in slices that give the page the main thread. */
export async function updateArticleTextAsync(
  previous: TextMap,
  dirty: Iterable<Node>,
  yieldToMain: () => Promise<void>,
): Promise<TextMapUpdate> {
  const prepared = prepareUpdate(previous, dirty);
  if ('full' in prepared) return prepared.full();
  const { state, root, oldNodes, dirtyTexts } = prepared;
  const result = await drainAsync(walkSteps(root, state, oldNodes, dirtyTexts), yieldToMain);
  return { map: createMap(state, root, result), changed: result.changed, full: false };
}

function prepareUpdate(
  previous: TextMap,
  dirty: Iterable<Node>,
): { full: () => TextMapUpdate } | { state: ReaderState; root: Element; oldNodes: Set<Text>; dirtyTexts: Set<Node> } {
  const internal = previous as TextMap & { [STATE]?: ReaderState; [SEGS]?: Segment[] };
  const state = internal[STATE];
  const oldSegs = internal[SEGS];
  if (!state || !oldSegs) throw new Error('not a TextMap of readArticleText');
  const root = previous.root;
  if (!root.isConnected) {
    return {
      full: () => {
        const map = readArticleText(state.doc, undefined, state.options);
        return { map, changed: map.text ? [{ start: 0, end: map.text.length }] : [], full: true };
      },
    };
  }
  const dirtyTexts = new Set<Node>();
  for (const d of dirty) {
    if (d.nodeType === TEXT_NODE || d.nodeType === CDATA_NODE) dirtyTexts.add(d);
    let el: Element | null = d.nodeType === ELEMENT_NODE ? (d as Element) : d.parentElement;
    // Forget the cached block holding the change, and any cached block around it.
    while (el) {
      state.cache.delete(el);
      if (el === root) break;
      el = el.parentElement;
    }
  }
  const oldNodes = new Set<Text>();
  for (const s of oldSegs) oldNodes.add(s.node);
  return { state, root, oldNodes, dirtyTexts };
}
