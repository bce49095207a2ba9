// The page's code budget (issue 12): the content script every page gets, and
// with it the page reader a page about the troops loads, gzipped (zlib, level
// 9). The one place the numbers live: the bench reports against them and a
// browser test (bundle-size.test.ts) fails a build that outgrows them.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** content-scripts/content.js, on every page. */
export const CONTENT_SCRIPT_MAX_GZ = 5 * 1024;
/** content.js + page-reader.js, what a page about the troops loads. */
export const PAGE_CODE_MAX_GZ = 20 * 1024;

/** Bytes of a file of the Chromium build under `root`, raw and gzipped. */
export function builtSize(root: string, file: string): { raw: number; gz: number } {
  const path = resolve(root, '.output/chrome-mv3', file);
  if (!existsSync(path)) throw new Error(`no ${path}: build the extension first`);
  const raw = readFileSync(path);
  return { raw: raw.length, gz: gzipSync(raw, { level: 9 }).length };
}
