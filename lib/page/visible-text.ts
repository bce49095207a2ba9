// The text a person sees on a page, collected within a budget: no script,
// style, template, <option> or other form controls, nothing hidden (by
// attribute, inline style or, where the browser can tell, computed style).
import { isBlockDisplay, isHiddenByAttributes } from './skip';

/** Elements whose text no reader sees as text of the page. */
const INVISIBLE_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'OPTION',
  'OPTGROUP',
  'SELECT',
  'DATALIST',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'MATH',
]);

export interface VisibleTextOptions {
  /** Characters of visible text collected at most. */
  maxChars: number;
  /** Nodes visited at most. Default 1,000,000. */
  maxNodes?: number;
  /** Also leave out these elements with their subtree (the article region's dropped containers). */
  skip?: (el: Element) => boolean;
  /**
   * Text inside links counts against its own budget, this many characters (default: `maxChars`), not
   * against `maxChars`: a page of a million teaser links before its article still has its article read.
   */
  maxLinkChars?: number;
}

export interface VisibleText {
  text: string;
  /** True when a budget stopped the walk before the end. */
  truncated: boolean;
}

/** Where a block or a <br> parts the text (U+2029, a paragraph separator: white space to `\\s`). */
const BREAK = '\u2029';

/** Block tags, for a document without computed style (the text map's full list is in blocks.ts). */
const BLOCK_FALLBACK =
  /^(P|DIV|LI|[OUD]L|D[DT]|H[1-6]|T[DHR]|TABLE|ARTICLE|SECTION|MAIN|NAV|HEADER|FOOTER|ASIDE|BLOCKQUOTE|PRE|FIGURE|FIGCAPTION)$/;

const HIDDEN = 0;
const INLINE = 1;
const BLOCK = 2;

/** Block or inline by the tag alone (tested only where no display is computed: one regular expression fewer to compile on a page). */
const kindByTag = (tag: string): typeof INLINE | typeof BLOCK => (BLOCK_FALLBACK.test(tag) ? BLOCK : INLINE);

/**
 * Hidden by its own style (display:none, or the element where visibility:hidden starts), else whether it is a
 * block (by its computed display, which the browser gives every element; by its tag without one). Only the element's own style counts, not its
 * ancestors' above the walk's root: a saved or still-loading page that hides <html> or <body> until its
 * scripts run is read as it will be shown.
 */
function kindOf(el: Element, tag: string): typeof HIDDEN | typeof INLINE | typeof BLOCK {
  if (isHiddenByAttributes(el)) return HIDDEN;
  // Without computed style (a document with no window, an engine that computes no display): the common block tags.
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return kindByTag(tag);
  try {
    const cs = view.getComputedStyle(el);
    if (cs.display === 'none') return HIDDEN;
    if (cs.visibility === 'hidden' || cs.visibility === 'collapse') {
      const parent = el.parentElement;
      if (!parent || view.getComputedStyle(parent).visibility === 'visible') return HIDDEN;
    }
    // No display computed (an engine that knows no default for the tag): by its tag.
    if (cs.display === '') return kindByTag(tag);
    return isBlockDisplay(cs.display) ? BLOCK : INLINE;
  } catch {
    // an exotic element: read it
  }
  return kindByTag(tag);
}

const isHidden = (el: Element): boolean => kindOf(el, el.tagName.toUpperCase()) === HIDDEN;

/** An element whose text no reader sees (a script, a style, a template, an option, a hidden element). */
export function isInvisibleElement(el: Element): boolean {
  return INVISIBLE_TAGS.has(el.tagName.toUpperCase()) || isHidden(el);
}

/** Visible text under `root`, as a generator that pauses every 256 nodes. */
export function* visibleTextSteps(root: Element, options: VisibleTextOptions): Generator<void, VisibleText, void> {
  const maxNodes = options.maxNodes ?? 1_000_000;
  const pieces: string[] = [];
  const linkBudget = options.maxLinkChars !== undefined;
  const maxLinkChars = options.maxLinkChars ?? 0;
  let chars = 0;
  let linkChars = 0;
  let visited = 0;
  /**
   * For each element descended into below the root: 1 when it is a block (its end parts text too), plus 2 when
   * it is a link (`a[href]`); `inLinks`: how many links the walk is inside.
   */
  const open: number[] = [];
  // The root itself, or what holds it, may be a link already.
  let inLinks = linkBudget && root.closest('a[href]') ? 1 : 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if ((++visited & 255) === 0) yield;
    if (visited > maxNodes) return { text: collapse(pieces), truncated: true };
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      // White space between blocks still parts their words ("Seoul" and "North Korea" stay two words).
      if (data.trim() === '') {
        if (data.length > 0) pieces.push(' ');
      } else if (linkBudget && inLinks > 0) {
        // Link text (menus, teasers): its own budget; past it, links are passed over.
        if (linkChars < maxLinkChars) {
          const room = maxLinkChars - linkChars;
          // A cut word is not glued to the next text.
          pieces.push(data.length > room ? `${data.slice(0, room)} ` : data);
          linkChars += Math.min(room, data.length);
        }
      } else {
        const room = options.maxChars - chars;
        pieces.push(data.length > room ? data.slice(0, room) : data);
        chars += Math.min(room, data.length);
        if (chars >= options.maxChars) return { text: collapse(pieces), truncated: true };
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') pieces.push(BREAK);
      // Element-level checks only where they can matter: an element that holds something.
      else if (!INVISIBLE_TAGS.has(tag) && el.firstChild && !(options.skip?.(el) ?? false)) {
        const kind = kindOf(el, tag);
        if (kind !== HIDDEN) {
          descend = true;
          // A block parts its text from what comes before it and after it ("Menu" and "North Korea" stay apart).
          if (kind === BLOCK) pieces.push(BREAK);
          // Links kept on the walk's stack, not looked up per text node (`closest` climbs every ancestor each time).
          const link = tag === 'A' && el.hasAttribute('href') ? 2 : 0;
          open.push((kind === BLOCK ? 1 : 0) | link);
          if (link) inLinks++;
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    let n: Node | null = node;
    node = null;
    while (n && n !== root) {
      if (n.nextSibling) {
        node = n.nextSibling;
        break;
      }
      n = n.parentNode;
      if (n && n !== root) {
        const was = open.pop()!;
        if (was & 1) pieces.push(BREAK);
        if (was & 2) inLinks--;
      }
    }
  }
  return { text: collapse(pieces), truncated: false };
}

/**
 * Text nodes joined as the page shows them: a run of white space is one space ("North\n  Korea" reads "North
 * Korea"), or one line break where a block or a <br> parts it.
 */
const collapse = (pieces: string[]): string =>
  pieces
    .join('')
    // Two replacements by strings, no callback per run (a page has a run between every two words).
    .replace(/[^\S\u2029]+/g, ' ')
    .replace(/ ?\u2029[\u2029 ]*/g, '\n')
    .trim();
