// Realistic news pages for browser tests, the demo and benchmarks, served from 127.0.0.1.
//
// - The seed articles (read from ../shared/corpus in place, never copied), each as
//   a news page: header, nav, an article of paragraphs, an aside, a footer, with
//   the outlet, address and date from seeds.gold.json as og:site_name,
//   link rel=canonical and article:published_time.
// - A page about something else, with numbers but no troop figures.
// - A generated live blog of our own words with troop figures, of any length,
//   with `window.tallymarkLive.append(text?)` to add a post (and `?every=MS` to
//   add one by itself every MS milliseconds).
//
// Run `npx tsx scripts/news-pages.ts [port]` to serve them by hand.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom } from './random';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = resolve(ROOT, '../shared/corpus');

export interface SeedArticle {
  /** "000", "001", …: the first three characters of the file name. */
  id: string;
  /** Path relative to the corpus, as the gold file writes it. */
  file: string;
  outlet: string;
  url: string | null;
  published: string;
}

interface GoldFile {
  articles: { file: string; outlet: string; url: string | null; published: string }[];
}

/** The seed articles listed in seeds.gold.json, or [] when the corpus is absent. */
export function listSeeds(corpusDir = CORPUS_DIR): SeedArticle[] {
  const goldPath = join(corpusDir, 'seeds.gold.json');
  if (!existsSync(goldPath)) return [];
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  return gold.articles.map((a) => ({
    id: (a.file.split('/').pop() ?? a.file).slice(0, 3),
    file: a.file,
    outlet: a.outlet,
    url: a.url,
    published: a.published,
  }));
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const PAGE_CSS = `
  :root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fdfdfb; --muted: #5d5d5d; --rule: #ddd; --accent: #8a1c1c; }
  @media (prefers-color-scheme: dark) { :root { --fg: #e8e6e1; --bg: #17181a; --muted: #a3a3a3; --rule: #333; --accent: #e0736b; } }
  * { box-sizing: border-box; }
  body { margin: 0; font: 18px/1.6 Georgia, 'DejaVu Serif', serif; color: var(--fg); background: var(--bg); }
  .site-header { border-bottom: 3px solid var(--accent); padding: 12px 24px; display: flex; gap: 24px; align-items: baseline; flex-wrap: wrap; font-family: system-ui, sans-serif; }
  .logo { font-weight: 800; font-size: 22px; color: var(--accent); text-decoration: none; }
  .site-header nav a { color: var(--fg); margin-right: 14px; font-size: 15px; text-decoration: none; }
  .layout { display: grid; grid-template-columns: minmax(0, 680px) 260px; gap: 48px; max-width: 1040px; margin: 24px auto; padding: 0 24px; }
  @media (max-width: 900px) { .layout { grid-template-columns: minmax(0, 1fr); } }
  h1 { font-size: 34px; line-height: 1.2; margin: 0 0 12px; }
  .byline { color: var(--muted); font: 14px system-ui, sans-serif; }
  aside { font: 15px/1.5 system-ui, sans-serif; border-top: 1px solid var(--rule); }
  aside h2 { font-size: 15px; text-transform: uppercase; letter-spacing: .05em; }
  aside li { margin-bottom: 10px; }
  .share button { font: 13px system-ui, sans-serif; margin-right: 6px; }
  footer { border-top: 1px solid var(--rule); color: var(--muted); font: 13px system-ui, sans-serif; padding: 16px 24px; text-align: center; }
  .post { border-top: 1px solid var(--rule); padding-top: 8px; }
  .post time { color: var(--accent); font: 600 14px system-ui, sans-serif; }
`;

interface PageParts {
  title: string;
  outlet: string;
  url: string | null;
  published: string;
  /** The article's inner HTML (already escaped). */
  body: string;
  /** Extra script at the end of the body (our own code, for live pages). */
  script?: string;
}

/** Side content a real news page carries: ours, with numbers that are not troop figures. */
const ASIDE = `
  <aside aria-label="Most read">
    <h2>Most read</h2>
    <ol>
      <li><a href="#">City council approves budget of 3,000,000 for new tram line</a></li>
      <li><a href="#">Marathon draws 12,000 runners despite the rain</a></li>
      <li><a href="#">Opinion: what the 2024 harvest tells us about prices</a></li>
    </ol>
  </aside>`;

function renderPage(p: PageParts): string {
  const date = new Date(`${p.published}T08:00:00Z`);
  const dateText = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)} | ${escapeHtml(p.outlet)}</title>
