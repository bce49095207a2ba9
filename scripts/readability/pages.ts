// Mozilla Readability's test pages, read in place from ../shared/vendor.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const READABILITY_PAGES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/vendor/readability-test-pages');

/** Saved pages under this size are the suite's small synthetic cases (36 of 130); the rest come from real sites. */
const SYNTHETIC_MAX_BYTES = 8000;

export interface TestPage {
  name: string;
  source: string;
  expected: string;
  real: boolean;
  /** Readability's metadata: title, byline, dir, lang, siteName, publishedTime… */
  meta: Record<string, unknown>;
}

export function readabilitySkipReason(): string | null {
  return existsSync(READABILITY_PAGES) ? null : `no Readability test pages at ${READABILITY_PAGES}`;
}

export function listTestPages(names?: readonly string[]): TestPage[] {
  const all = readdirSync(READABILITY_PAGES).filter((n) => existsSync(join(READABILITY_PAGES, n, 'source.html')));
  return (names ?? all).map((name) => {
    const dir = join(READABILITY_PAGES, name);
    const sourcePath = join(dir, 'source.html');
    let meta: Record<string, unknown> = {};
    try {
      meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
    } catch {
      // no metadata
    }
    return {
      name,
      source: readFileSync(sourcePath, 'utf8'),
      expected: readFileSync(join(dir, 'expected.html'), 'utf8'),
      real: statSync(sourcePath).size >= SYNTHETIC_MAX_BYTES,
      meta,
    };
  });
}

/** Word tokens, lower case (letters and digits of any script). */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface Overlap {
  read: number;
  expected: number;
  common: number;
}

/** Multiset overlap of the tokens of `read` and `expected`. */
export function overlap(read: string, expected: string): Overlap {
  const counts = new Map<string, number>();
  const exp = tokens(expected);
  for (const t of exp) counts.set(t, (counts.get(t) ?? 0) + 1);
  const got = tokens(read);
  let common = 0;
  for (const t of got) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  return { read: got.length, expected: exp.length, common };
}

export const precisionOf = (o: Overlap): number => (o.read === 0 ? (o.expected === 0 ? 1 : 0) : o.common / o.read);
export const recallOf = (o: Overlap): number => (o.expected === 0 ? 1 : o.common / o.expected);
