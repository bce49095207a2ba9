// The hostile pages of tests/e2e/hostile.test.ts: each one of our own news
// pages about the troops (our words, figures that the bundled corpus
// contradicts or confirms), with one attack added. A payload, if it ever runs,
// counts itself in `window.__ran` (or asks for /pwned, a request the test sees).
import { escapeHtml } from '../../scripts/news-pages';

export interface HostileCase {
  name: string;
  /** What the case attacks and what it must not achieve. */
  checks: string;
  /** Extra markup in <head>. */
  head?: string;
  /** The article markup (default: ARTICLE). */
  article?: string;
  /** A script at the end of <body> (runs before Tallymark, which starts at document_idle). */
  script?: string;
  /** A Content-Security-Policy header for the page. */
  csp?: string;
  /** The <title> (default one about the troops); raw HTML-escaped text. */
  title?: string;
  /** <html dir>. */
  dir?: 'rtl';
  /** Whether Tallymark is expected to paint figures on it (default true). */
  paints?: boolean;
  /** The canonical / og:url (raw, escaped into the attribute). */
  canonical?: string;
  siteName?: string;
  /** A page so big that loading and reading it takes seconds on a loaded machine: the paint is waited for longer. */
  big?: boolean;
}

/** A payload in text: it runs only if someone makes HTML of it. */
export const P = `<img src="/pwned?img" onerror="window.__ran=(window.__ran||0)+1"><script>window.__ran=(window.__ran||0)+1</script>`;
const pe = escapeHtml(P);

export const ARTICLE = `<article>
<h1>North Korean troops in Kursk: the counts we made up</h1>
<p>Seoul's spy agency told lawmakers that more than 3,000 North Korean soldiers had been killed in the fighting.</p>
<p>An officer said about 300 North Korean soldiers were killed, our made-up paper reported.</p>
<p>Two North Korean soldiers were captured and taken to Kyiv, officials said.</p>
</article>`;

export function renderHostile(c: HostileCase): string {
  const title = c.title ?? 'North Korean troops: a hostile test page';
  const canonical =
    c.canonical !== undefined
      ? `<link rel="canonical" href="${escapeHtml(c.canonical)}"><meta property="og:url" content="${escapeHtml(c.canonical)}">`
      : '';
  const site = c.siteName !== undefined ? `<meta property="og:site_name" content="${escapeHtml(c.siteName)}">` : '';
  return `<!doctype html>
<html lang="en"${c.dir ? ` dir="${c.dir}"` : ''}><head><meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta property="article:published_time" content="2025-01-14T08:00:00Z">
${canonical}${site}${c.head ?? ''}
</head><body>
<header><a href="/">The Hostile Example</a></header>
<main>${c.article ?? ARTICLE}</main>
<footer>Our own words, for tests.</footer>
${c.script ? `<script>${c.script}</script>` : ''}
</body></html>`;
}

/** The events WXT listens for, by the extension's id (a published extension's id is public). */
const startedEvent = (id: string) => `${id}:content:wxt:content-script-started`;
const locationEvent = (id: string) => `${id}:content:wxt:locationchange`;

