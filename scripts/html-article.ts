// The command line's reading of an .html file, as the content script reads the
// page in Chromium: jsdom's parser follows the HTML standard's parsing
// algorithm, as Chromium's does (foreign content such as <svg><style> included),
// page scripts never run, nothing is fetched. Then the same article region and
// text map as the extension.
import { JSDOM, VirtualConsole } from 'jsdom';
import { readPublished } from '../lib/page/metadata';
import { readArticleText } from '../lib/page/text-map';

export interface HtmlArticle {
  text: string;
  /** The publication date the page gives, or null. */
  published: string | null;
}

/** Parse `html` (no scripts, no loads) and read its article text and date. Throws on a page it cannot parse. */
export function readHtmlArticle(html: string): HtmlArticle {
  // A quiet console: the page's CSS jsdom cannot parse is not an error of ours.
  const dom = new JSDOM(html, { url: 'https://localhost/', virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    // jsdom resolves only part of CSS: hidden-by-stylesheet text is judged by attributes and inline styles, as the region does.
    return { text: readArticleText(doc, undefined, { computedStyle: false }).text, published: readPublished(doc) };
  } finally {
    dom.window.close();
  }
}