<meta property="og:site_name" content="${escapeHtml(p.outlet)}">
<meta property="og:title" content="${escapeHtml(p.title)}">
<meta property="og:type" content="article">
${p.url ? `<link rel="canonical" href="${escapeHtml(p.url)}">\n<meta property="og:url" content="${escapeHtml(p.url)}">` : ''}
<meta property="article:published_time" content="${p.published}T08:00:00Z">
<style>${PAGE_CSS}</style>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">${escapeHtml(p.outlet)}</a>
  <nav aria-label="Sections"><a href="#">World</a><a href="#">Politics</a><a href="#">Business</a><a href="#">Sport</a><a href="#">Opinion</a></nav>
</header>
<div class="layout">
  <main>
    <article>
${p.body}
    </article>
    <div class="share"><button type="button">Share</button><button type="button">Save</button></div>
  </main>
${ASIDE}
</div>
<footer>&copy; ${date.getUTCFullYear()} ${escapeHtml(p.outlet)} &middot; Printed on ${escapeHtml(dateText)}</footer>
${p.script ? `<script>${p.script}</script>` : ''}
</body>
</html>`;
}

/** Paragraphs of a plain-text seed: one a line, as the text file writes them; the first is the headline. */
function splitParagraphs(text: string): string[] {
  return text
    .split(/\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** The HTML page of one seed article, or null when it is not in the corpus. */
export function renderSeedPage(id: string, corpusDir = CORPUS_DIR): string | null {
  const seed = listSeeds(corpusDir).find((s) => s.id === id);
  if (!seed) return null;
  const text = readFileSync(join(corpusDir, seed.file), 'utf8');
  const [title = seed.outlet, ...rest] = splitParagraphs(text);
  const paragraphs = rest.filter((p) => p !== title);
  const date = new Date(`${seed.published}T08:00:00Z`);
  const dateText = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const body = [
    `      <h1>${escapeHtml(title)}</h1>`,
    `      <p class="byline">Staff reporter &middot; <time datetime="${seed.published}T08:00:00Z">${escapeHtml(dateText)}</time></p>`,
    ...paragraphs.map((p) => `      <p>${escapeHtml(p)}</p>`),
  ].join('\n');
  return renderPage({ title, outlet: seed.outlet, url: seed.url, published: seed.published, body });
}

/** A page of our own words about something else: numbers, but no troop figures. */
export function renderPlainPage(): string {
  const paragraphs = [
    'The regional rail operator said on Tuesday that it would add 40 trains a day to the coastal line from March, after passenger numbers rose by 18 percent last year.',
    'About 2,300 commuters answered the operator\u2019s survey, and most asked for later evening services rather than faster ones.',
    'The works will close two stations for six weeks in the summer. Buses will replace the trains on those sections, the operator said.',
    'Local councils welcomed the plan but warned that parking near the busiest stations was already full by eight in the morning.',
  ];
  const body = ['      <h1>Coastal line to get 40 more trains a day</h1>', ...paragraphs.map((p) => `      <p>${escapeHtml(p)}</p>`)].join(
    '\n',
  );
  return renderPage({
    title: 'Coastal line to get 40 more trains a day',
    outlet: 'The Example Courier',
    url: null,
    published: '2025-01-14',
    body,
  });
}

// --- The live blog -------------------------------------------------------

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

/** Sentences of our own with troop figures (the figures vary; all are about the troops). */
const FIGURE_SENTENCES: readonly ((n: () => string) => string)[] = [
  (n) => `South Korea's spy agency told lawmakers that about ${n()} North Korean soldiers had been wounded in the Kursk region.`,
  (n) => `Ukraine's military intelligence said at least ${n()} North Korean troops had been killed since the autumn.`,
  (n) => `A Pentagon spokesperson said Pyongyang had sent roughly ${n()} more troops to Russia this month.`,
  (n) => `Kyiv said its forces had captured ${n()} North Korean soldiers near the border.`,
  (n) => `According to Seoul, North Korean casualties now exceed ${n()}.`,
];

