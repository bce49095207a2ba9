// The article region a reader would draw round the story: which element holds
// the article, and which containers inside it are not the article (comments,
// streams of other stories, related and promoted links, galleries, share bars,
// bylines, link lists).
//
// Scoring after Mozilla Readability (class and id weights, paragraphs scored
// by length and commas and credited to their ancestors, link density, the
// parent taken when it scores higher, siblings taken when they score well,
// conditional cleaning inside the root), but read-only on the live DOM: no
// clone, nothing moved, every element the text map reads is the page's own.
// The walk is iterative, visits each node once, and is a generator so that the
// async reader can give the page the main thread between slices.
import { ChunkedWeakMap, ChunkedWeakSet } from './chunked';
import { isHiddenByAttributes, SKIP_ROLES, SKIP_TAGS, tagSet } from './skip';

export interface ArticleRegion {
  /** The element read as the article. */
  root: Element;
  /** The element that scored highest (the root, or inside it); null on a fallback. */
  top: Element | null;
  /** True when no element scored as an article and the body is read (still without the dropped parts). */
  fallback: boolean;
  /** Outermost containers inside the root left out of the article text, in document order (the first 200). */
  dropped: Element[];
  /** Whether the text map leaves `el` (inside the root) and its subtree out. */
  isDropped(el: Element): boolean;
}

export interface RegionOptions {
  /** Nodes the scoring walk visits at most (then it scores what it saw). Default 2,000,000. */
  maxNodes?: number;
}

const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|outbrain|taboola|recirc|recommend|most-?read|most-?popular|trending|newsletter|gallery|carousel|stream|more-?stories|also-?read|teaser/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|gallery|carousel|recirc|recommend|teaser/i;
const SHARE = /(\b|_)(share|sharedaddy)(\b|_)/i;
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;
const UNLIKELY_ROLES = tagSet('menu menubar complementary navigation alert alertdialog dialog');

/** Elements a paragraph's text belongs to (Readability's DIV_TO_P_ELEMS: a div holding one of these is not a paragraph). */
const BLOCKISH = tagSet(
  'BLOCKQUOTE DL DIV IMG OL P PRE TABLE UL SECTION ARTICLE MAIN FIGURE LI H1 H2 H3 H4 H5 H6 HEADER FOOTER ASIDE NAV FORM TD TH TR DD DT ADDRESS HR BR',
);
const TEXTISH = tagSet('SPAN LI TD BLOCKQUOTE DL DIV IMG OL P PRE TABLE UL');
/** Elements whose own text is a paragraph that scores (Readability's tags to score, and divs holding text). */
const SCORE_TAGS = tagSet('P PRE TD DIV SECTION H2 H3 H4 H5 H6');
/** Characters of article text below which the region is looked for again with fewer rules (Readability's retry). */
const MIN_ARTICLE_CHARS = 500;
const HEADINGS = tagSet('H1 H2 H3 H4 H5 H6');
const CONDITIONAL = tagSet('FORM FIELDSET TABLE UL DIV');

const TAG_BASE: Record<string, number> = {
  DIV: 5,
  PRE: 3,
  TD: 3,
  BLOCKQUOTE: 3,
  ADDRESS: -3,
  OL: -3,
  UL: -3,
  DL: -3,
  DD: -3,
  DT: -3,
  LI: -3,
  FORM: -3,
  H1: -5,
  H2: -5,
  H3: -5,
  H4: -5,
  H5: -5,
  H6: -5,
  TH: -5,
};

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DEFAULT_MAX_NODES = 2_000_000;

const tagOf = (el: Element) => el.tagName.toUpperCase();

function matchString(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  return `${cls} ${el.id ?? ''}`;
}

/** Readability's class and id weight: -25 for a negative word, +25 for a positive one, each of class and id. */
export function classWeight(el: Element, flags: Flags = ALL_FLAGS): number {
  if (!flags.weight) return 0;
  let w = 0;
  const cls = el.getAttribute('class');
  if (cls) {
    if (NEGATIVE.test(cls)) w -= 25;
    if (POSITIVE.test(cls)) w += 25;
  }
  const id = el.id;
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}

