// The text a person sees on a page, collected within a budget: no script,
// style, template, <option> or other form controls, nothing hidden (by
// attribute, inline style or, where the browser can tell, computed style).
import { isHiddenByAttributes } from './skip';

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

/**
 * Hidden by its own style: display:none, or the element where visibility:hidden
 * starts. Only the element's own style counts, not its ancestors' above the
 * walk's root: a saved or still-loading page that hides <html> or <body> until
 * its scripts run is read as it will be shown.
 */
function isHidden(el: Element): boolean {
  if (isHiddenByAttributes(el)) return true;
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  try {
    const cs = view.getComputedStyle(el);
    if (cs.display === 'none') return true;
    if (cs.visibility === 'hidden' || cs.visibility === 'collapse') {
      const parent = el.parentElement;
      return !parent || view.getComputedStyle(parent).visibility === 'visible';
    }
  } catch {
    // an exotic element: read it
  }
  return false;
}

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
      } else if (linkBudget && node.parentElement?.closest('a[href]')) {
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
      // Element-level checks only where they can matter: an element that holds something.
      if (!INVISIBLE_TAGS.has(tag) && el.firstChild && !(options.skip?.(el) ?? false) && !isHidden(el)) descend = true;
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
    }
  }
  return { text: collapse(pieces), truncated: false };
}

/** Text nodes joined as the page shows them, white space runs as one space ("North\n  Korea" reads "North Korea"). */
const collapse = (pieces: string[]): string => pieces.join('').replace(/\s+/g, ' ');
