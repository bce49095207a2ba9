// What a page says about itself: canonical address, outlet, title and
// publication date, read from its <head> and JSON-LD. No network, no scripts.
import type { PageMeta } from '../types';

const MAX_TITLE = 300;
const MAX_OUTLET = 100;

const isHttp = (u: URL) => u.protocol === 'http:' || u.protocol === 'https:';

function toUrl(href: string | null | undefined, base: string): URL | null {
  if (!href?.trim()) return null;
  try {
    return new URL(href.trim(), base);
  } catch {
    return null;
  }
}

/**
 * The page's `<meta>` and `<link>` elements, found in one walk of the document:
 * each `querySelector` that finds nothing walks the whole page, and a page of
 * 600,000 nodes made a dozen of them one long task.
 */
type MetaIndex = readonly Element[];

/** `<meta>` and `<link>` elements looked at, at most (a hostile page may carry a hundred thousand). */
const MAX_META = 5000;

function indexOf(doc: Document): MetaIndex {
  const all = doc.querySelectorAll('meta, link');
  const out: Element[] = [];
  for (let i = 0; i < all.length && i < MAX_META; i++) out.push(all[i]!);
  return out;
}

function first(index: MetaIndex, sel: string): Element | null {
  for (const el of index) if (el.matches(sel)) return el;
  return null;
}

function metaContent(index: MetaIndex, ...selectors: string[]): string | null {
  for (const sel of selectors) {
    for (const el of index) {
      if (!el.matches(sel)) continue;
      // The first element a selector finds counts, as querySelector's would.
      const v = el.getAttribute('content')?.trim();
      if (v) return v;
      break;
    }
  }
  return null;
}

/**
 * The page's canonical address without its hash: `link[rel=canonical]`, else
 * `og:url`, else the document's own address. null when none of these is
 * http(s) (a local file, `about:blank`).
 */
export function readCanonicalUrl(doc: Document, index: MetaIndex = indexOf(doc)): string | null {
  const base = doc.baseURI || doc.URL;
  const candidates = [
    first(index, 'link[rel~="canonical" i]')?.getAttribute('href'),
    metaContent(index, 'meta[property="og:url"]', 'meta[name="og:url"]'),
    doc.URL,
  ];
  for (const c of candidates) {
    const url = toUrl(c, base);
    if (url && isHttp(url)) {
      url.hash = '';
      return url.href;
    }
  }
  return null;
}

/**
 * The outlet the page names (`og:site_name`), else null. Without one the
 * outlet is the URL's registrable domain, which `resolveOutlet`
 * (lib/page/outlet.ts) finds in the background: the public-suffix list is
 * too big to load into every news page.
 */
export function readSiteName(doc: Document, index: MetaIndex = indexOf(doc)): string | null {
  const site = metaContent(index, 'meta[property="og:site_name"]', 'meta[name="og:site_name"]', 'meta[name="application-name"]');
  return site ? site.slice(0, MAX_OUTLET) : null;
}

/** The title: `og:title`, else `<title>`, else the first `<h1>`; "" when there is none. */
export function readTitle(doc: Document, index: MetaIndex = indexOf(doc)): string {
  const t =
    metaContent(index, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ??
    (doc.title.trim() || doc.querySelector('h1')?.textContent?.trim() || '');
  return t.replace(/\s+/g, ' ').slice(0, MAX_TITLE);
}

/** "YYYY-MM-DD" of a date as written (an ISO date keeps its own calendar day); null when it does not parse. */
export function toIsoDay(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 && y > 1900 ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  }
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().slice(0, 10);
}

/** `datePublished` of the page's JSON-LD: top-level objects, arrays and `@graph` arrays. */
export function readJsonLdDate(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    // Breadth-first, bounded: JSON-LD can nest, but never this deep in practice.
    for (let i = 0; i < queue.length && i < 500; i++) {
      const node = queue[i];
      if (Array.isArray(node)) queue.push(...node);
      else if (typeof node === 'object' && node !== null) {
        const o = node as Record<string, unknown>;
        if (typeof o.datePublished === 'string') {
          const day = toIsoDay(o.datePublished);
          if (day) return day;
        }
        if (o['@graph'] !== undefined) queue.push(o['@graph']);
        if (o.mainEntity !== undefined) queue.push(o.mainEntity);
      }
    }
  }
  return null;
}

/** Today's date in the reader's time zone, "YYYY-MM-DD". */
function localDay(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * The publication date: `article:published_time` (and its usual aliases),
 * JSON-LD `datePublished`, the first `<time datetime>`; null when none parses.
 */
export function readPublished(doc: Document, index: MetaIndex = indexOf(doc)): string | null {
  const meta = metaContent(
    index,
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="date"]',
    'meta[name="dc.date" i]',
  );
  const fromMeta = meta ? toIsoDay(meta) : null;
  if (fromMeta) return fromMeta;
  const fromLd = readJsonLdDate(doc);
  if (fromLd) return fromLd;
  for (const time of Array.from(doc.querySelectorAll('time[datetime]'))) {
    const day = toIsoDay(time.getAttribute('datetime') ?? '');
    if (day) return day;
  }
  return null;
}

/**
 * What the page says about itself. When it gives no publication date, the day
 * it was read (`now`, the reader's time zone) stands in, flagged `publishedGuessed`.
 */
export function readPageMeta(doc: Document = document, now: Date = new Date()): PageMeta {
  const index = indexOf(doc);
  const url = readCanonicalUrl(doc, index);
  const published = readPublished(doc, index);
  const site = readSiteName(doc, index);
  const language = doc.documentElement?.getAttribute('lang')?.trim();
  return {
    url,
    outlet: site ?? (url === null ? 'Local file' : new URL(url).hostname),
    ...(site === null && url !== null ? { outletFromHost: true } : {}),
    title: readTitle(doc, index),
    published: published ?? localDay(now),
    ...(published ? {} : { publishedGuessed: true }),
    ...(language ? { language } : {}),
  };
}