/** An element that is not article text wherever it stands: comments, menus, sidebars, streams of other stories. */
export function isUnlikely(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'BODY' || tag === 'HTML' || tag === 'A' || tag === 'ARTICLE' || tag === 'MAIN') return false;
  const role = el.getAttribute('role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  if (el.getAttribute('aria-modal') === 'true' && role === 'dialog') return true;
  const s = matchString(el);
  if (s.length < 2) return false;
  return UNLIKELY.test(s) && !MAYBE.test(s);
}

/** Readability's flags: each retry of a page too short turns one more off. */
interface Flags {
  unlikely: boolean;
  weight: boolean;
  conditional: boolean;
}
const ALL_FLAGS: Flags = { unlikely: true, weight: true, conditional: true };
const RETRIES: Flags[] = [
  ALL_FLAGS,
  { unlikely: false, weight: true, conditional: true },
  { unlikely: false, weight: false, conditional: true },
  { unlikely: false, weight: false, conditional: false },
];

/**
 * Elements the scoring walk and the text map both leave out with their subtree. `plain`: the element has no
 * attributes at all (most of a page), so that nothing but its tag can leave it out.
 */
function isSkippedForScore(el: Element, tag: string, flags: Flags, plain: boolean): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  if (plain) return false;
  if (isHiddenByAttributes(el)) return true;
  const role = el.getAttribute('role');
  if (role !== null && SKIP_ROLES.has(role)) return true;
  return flags.unlikely && isUnlikely(el);
}

interface Stats {
  text: number;
  link: number;
  commas: number;
  p: number;
  img: number;
  li: number;
  input: number;
  embed: number;
  heading: number;
  textish: number;
  listText: number;
  dataTable: boolean;
}

const emptyStats = (): Stats => ({
  text: 0,
  link: 0,
  commas: 0,
  p: 0,
  img: 0,
  li: 0,
  input: 0,
  embed: 0,
  heading: 0,
  textish: 0,
  listText: 0,
  dataTable: false,
});

function addChild(parent: Stats, child: Stats, childTag: string, childEl: Element, paragraphDiv: boolean): void {
  parent.text += child.text;
  if (childTag === 'A') {
    const href = childEl.getAttribute('href');
    parent.link += href?.startsWith('#') ? child.text * 0.3 : child.text;
  } else parent.link += child.link;
  parent.commas += child.commas;
  parent.p += child.p + (childTag === 'P' || paragraphDiv ? 1 : 0);
  parent.img += child.img + (childTag === 'IMG' ? 1 : 0);
  parent.li += child.li + (childTag === 'LI' ? 1 : 0);
  parent.input += child.input + (childTag === 'INPUT' ? 1 : 0);
  parent.embed += child.embed + (childTag === 'OBJECT' || childTag === 'EMBED' || childTag === 'IFRAME' ? 1 : 0);
  parent.heading += HEADINGS.has(childTag) ? child.text : child.heading;
  parent.textish += TEXTISH.has(childTag) ? child.text : child.textish;
  parent.listText += childTag === 'UL' || childTag === 'OL' ? child.text : child.listText;
  parent.dataTable ||= child.dataTable || (childTag === 'TABLE' && isDataTable(childEl));
}

/** A table of data rather than of layout (Readability's test, shortened). */
function isDataTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation' || table.getAttribute('datatable') === '0') return false;
  if (table.getAttribute('summary')) return true;
  return table.querySelector(':scope > caption, :scope > thead, th, col, colgroup, tfoot') !== null;
}

interface Frame {
  el: Element;
  tag: string;
  /** The element has no attributes (no class, id, role, style…): the checks of its marks are passed over. */
  plain: boolean;
  stats: Stats;
  /** The paragraph the element's own text belongs to: the nearest block-level frame (itself included), else the walk's top. */
  para: Frame;
  /** The element's candidate, once a paragraph inside it has scored it (the scoring walk's). */
  cand: Candidate | null;
  /** Text of text nodes whose nearest element is block-level this one (Readability's paragraph text). */
  own: number;
  ownCommas: number;
  hasBlockChild: boolean;
  /** A descendant is a blockquote, dl, div, img, ol, p, pre, table or ul: else a div is a paragraph to Readability. */
  hasBlockDesc: boolean;
  /** The element or an ancestor is a figure (kept here: `closest` per element is quadratic on deep nesting). */
  inFigure: boolean;
  /** The nearest table holding the element (itself included), or null. */
  table: Element | null;
}