const FILLER_SENTENCES: readonly string[] = [
  'Our correspondent on the border describes a quiet morning after a night of heavy shelling.',
  'Officials in the region have not confirmed the reports, and we could not verify them independently.',
  'Analysts say the winter weather is slowing movement along much of the front line.',
  'The foreign ministry summoned the ambassador for talks that lasted most of the afternoon.',
  'Residents of nearby villages were told to stay close to shelters until further notice.',
  'A spokesperson declined to comment on the claims when reached by phone.',
  'We will keep updating this page as more information comes in.',
  'Satellite images published by a research group appear to show new trenches along the road.',
  'Aid workers said supplies were getting through, though more slowly than last week.',
  'The talks are expected to continue in the capital later this week.',
];

const roundFigure = (rand: () => number) => () => {
  const n = pick(rand, [200, 300, 450, 600, 1000, 1200, 1500, 2000, 3000, 4000, 8000, 11000, 12000]);
  return n.toLocaleString('en-US');
};

export interface LivePost {
  time: string;
  paragraphs: string[];
}

/**
 * Posts of a generated live blog with about `words` words in all, newest first.
 * Roughly one sentence in twelve carries a troop figure.
 */
export function generateLivePosts(words: number, seed = 1): LivePost[] {
  const rand = createRandom(seed);
  const figure = roundFigure(rand);
  const posts: LivePost[] = [];
  let count = 0;
  let minute = 0;
  while (count < words) {
    const paragraphs: string[] = [];
    const nParagraphs = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < nParagraphs && count < words; i++) {
      const sentences: string[] = [];
      const nSentences = 2 + Math.floor(rand() * 4);
      for (let j = 0; j < nSentences; j++) {
        let s = rand() < 0.08 ? pick(rand, FIGURE_SENTENCES)(figure) : pick(rand, FILLER_SENTENCES);
        if (s === sentences[sentences.length - 1]) s = pick(rand, FILLER_SENTENCES); // no sentence twice in a row
        if (s !== sentences[sentences.length - 1]) sentences.push(s);
      }
      const p = sentences.join(' ');
      count += p.split(' ').length;
      paragraphs.push(p);
    }
    const h = 23 - (Math.floor(minute / 60) % 24);
    const m = 59 - (minute % 60);
    posts.push({ time: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`, paragraphs });
    minute += 3;
  }
  return posts;
}

/** A post to add to a live blog: our own words, with a troop figure that other outlets contradict. */
export const LIVE_UPDATE_TEXT =
  "Breaking: South Korea's spy agency now says that 4,500 North Korean soldiers have been killed in the fighting.";

function renderPost(post: LivePost): string {
  return `      <section class="post"><time>${escapeHtml(post.time)}</time>\n${post.paragraphs
    .map((p) => `        <p>${escapeHtml(p)}</p>`)
    .join('\n')}\n      </section>`;
}

/** Our own script in the live page: `tallymarkLive.append(text?)` adds a post at the top. */
function liveScript(every: number | null, updateText: string): string {
  return `(() => {
  let n = 0;
  const append = (text) => {
    const feed = document.getElementById('live-feed');
    const post = document.createElement('section');
    post.className = 'post';
    const time = document.createElement('time');
    n += 1;
    time.textContent = 'Update ' + n;
    const p = document.createElement('p');
    p.textContent = text || ${JSON.stringify(updateText)};
    post.append(time, p);
    feed.insertBefore(post, feed.firstChild);
    return post;
  };
  window.tallymarkLive = { append };
  const every = ${every ?? 0};
  if (every > 0) setInterval(() => append(), every);
})();`;
}

export interface LiveBlogOptions {
  /** Words of generated text in the page at load. */
  words?: number;
  /** Add a post by itself every this many milliseconds (0: never). */
  every?: number;
  published?: string;
}

/** A live blog page of about `words` words, newest posts first. */
export function renderLiveBlog(options: LiveBlogOptions = {}): string {
  const words = options.words ?? 600;
  const published = options.published ?? '2025-01-14';
  const posts = generateLivePosts(words);
  const body = [
    '      <h1>Live: North Korean troops in the Kursk region</h1>',
    `      <p class="byline">Live reporting &middot; <time datetime="${published}T08:00:00Z">${published}</time></p>`,
    '      <div id="live-feed">',
    ...posts.map(renderPost),
    '      </div>',
  ].join('\n');
  return renderPage({
    title: 'Live: North Korean troops in the Kursk region',
    outlet: 'The Example Live Desk',
    url: null,
    published,
    body,
    script: liveScript(options.every ?? null, LIVE_UPDATE_TEXT),
  });
}

/**
 * A hostile page for budgets: a troop figure first, then `depth` nested divs and
 * a paragraph of `nodes` tiny spans (about twice as many DOM nodes), all our own words.
 */
export function renderHostilePage(nodes = 300_000, depth = 3000): string {
  const body = [
    '      <h1>Stress test</h1>',
    "      <p>Ukraine's military intelligence said 5,000 North Korean soldiers had been killed in the Kursk region.</p>",
    `      ${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}`,
    `      <p>${'<span>word </span>'.repeat(nodes)}</p>`,
  ].join('\n');
  return renderPage({ title: 'Stress test', outlet: 'The Example Stress Desk', url: null, published: '2025-01-14', body });
}

function renderIndex(): string {
  const links = listSeeds()
    .map((s) => `<li><a href="/seed/${s.id}">${escapeHtml(s.id)} &middot; ${escapeHtml(s.outlet)}</a></li>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tallymark test pages</title></head><body>
<h1>Tallymark test pages</h1><ul>${links}
<li><a href="/plain">A page without troop figures</a></li>
<li><a href="/hostile">A hostile page (600,000 nodes, deep nesting)</a></li>
<li><a href="/live">A live blog</a> (<a href="/live?words=100000">100,000 words</a>, <a href="/live?every=5000">a post every 5 s</a>)</li>
</ul></body></html>`;
}

export interface NewsServer {
  /** e.g. "http://127.0.0.1:40123" */
  origin: string;
  url: (path: string) => string;
  /** Serve `html` at `path` (exact path, query ignored). */
  setPage: (path: string, html: string) => void;
  close: () => Promise<void>;
}

/**
 * Serve the news pages on 127.0.0.1 (port 0: any free port). Routes:
 * `/`, `/seed/NNN`, `/plain`, `/live?words=N&every=MS&published=YYYY-MM-DD`, `/hostile?nodes=N`,
 * and any page added with `setPage`.
 */
export async function startNewsServer(port = 0): Promise<NewsServer> {
  const extra = new Map<string, string>();
  const send = (res: ServerResponse, status: number, html: string) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const custom = extra.get(path);
    if (custom !== undefined) return send(res, 200, custom);
    if (path === '/') return send(res, 200, renderIndex());
    if (path === '/plain') return send(res, 200, renderPlainPage());
    if (path === '/live') {
      const words = Number(url.searchParams.get('words') ?? 600);
      const every = Number(url.searchParams.get('every') ?? 0);
      const published = url.searchParams.get('published') ?? undefined;
      return send(res, 200, renderLiveBlog({ words: Number.isFinite(words) ? words : 600, every, published }));
    }
    if (path === '/hostile') {
      const nodes = Number(url.searchParams.get('nodes') ?? 300_000);
      return send(res, 200, renderHostilePage(Number.isFinite(nodes) ? Math.min(nodes, 2_000_000) : 300_000));
    }
    const seed = /^\/seed\/(\d{3})$/.exec(path);
    if (seed?.[1]) {
      const html = renderSeedPage(seed[1]);
      if (html) return send(res, 200, html);
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    return send(res, 404, '<!doctype html><title>Not found</title><p>Not found.</p>');
  };
  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      send(res, 500, `<!doctype html><p>${escapeHtml(String(e))}</p>`);
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${actual}`;
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    setPage: (p, html) => void extra.set(p, html),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 0);
  void startNewsServer(port).then((s) => console.log(`news pages at ${s.origin}/`));
}
