// A paragraph of our own about the troops, put into the article body of a saved
// page (the page's scripts taken out: a saved page's scripts would only fail
// offline), and a publication date inside the bundled corpus's span.
import { JSDOM, VirtualConsole } from 'jsdom';
import { tokens, type TestPage } from './pages';

/** Our own words: two figures the bundled corpus also reports (South Korea's count of January 2025). */
export const TROOPS_PARAGRAPH =
  "South Korea's spy agency told lawmakers this week that about 300 North Korean soldiers have been killed in Russia's Kursk region and that about 2,700 have been wounded.";
export const TROOPS_FIGURES = ['about 300', 'about 2,700'];
/** A date inside the bundled corpus's span (its articles are of 23 December 2024 to 13 January 2025). */
export const TROOPS_PUBLISHED = '2025-01-14';

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The middle one of the paragraphs of body text (80 characters or more) of Readability's expected
 * article: where a reader's eye is surely in the article body (the first may be a photo caption or a
 * columnist's box, the last ones comments, which some expected outputs go on into); the longest
 * paragraph when none is that long.
 */
function anchorText(expectedHtml: string): string | null {
  const dom = new JSDOM(`<body>${expectedHtml}</body>`, { virtualConsole: new VirtualConsole() });
  let longest = '';
  const body: string[] = [];
  for (const p of Array.from(dom.window.document.querySelectorAll('p, li, td, div, pre'))) {
    if (p.querySelector('p, div, li, td, pre')) continue;
    const t = normal(p.textContent ?? '');
    if (t.length >= 80) body.push(t);
    if (t.length > longest.length) longest = t;
  }
  dom.window.close();
  const best = body[Math.floor(body.length / 2)] ?? longest;
  return best.length >= 20 ? best : null;
}

export interface PreparedPage {
  html: string;
  /** False when the expected article's paragraph could not be found in the page. */
  inserted: boolean;
}

/** The saved page without its scripts, with TROOPS_PARAGRAPH after the middle paragraph of the article's body text (when `insert`). */
export function preparePage(page: TestPage, insert: boolean): PreparedPage {
  // A quiet console: jsdom's complaints about the pages' CSS are not ours.
  const dom = new JSDOM(page.source, { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  for (const s of Array.from(doc.querySelectorAll('script'))) s.remove();
  let inserted = false;
  if (insert) {
    const anchor = anchorText(page.expected);
    if (anchor) {
      const probe = normal(anchor).slice(0, 60);
      // The innermost block of the page holding the start of that paragraph.
      const blocks = Array.from(doc.body?.querySelectorAll('p, li, td, pre, div, section, article') ?? []);
      let target: Element | null = null;
      for (const el of blocks) {
        if (normal(el.textContent ?? '').includes(probe)) target = el;
      }
      if (target) {
        const p = doc.createElement('p');
        p.textContent = TROOPS_PARAGRAPH;
        if (target.tagName === 'P' || target.tagName === 'LI' || target.tagName === 'TD' || target.tagName === 'PRE') target.after(p);
        else target.append(p);
        inserted = true;
      }
    }
    const meta = doc.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.setAttribute('content', TROOPS_PUBLISHED);
    doc.head?.prepend(meta);
  }
  const html = dom.serialize();
  dom.window.close();
  return { html, inserted };
}

/** Whether `text` holds the paragraph (white space aside). */
export const holdsParagraph = (text: string): boolean => normal(text).includes(normal(TROOPS_PARAGRAPH));

/** Word count of a text, for reports. */
export const wordCount = (text: string): number => tokens(text).length;