const DIV_TO_P = tagSet('BLOCKQUOTE DL DIV IMG OL P PRE TABLE UL');
/** A div Readability turns into a paragraph: one with no block inside. */
const isParagraphDiv = (f: Frame) => f.tag === 'DIV' && !f.hasBlockDesc;

interface Candidate {
  el: Element;
  score: number;
  stats: Stats | null;
}

/** Walk the subtree of `top` in document order, skipping with `skip`, calling `exit` on each element left (post-order). */
function* walkStats(
  top: Element,
  skip: (el: Element, tag: string, plain: boolean) => boolean,
  exit: (frame: Frame, parent: Frame | undefined, stack: Frame[]) => void,
  budget: { nodes: number },
): Generator<void, boolean, void> {
  const first: Frame = {
    el: top,
    tag: tagOf(top),
    plain: !top.hasAttributes(),
    stats: emptyStats(),
    para: null as unknown as Frame,
    cand: null,
    own: 0,
    ownCommas: 0,
    hasBlockChild: false,
    hasBlockDesc: false,
    inFigure: top.closest('figure') !== null,
    table: top.closest('table'),
  };
  first.para = first;
  const stack: Frame[] = [first];
  let node: Node | null = top.firstChild;
  let count = 0;
  const leave = () => {
    const f = stack.pop()!;
    const parent = stack[stack.length - 1];
    exit(f, parent, stack);
    if (parent) {
      addChild(parent.stats, f.stats, f.tag, f.el, isParagraphDiv(f));
      parent.hasBlockDesc ||= f.hasBlockDesc || DIV_TO_P.has(f.tag);
    }
  };
  if (!node) leave();
  while (node) {
    if ((++count & 255) === 0) yield;
    if (--budget.nodes < 0) {
      while (stack.length > 0) leave();
      return false;
    }
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      let len = data.length;
      // Text of white space only counts for nothing (a cheap trim of both ends).
      let a = 0;
      while (a < len && data.charCodeAt(a) <= 32) a++;
      while (len > a && data.charCodeAt(len - 1) <= 32) len--;
      const n = len - a;
      if (n > 0) {
        const f = stack[stack.length - 1]!;
        f.stats.text += n;
        // Commas of long texts: counted in the first 100,000 characters only.
        const commas = (n > 100_000 ? data.slice(a, a + 100_000) : data).match(COMMAS)?.length ?? 0;
        f.stats.commas += commas;
        // The paragraph this text belongs to: the nearest block-level element.
        const g = f.para;
        if (SCORE_TAGS.has(g.tag)) {
          g.own += n;
          g.ownCommas += commas;
        }
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = tagOf(el);
      const parent = stack[stack.length - 1]!;
      if (BLOCKISH.has(tag)) parent.hasBlockChild = true;
      const plain = !el.hasAttributes();
      if (!skip(el, tag, plain)) {
        const frame: Frame = {
          el,
          tag,
          plain,
          stats: emptyStats(),
          para: parent.para,
          cand: null,
          own: 0,
          ownCommas: 0,
          hasBlockChild: false,
          hasBlockDesc: false,
          inFigure: parent.inFigure || tag === 'FIGURE',
          table: tag === 'TABLE' ? el : parent.table,
        };
        if (BLOCKISH.has(tag)) frame.para = frame;
        stack.push(frame);
        if (el.firstChild) descend = true;
        else leave();
      } else if (tag === 'IMG' || tag === 'INPUT' || tag === 'IFRAME' || tag === 'EMBED' || tag === 'OBJECT') {
        // Skipped, but counted where Readability counts them.
        addChild(parent.stats, emptyStats(), tag, el, false);
        if (tag === 'IMG') parent.hasBlockDesc = true;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    let n: Node | null = node;
    node = null;
    while (n) {
      if (n === top) break;
      if (n.nextSibling) {
        node = n.nextSibling;
        break;
      }
      n = n.parentNode;
      if (n && n !== top.parentNode) {
        leave();
        // Deep nesting closes thousands of elements at once: pause among them too.
        if ((++count & 255) === 0) yield;
      }
    }
  }
  while (stack.length > 0) leave();
  return true;
}

/** Readability's conditional cleaning: whether a form, table, list or div inside the article is not article text. */
function cleanConditionally(
  el: Element,
  tag: string,
  s: Stats,
  insideDataTable: boolean,
  flags: Flags,
  isFigureChild: boolean,
  plain: boolean,
): boolean {
  if (!flags.conditional) return false;
  if (tag === 'TABLE' && isDataTable(el)) return false;
  if (insideDataTable || s.dataTable) return false;
  const weight = plain ? 0 : classWeight(el, flags);
  if (weight < 0) return true;
  if (s.commas >= 10) return false;
  const isList = tag === 'UL' || tag === 'OL' || (s.text > 0 && s.listText / s.text > 0.9);
  const li = s.li - 100;
  const linkDensity = s.text > 0 ? s.link / s.text : 0;
  const headingDensity = s.text > 0 ? s.heading / s.text : 0;
  const textDensity = s.text > 0 ? s.textish / s.text : 0;
  let remove = false;
  if (!isFigureChild && s.img > 1 && s.p / s.img < 0.5) remove = true;
  else if (!isList && li > s.p) remove = true;
  else if (s.input > Math.floor(s.p / 3)) remove = true;
  else if (!isList && !isFigureChild && headingDensity < 0.9 && s.text < 25 && (s.img === 0 || s.img > 2) && linkDensity > 0) remove = true;
  else if (!isList && weight < 25 && linkDensity > 0.2) remove = true;
  else if (weight >= 25 && linkDensity > 0.5) remove = true;
  else if ((s.embed === 1 && s.text < 75) || s.embed > 1) remove = true;
  else if (s.img === 0 && textDensity === 0 && s.text > 0 && tag !== 'UL' && tag !== 'OL') remove = true;
  // A plain list of other stories: mostly links.
  if (!remove && (tag === 'UL' || tag === 'OL') && s.li >= 3 && linkDensity > 0.85) remove = true;
  return remove;
}

/**
 * The article region of `doc`, as a generator that pauses every few hundred
 * nodes (drain it with `findArticleRegion`, or in slices). Like Readability,
 * a region of less than 500 characters is looked for again with fewer rules;
 * the longest is kept.
 */
export function* articleRegionSteps(doc: Document, options: RegionOptions = {}): Generator<void, ArticleRegion, void> {
  const budget = { nodes: options.maxNodes ?? DEFAULT_MAX_NODES };
  let best: ArticleRegion & { chars: number } = { ...(yield* attempt(doc, ALL_FLAGS, budget)) };
  for (let i = 1; i < RETRIES.length && best.chars < MIN_ARTICLE_CHARS && budget.nodes > 0; i++) {
    const next = yield* attempt(doc, RETRIES[i]!, budget);
    if (next.chars > best.chars) best = next;
  }
  const { chars: _chars, ...region } = best;
  return region;
}

function* attempt(doc: Document, flags: Flags, budget: { nodes: number }): Generator<void, ArticleRegion & { chars: number }, void> {
  const body = doc.body ?? doc.documentElement;
  // In chunks, and listed apart: a page of 100,000 paragraphs makes as many candidates (see chunked.ts).
  const candidates = new ChunkedWeakMap<Element, Candidate>();
  const listed: Candidate[] = [];
  // A candidate is made for an element still on the walk's stack (a paragraph's ancestor): kept on its frame.
  const init = (f: Frame): Candidate => {
    let c = f.cand;
    if (!c) {
      c = { el: f.el, score: (TAG_BASE[f.tag] ?? 0) + (f.plain ? 0 : classWeight(f.el, flags)), stats: null };
      candidates.set(f.el, c);
      listed.push(c);
      f.cand = c;
    }
    return c;
  };

  yield* walkStats(
    body,
    (el, tag, plain) => isSkippedForScore(el, tag, flags, plain),
    (f, _parent, stack) => {
      const c = f.cand;
      if (c) c.stats = f.stats;
      if (f.own < 25) return;
      // A paragraph: its text goes to its ancestors (a div holding blocks is the paragraph's parent itself).
      const score = 1 + f.ownCommas + Math.min(Math.floor(f.own / 100), 3);
      const chain: Frame[] = [];
      if (f.hasBlockChild && f.tag === 'DIV') chain.push(f);
      for (let i = stack.length - 1; i >= 0 && chain.length < 5; i--) chain.push(stack[i]!);
      chain.forEach((a, level) => {
        if (a.el === doc.documentElement) return;
        const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
        init(a).score += score / divider;
      });
    },
    budget,
  );
  let top: Candidate | null = null;
  // The five best, kept in order as the candidates are scored (no sort of them all).
  const ranked: Candidate[] = [];
  for (let i = 0; i < listed.length; i++) {
    if ((i & 4095) === 4095) yield;
    const c = listed[i]!;
    const st = c.stats;
    const density = st && st.text > 0 ? st.link / st.text : 0;
    c.score *= 1 - density;
    if (!top || c.score > top.score) top = c;
    if (ranked.length < 5 || c.score > ranked[ranked.length - 1]!.score) {
      let at = ranked.length;
      while (at > 0 && ranked[at - 1]!.score < c.score) at--;
      ranked.splice(at, 0, c);
      if (ranked.length > 5) ranked.pop();
    }
  }
  yield;
  let root: Element = body;
  let siblingsLeft: Element[] = [];
  const protect = new Set<Element>();
  const fallback = !top || top.el === body || top.el === doc.documentElement;
  if (top && !fallback) {
    const chosen = chooseRoot(top, ranked, candidates, body);
    root = chosen.root;
    siblingsLeft = chosen.left;
    for (let p: Element | null = chosen.top; p && p !== root; p = p.parentElement) protect.add(p);
  }
  const region = yield* dropInside(root, fallback, siblingsLeft, protect, flags);
  return { ...region, top: fallback || !top ? null : protect.size > 0 ? [...protect][0]! : root };
}

function chooseRoot(
  top: Candidate,
  ranked: Candidate[],
  candidates: ChunkedWeakMap<Element, Candidate>,
  body: Element,
): { root: Element; top: Element; left: Element[] } {
  let best = top.el;
  let bestScore = top.score;
  // Several near-equal candidates under one ancestor: the ancestor is the article (`ranked`: the five best, best first).
  const alternatives = ranked
    .slice(1, 5)
    .filter((c) => c.score / top.score >= 0.75)
    .map((c) => c.el);
  if (alternatives.length >= 3) {
    let parent = best.parentElement;
    while (parent && parent !== body) {
      let holding = 0;
      for (const a of alternatives) if (parent.contains(a)) holding++;
      if (holding >= 3) {
        best = parent;
        bestScore = candidates.get(parent)?.score ?? bestScore;
        break;
      }
      parent = parent.parentElement;
    }
  }
  // A parent that scores higher holds more of the article.
  let parent = best.parentElement;
  let lastScore = bestScore;
  const threshold = lastScore / 3;
  while (parent && parent !== body) {
    const c = candidates.get(parent);
    if (!c) {
      parent = parent.parentElement;
      continue;
    }
    if (c.score < threshold) break;
    if (c.score > lastScore) {
      best = parent;
      bestScore = c.score;
      break;
    }
    lastScore = c.score;
    parent = parent.parentElement;
  }
  // An only child: its parent.
  while (best.parentElement && best.parentElement !== body && best.parentElement.children.length === 1) {
    best = best.parentElement;
    bestScore = candidates.get(best)?.score ?? bestScore;
  }
  // Siblings that score well (or read as paragraphs) belong to the article too: then the parent is read, without the rest.
  const holder = best.parentElement;
  if (!holder) return { root: best, top: top.el, left: [] };
  const siblingThreshold = Math.max(10, bestScore * 0.2);
  const topText = top.stats?.text ?? 0;
  const cls = best.getAttribute('class') ?? '';
  const kept: Element[] = [];
  const left: Element[] = [];
  let seen = 0;
  for (let sib = holder.firstElementChild; sib && seen < 2000; sib = sib.nextElementSibling, seen++) {
    if (sib === best) {
      kept.push(sib);
      continue;
    }
    const bonus = cls !== '' && sib.getAttribute('class') === cls ? bestScore * 0.2 : 0;
    const c = candidates.get(sib);
    let take = c !== undefined && c.score + bonus >= siblingThreshold;
    if (!take && sib.tagName.toUpperCase() === 'P') {
      const text = (sib.textContent ?? '').trim().replace(/\s+/g, ' ');
      let link = 0;
      for (const a of Array.from(sib.getElementsByTagName('a'))) link += (a.textContent ?? '').trim().length;
      const density = text.length > 0 ? link / text.length : 0;
      take = (text.length > 80 && density < 0.25) || (text.length > 0 && text.length < 80 && density === 0 && /\.( |$)/.test(text));
    }
    // A sibling holding much prose (a continued article, a second section) though its paragraphs sit deep.
    if (!take && !isUnlikely(sib) && !SKIP_TAGS.has(sib.tagName.toUpperCase())) take = isProse(sib, topText);
    (take ? kept : left).push(sib);
  }
  const chosen = kept.length === 1 ? { root: best, top: top.el, left: [] as Element[] } : { root: holder, top: top.el, left };
  return topText < MIN_ARTICLE_CHARS ? widenShort(chosen, topText, body) : chosen;
}

/**
 * A top candidate shorter than an article (a box of a few lines that won on its
 * class or tag: a notice inside a product page's first section) stands for a
 * region too narrow: the root's own siblings that hold prose (the page's next
 * sections) join it, as Readability's retry of a short article reaches the
 * element holding them all.
 */
function widenShort(
  chosen: { root: Element; top: Element; left: Element[] },
  topText: number,
  body: Element,
): { root: Element; top: Element; left: Element[] } {
  const holder = chosen.root.parentElement;
  if (!holder || holder === body || holder === body.parentElement) return chosen;
  const left: Element[] = [...chosen.left];
  let taken = 0;
  let seen = 0;
  for (let sib = holder.firstElementChild; sib && seen < 2000; sib = sib.nextElementSibling, seen++) {
    if (sib === chosen.root) continue;
    const take = !isUnlikely(sib) && !SKIP_TAGS.has(sib.tagName.toUpperCase()) && isProse(sib, topText);
    if (take) taken++;
    else left.push(sib);
  }
  return taken > 0 ? { root: holder, top: chosen.top, left } : chosen;
}

/** Prose of its own: at least a quarter of the top candidate's text, in paragraphs, few of its words in links. */
function isProse(el: Element, topText: number): boolean {
  if (topText <= 0) return false;
  const ps = el.getElementsByTagName('p');
  if (ps.length < 2) return false;
  let text = 0;
  let link = 0;
  for (let i = 0; i < ps.length && i < 500; i++) {
    const p = ps[i]!;
    text += (p.textContent ?? '').length;
    const links = p.getElementsByTagName('a');
    for (let j = 0; j < links.length && j < 50; j++) link += (links[j]!.textContent ?? '').length;
  }
  return text >= topText * 0.25 && link / Math.max(1, text) < 0.25;
}

/** Conditional cleaning and the rest inside `root`: the containers the text map leaves out. */
function* dropInside(
  root: Element,
  fallback: boolean,
  siblingsLeft: Element[],
  protect: Set<Element>,
  flags: Flags,
): Generator<void, Omit<ArticleRegion, 'top'> & { chars: number }, void> {
  // Chunked (chunked.ts): a walk of 300,000 elements records them all.
  const dropped = new ChunkedWeakSet<Element>();
  const droppedList: Element[] = [];
  const drop = (el: Element) => {
    dropped.add(el);
    droppedList.push(el);
  };
  for (const el of siblingsLeft) drop(el);
  // Elements walked and kept though their marks alone would drop them (the top candidate's line, a data
  // table, a paragraph div): the only ones `isDropped` must remember besides the dropped. Not a set of every
  // element seen: a weak set of 300,000 elements costs the garbage collector long pauses.
  const kept = new Set<Element>();
  const keepDespiteMarks = (el: Element, tag: string, text: () => number) => {
    if (marksDrop(el, tag, flags, text)) kept.add(el);
  };
  const dataTables = new Map<Element, boolean>();
  let chars = 0;
  yield* walkStats(
    root,
    (el, tag, plain) => {
      if (dropped.has(el)) return true;
      if (isSkippedForScore(el, tag, flags, plain) && !protect.has(el)) {
        // Left out here and by the text map alike (a script, a hidden element: the text map skips those itself).
        if (!SKIP_TAGS.has(tag)) drop(el);
        return true;
      }
      return false;
    },
    (f, parent) => {
      if (f.el === root) {
        chars = f.stats.text;
        return;
      }
      if (!protect.has(f.el) && !isParagraphDiv(f) && droppedHere(f, parent, flags, dataTables)) {
        drop(f.el);
        // A dropped child's text is not the parent's: start its stats afresh.
        f.stats = emptyStats();
      } else if (!f.plain) {
        const text = f.stats.text;
        keepDespiteMarks(f.el, f.tag, () => text);
      }
    },
    { nodes: 2_000_000 },
  );
  // Outermost only, in document order (for reports; a few hundred at most).
  const outer: Element[] = [];
  let looked = 0;
  for (const el of droppedList) {
    if (outer.length >= 200) break;
    if ((++looked & 1023) === 0) yield;
    let inner = false;
    for (let p = el.parentElement; p && p !== root && !inner; p = p.parentElement) inner = dropped.has(p);
    if (!inner) outer.push(el);
  }
  const isDropped = (el: Element): boolean => {
    if (el === root) return false;
    if (dropped.has(el)) return true;
    if (kept.has(el)) return false;
    // Walked and kept (its marks say nothing), or added since (a comment thread loaded late): judged by its marks.
    return marksDrop(el, tagOf(el), flags, textLength(el));
  };
  return { root, fallback, dropped: outer, isDropped, chars };
}

/** Whether an element's own marks (class, id, role, rel, itemprop) leave it out, without the walk's statistics. */
function marksDrop(el: Element, tag: string, flags: Flags, text: () => number): boolean {
  // Most elements carry none of the marks: no string built for them.
  if (!el.hasAttribute('class') && !el.id && !el.hasAttribute('role') && !el.hasAttribute('rel') && !el.hasAttribute('itemprop'))
    return false;
  if (flags.unlikely && isUnlikely(el)) return true;
  if (flags.conditional && CONDITIONAL.has(tag) && classWeight(el, flags) < 0) return true;
  return isByline(el, tag, text) || isShareBar(el, text);
}

/** Characters of an element's text (trimmed), read lazily: a huge element is not copied for a length. */
const textLength = (el: Element) => () => (el.textContent ?? '').trim().length;

/** A byline (`text`: the element's text length, at hand from the walk's stats or read when asked). */
function isByline(el: Element, tag: string, text: () => number): boolean {
  if (tag === 'A' || tag === 'P' || HEADINGS.has(tag)) return false;
  const rel = el.getAttribute('rel');
  const itemprop = el.getAttribute('itemprop');
  if (!(rel === 'author' || itemprop?.includes('author') || BYLINE.test(matchString(el)))) return false;
  const n = text();
  return n > 0 && n < 100;
}

function isShareBar(el: Element, text: () => number): boolean {
  const s = matchString(el);
  if (!SHARE.test(s)) return false;
  return text() < 500;
}

function droppedHere(f: Frame, parent: Frame | undefined, flags: Flags, dataTables: Map<Element, boolean>): boolean {
  const { el, tag, stats: s, plain } = f;
  // Bylines, share bars and headings are known by their marks: an element with no attributes has none.
  if (!plain) {
    const text = () => s.text;
    if (isByline(el, tag, text) || isShareBar(el, text)) return true;
    if ((tag === 'H1' || tag === 'H2') && classWeight(el, flags) < 0) return true;
  }
  if (!CONDITIONAL.has(tag)) return false;
  // The nearest table above the element (from the walk's frames: `closest` per element is quadratic on deep nesting).
  const table = parent ? parent.table : (el.parentElement?.closest('table') ?? null);
  let inside = false;
  if (table) {
    let known = dataTables.get(table);
    if (known === undefined) dataTables.set(table, (known = isDataTable(table)));
    inside = known;
  }
  return cleanConditionally(el, tag, s, inside, flags, f.inFigure, plain);
}

/** Drain the region walk at once (tests, the command line). */
export function findArticleRegion(doc: Document, options: RegionOptions = {}): ArticleRegion {
  const steps = articleRegionSteps(doc, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
