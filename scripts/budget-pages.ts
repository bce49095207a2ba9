// Hostile pages for the page-work budget (no task of Tallymark's over 50 ms),
// all our own words: 600,000 nodes of other matter with the article last, and
// an article whose one text node holds 5 MB.
import { escapeHtml } from './news-pages';

const STORY =
  "Ukraine's military intelligence said 5,000 North Korean soldiers had been killed in the Kursk region, and Seoul said about 300 had been killed by January.";

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="article:published_time" content="2025-01-14"><meta property="og:site_name" content="The Example Budget Desk">
</head><body>${body}</body></html>`;
}

/** `nodes` nodes (about) of menus, link lists and teasers before the article, which comes last. */
export function renderArticleLastPage(nodes = 600_000): string {
  const items = Math.max(1, Math.floor(nodes / 4));
  const filler = `<div class="rail">${'<div class="teaser"><a href="/x">Other story</a></div>'.repeat(items)}</div>`;
  const article = `<article><h1>Troops in Kursk</h1><p>${STORY}</p><p>${STORY.replace('January', 'February')}</p></article>`;
  return page('Article last', `${filler}\n${article}`);
}

/** An article whose second paragraph is one text node of `bytes` characters (words and runs of spaces). */
export function renderHugeTextNodePage(bytes = 5_000_000): string {
  const unit = 'words  and\tspaces ';
  const huge = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  return page('Huge text node', `<article><h1>Troops in Kursk</h1><p>${STORY}</p><p>${huge}</p></article>`);
}
