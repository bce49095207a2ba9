import type { ArticleAnchors } from '../anchor/dom';
import type { JudgedClaim, PageMeta, TextPositionSelector } from '../types';

/**
 * A judged claim as an export takes it. Claims of the bundled corpus (and other
 * stored claims without text) have no offsets: `start`, `end` and `position` are null.
 */
export type ExportClaim = Omit<JudgedClaim, 'start' | 'end' | 'position'> & {
  start: number | null;
  end: number | null;
  position: TextPositionSelector | null;
};

/** One article's figures, as an export takes them: the page, its text when known, its judged claims. */
export interface ExportPage {
  page: PageMeta;
  /** The article text the claims' offsets refer to; null when the store kept none. */
  text: string | null;
  claims: ExportClaim[];
  /**
   * Where the claims stand in the page itself (the article element, each claim's
   * span in its textContent, by claim index), when the page was read in a browser.
   */
  article?: ArticleAnchors | null;
}

/** What is put into a file: its name, its media type and its contents. */
export interface ExportFile {
  filename: string;
  type: string;
  contents: string;
}

export const JSONLD_MEDIA_TYPE = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';
export const CSV_MEDIA_TYPE = 'text/csv;charset=utf-8';
export const MARKDOWN_MEDIA_TYPE = 'text/markdown;charset=utf-8';

/**
 * A file-name slug: lower-case ASCII letters and digits joined by single hyphens,
 * diacritics dropped, at most `max` characters cut at a hyphen; "page" when nothing is left.
 */
export function slugify(title: string, max = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    // (Runs are one hyphen by now: trimming one at each end is enough.)
    .replace(/^-|-$/g, '');
  if (slug.length === 0) return 'page';
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-$/, '');
}

/** "YYYY-MM-DD" of `date` in UTC. */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `tallymark-<slug>-<YYYY-MM-DD>.<extension>`, the day being `date`'s in UTC. */
export function createFilename(title: string, date: Date, extension: 'jsonld' | 'csv' | 'md' | 'json'): string {
  return `tallymark-${slugify(title)}-${formatDay(date)}.${extension}`;
}

/** True for an http(s) address, the only kind an export links to. */
export function isWebUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
