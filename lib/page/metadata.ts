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
 * The page's `<meta>` and `<link>` elements, read once: for each of the keys
 * below (`property`, `name`, `itemprop` of a meta; a link's `rel` tokens), the
 * first element in document order that has it, as a `querySelector` for that
 * exact value would find it. One pass over the document's own lists of metas
 * and links (no selector matched per element and key: a page of 600,000 nodes
 * made a dozen of those one long task).
 */
interface MetaIndex {
  /** `p:` property, `n:` name, `nl:` name lower-cased, `i:` itemprop → the first meta that has it. */
  readonly metas: ReadonlyMap<string, Element>;
  /** The first `<link rel~=canonical i>`. */
  readonly canonical: Element | null;
}

/** `<meta>` and `<link>` elements looked at, at most, each (a hostile page may carry a hundred thousand). */
const MAX_META = 5000;

function indexOf(doc: Document): MetaIndex {
  const metas = new Map<string, Element>();
  const keep = (key: string, el: Element) => {
    if (!metas.has(key)) metas.set(key, el);
  };
  const ms = doc.getElementsByTagName('meta');
  for (let i = 0; i < ms.length && i < MAX_META; i++) {
    const el = ms[i]!;
    const property = el.getAttribute('property');
    if (property !== null) keep(`p:${property}`, el);
    const name = el.getAttribute('name');
    if (name !== null) {
      keep(`n:${name}`, el);
      keep(`nl:${name.toLowerCase()}`, el);
    }
    const itemprop = el.getAttribute('itemprop');
    if (itemprop !== null) keep(`i:${itemprop}`, el);
  }
  let canonical: Element | null = null;
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length && i < MAX_META && !canonical; i++) {
    const rel = links[i]!.getAttribute('rel');
    if (rel && /(^|[ \t\n\f\r])canonical([ \t\n\f\r]|$)/i.test(rel)) canonical = links[i]!;
  }
  return { metas, canonical };
}

/** The content of the first meta of the first key that has a non-empty one (a key's first meta counts, as querySelector's would). */
function metaContent(index: MetaIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = index.metas.get(key)?.getAttribute('content')?.trim();
    if (v) return v;
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
  const candidates = [index.canonical?.getAttribute('href'), metaContent(index, 'p:og:url', 'n:og:url'), doc.URL];
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
  const site = metaContent(index, 'p:og:site_name', 'n:og:site_name', 'n:application-name');
  return site ? site.slice(0, MAX_OUTLET) : null;
}

/** The title: `og:title`, else `<title>`, else the first `<h1>`; "" when there is none. */
export function readTitle(doc: Document, index: MetaIndex = indexOf(doc)): string {
  const t = metaContent(index, 'p:og:title', 'n:twitter:title') ?? (doc.title.trim() || doc.querySelector('h1')?.textContent?.trim() || '');
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
    'p:article:published_time',
    'n:article:published_time',
    'i:datePublished',
    'n:pubdate',
    'n:date',
    'nl:dc.date',
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