/** The cases, given the extension's id (for the forged events). */
export function hostileCases(extensionId: string): HostileCase[] {
  const started = JSON.stringify(startedEvent(extensionId));
  const location = JSON.stringify(locationEvent(extensionId));
  return [
    {
      name: 'xss-sentence',
      checks: 'payloads in the sentence around a figure are shown as text',
      article: `<article><h1>North Korean troops</h1><p>Seoul said ${pe} more than 3,000 North Korean soldiers had been killed ${pe} in the fighting.</p><p>About 300 North Korean soldiers were killed, an officer said ${pe}.</p></article>`,
    },
    {
      name: 'xss-title',
      checks: 'payloads in <title> and og:title',
      title: `North Korean troops ${P}`,
      head: `<meta property="og:title" content="${pe} North Korea">`,
    },
    {
      name: 'xss-site-name',
      checks: "a payload as og:site_name is kept as text (the page's claim)",
      siteName: `"><img src=/pwned?site onerror=window.__ran=1>`,
    },
    {
      name: 'canonical-javascript',
      checks: 'a javascript: canonical and og:url are never stored or linked',
      canonical: 'javascript:window.__ran=(window.__ran||0)+1',
    },
    { name: 'canonical-data', checks: 'a data: canonical', canonical: `data:text/html,${P}` },
    {
      name: 'canonical-other-site',
      checks: 'a canonical on another site (reuters.com) with its name: filed under 127.0.0.1',
      canonical: 'https://www.reuters.com/world/spoof',
      siteName: 'Reuters',
    },
    {
      name: 'json-ld-hostile',
      checks: 'JSON-LD with a payload publisher, a bad date and deep nesting',
      head: `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', datePublished: '2025-02-30', publisher: { name: P }, '@graph': Array.from({ length: 2000 }, () => ({ mainEntity: { x: P } })) }).replace(/</g, '\\u003c')}</script>`,
    },
    {
      name: 'figure-in-javascript-link',
      checks: "a figure inside a javascript: link: the link is the page's, nothing of ours follows it",
      article: `<article><h1>North Korean troops</h1><p>Seoul said <a href="javascript:window.__ran=(window.__ran||0)+1">more than 3,000 North Korean soldiers</a> had been killed.</p><p>About 300 North Korean soldiers were killed, an officer said.</p></article>`,
    },
    {
      name: 'tamper-css-highlights',
      checks: "the page replaces CSS.highlights' methods and Highlight in its world, after clearing the registry",
      script: `try { const h = CSS.highlights; h.set = () => { throw new Error('page: no'); }; h.get = () => undefined; h.clear(); h.clear = () => { throw new Error('page: no'); }; window.Highlight = function () { throw new Error('page: no'); }; } catch {}`,
    },
    {
      name: 'tamper-range',
      checks: 'the page breaks Range and Selection in its own world',
      script: `try { Range.prototype.getClientRects = () => { throw new Error('page: no'); }; Range.prototype.setStart = () => { throw new Error('page: no'); }; document.createRange = () => null; window.getSelection = () => null; } catch {}`,
    },
    {
      name: 'tamper-mutation-observer',
      checks: 'the page replaces MutationObserver and keeps mutating the article',
      script: `try { window.MutationObserver = function () { throw new Error('page: no'); }; let n = 0; const t = setInterval(() => { const p = document.createElement('p'); p.textContent = 'Filler ' + n; document.getElementById('page-owned').appendChild(p); if (++n > 20) clearInterval(t); }, 100); } catch {}`,
      article: ARTICLE.replace('</article>', '<div id="page-owned"></div></article>'),
    },
    {
      name: 'tamper-builtins',
      checks: 'the page breaks Array, JSON, Promise, String, Object and Function built-ins in its world',
      script: `try { const no = () => { throw new Error('page: no'); }; Array.prototype.map = no; Array.prototype.push = no; JSON.parse = no; JSON.stringify = no; String.prototype.indexOf = no; Object.defineProperty = no; Object.prototype.__tm_polluted = 'yes'; Object.prototype.url = 'javascript:window.__ran=1'; Function.prototype.call = no; window.Promise = no; window.fetch = no; window.postMessage = no; } catch {}`,
    },
    {
      name: 'dom-clobbering',
      checks: 'named elements that shadow document.querySelector, getElementById, body, CSS',
      article: `${ARTICLE}<form name="querySelector"></form><img name="getElementById" src="/favicon.ico"><form id="CSS"></form><img name="createRange" src="/favicon.ico"><a id="location" href="javascript:window.__ran=1">x</a>`,
    },
    {
      name: 'csp-none',
      checks: "Content-Security-Policy default-src 'none' (no scripts, styles or images of the page's own)",
      csp: "default-src 'none'",
    },
    {
      name: 'open-shadow-dom',
      checks: 'the article inside an open shadow root (not read there: the light DOM still is)',
      article: `<div id="host"></div><p>Seoul said more than 3,000 North Korean soldiers had been killed.</p>`,
      script: `const root = document.getElementById('host').attachShadow({ mode: 'open' }); root.innerHTML = ${JSON.stringify(ARTICLE)} + ${JSON.stringify(pe)};`,
    },
    {
      name: 'iframes',
      checks: 'a same-origin and a srcdoc iframe with payloads beside the article (only the top page is read)',
      article: `${ARTICLE}<iframe src="/frame"></iframe><iframe srcdoc="${escapeHtml(`<p>North Korean troops: 9,000 were killed ${pe}</p>`)}"></iframe>`,
    },
    {
      name: 'contenteditable',
      checks: 'the article is contenteditable',
      article: ARTICLE.replace('<article>', '<article contenteditable="true">'),
    },
    {
      name: 'rtl-bidi',
      checks: 'a right-to-left page with bidi overrides and zero-width characters around figures',
      dir: 'rtl',
      article: `<article><h1>North Korean troops</h1><p>\u202eSeoul said\u202c more than 3,000 North Korean soldiers had been killed\u200b\u200d in the fighting.</p><p>\u05e9\u05dc\u05d5\u05dd about 300 North Korean soldiers were killed \u0645\u0631\u062d\u0628\u0627.</p></article>`,
    },
    {
      name: 'replaced-body',
      checks: 'the page replaces <body> with a new one after load',
      script: `setTimeout(() => { const b = document.createElement('body'); b.innerHTML = ${JSON.stringify(`<main>${ARTICLE}</main>`)}; document.body = b; }, 0);`,
    },
    {
      name: 'pushstate-spam',
      checks: 'pushState every 20 ms for 3 s: re-reads stay few (rate-limited), the page is still read',
      script: `let i = 0; const t = setInterval(() => { history.pushState({}, '', '?spam=' + (++i)); if (i > 150) clearInterval(t); }, 20);`,
    },
    {
      name: 'forged-started-event',
      checks: "the page forges WXT's content-script-started event (knowing the id): Tallymark is not switched off",
      script: `setInterval(() => document.dispatchEvent(new CustomEvent(${started}, { detail: { contentScriptName: 'content', messageId: 'forged' } })), 100);`,
    },
    {
      name: 'forged-location-change',
      checks: 'the page forges 100 location-change events (address unchanged): no re-read',
      script: `let i = 0; const t = setInterval(() => { window.dispatchEvent(new Event(${location})); if (++i >= 100) clearInterval(t); }, 20);`,
    },
    {
      name: 'listens-and-probes',
      checks: 'the page listens to messages, reads performance entries and probes for the reader: learns no id, no marks',
      script: `window.__seen = []; addEventListener('message', (e) => window.__seen.push(JSON.stringify(e.data)), true); document.addEventListener('securitypolicyviolation', (e) => window.__seen.push('csp ' + e.blockedURI), true);`,
    },
    {
      name: 'synthetic-clicks',
      checks: 'the page dispatches synthetic clicks and Escape keys on the figures: no popover opens',
      script: `setInterval(() => { for (const el of document.querySelectorAll('p')) { const r = el.getBoundingClientRect(); el.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: r.left + 40, clientY: r.top + 8, button: 0 })); } document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); }, 200);`,
    },
    {
      name: 'throwing-listeners',
      checks: 'the page throws in its own listeners and error handlers',
      script: `window.onerror = () => { throw new Error('page: onerror'); }; document.addEventListener('click', () => { throw new Error('page: click'); }, true); new MutationObserver(() => { throw new Error('page: observer'); }).observe(document.documentElement, { subtree: true, childList: true, attributes: true });`,
    },
    {
      name: 'huge-metadata',
      checks: 'a 1 MB og:site_name and title',
      siteName: 'S'.repeat(1_000_000),
      head: `<meta property="og:title" content="North Korea ${'T'.repeat(1_000_000)}">`,
    },
    {
      name: 'impossible-date',
      checks: "one sentence 'On February 30, …': its other figures are still painted",
      article: `<article><h1>North Korean troops</h1><p>On February 30, 2025, officials said 1,000 North Korean soldiers were killed.</p><p>Seoul's spy agency said more than 3,000 North Korean soldiers had been killed in the fighting.</p><p>About 300 North Korean soldiers were killed, an officer said.</p></article>`,
    },
    {
      name: 'removed-figure-node',
      checks: "the popover's figure is removed from the page: the popover closes",
    },
    {
      name: 'article-last-600k',
      checks: 'about 600,000 nodes of teaser links before the article, which comes last: read and painted in slices',
      article: `<div class="rail">${'<div class="teaser"><a href="/x">Other story</a></div>'.repeat(150_000)}</div>${ARTICLE}`,
      big: true,
    },
    {
      name: 'huge-text-node',
      checks: 'one text node of 5 MB (words and runs of white space) in the article: read in slices',
      article: ARTICLE.replace('</article>', `<p>${'words  and\tspaces '.repeat(263_158)}</p></article>`),
      big: true,
    },
  ];
}

/** The page of the same-origin iframe. */
export const FRAME_PAGE = `<!doctype html><meta charset="utf-8"><title>frame</title><p>North Korean troops: 9,000 were killed ${pe}</p>`;
